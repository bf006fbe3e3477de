#include "text/char_classes.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace marsad::text {

bool IsDisplayDeleted(std::int32_t c) {
  return c == 0x0640 || u_charType(c) == U_FORMAT_CHAR;
}

bool IsMatchDeleted(std::int32_t c) {
  if (IsDisplayDeleted(c)) return true;
  if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x0610 && c <= 0x061A)) return true;
  return c >= 0x06D6 && c <= 0x06ED && u_charType(c) == U_NON_SPACING_MARK;
}

std::int32_t MatchFold(std::int32_t c) {
  switch (c) {
    case 0x0622:  // آ
    case 0x0623:  // أ
    case 0x0625:  // إ
    case 0x0671:  // ٱ wasla
    case 0x0672:  // ٲ
    case 0x0673:  // ٳ
      return 0x0627;
    case 0x0649:  // ى alef maqsura
    case 0x06CC:  // ی Persian yeh
      return 0x064A;
    case 0x0629:  // ة ta marbuta
    case 0x06D5:  // ە
      return 0x0647;
    case 0x06A9:  // ک Persian kaf
      return 0x0643;
    default:
      break;
  }
  if (c >= '0' && c <= '9') return c;
  if (c > 0x7F && u_charType(c) == U_DECIMAL_DIGIT_NUMBER) return '0' + u_charDigitValue(c);
  return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

bool IsArabicScriptLetter(std::int32_t c) {
  if (c < 0x0600) return false;
  UErrorCode err = U_ZERO_ERROR;
  return u_isalpha(c) && uscript_getScript(c, &err) == USCRIPT_ARABIC;
}

bool IsPersianOnlyLetter(std::int32_t c) {
  return c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06A9 ||
         c == 0x06CC;
}

int DigitValue(std::int32_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c < 0x80) return -1;
  return u_charType(c) == U_DECIMAL_DIGIT_NUMBER ? u_charDigitValue(c) : -1;
}

}  // namespace marsad::text
