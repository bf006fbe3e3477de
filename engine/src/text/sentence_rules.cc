#include "text/sentence_rules.h"

#include <array>
#include <memory>

#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "base/status_macros.h"
#include "text/char_classes.h"
#include "text/icu_status.h"
#include "text/utf8.h"

namespace marsad::text::internal {
namespace {

constexpr std::array<std::string_view, 22> kLatinAbbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "no", "inc",
    "ltd", "co", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep"};

// Start of the code point that ends right before byte `i` (i > 0).
std::size_t PrevStart(std::string_view s, std::size_t i) {
  do {
    --i;
  } while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
  return i;
}

std::int32_t CodePointAt(std::string_view s, std::size_t i) {
  return DecodeUtf8(s, &i);
}

bool IsSpace(std::int32_t c) { return u_isUWhiteSpace(c); }

// True when [from, to) ends with an abbreviation's period (see header).
bool EndsWithAbbreviation(std::string_view s, std::size_t from, std::size_t to) {
  while (to > from && IsSpace(CodePointAt(s, PrevStart(s, to)))) to = PrevStart(s, to);
  if (to == from || s[to - 1] != '.') return false;
  const std::size_t dot = to - 1;
  std::size_t word = dot;
  std::size_t letters = 0;
  while (word > from) {
    const std::size_t p = PrevStart(s, word);
    const std::int32_t c = CodePointAt(s, p);
    if (!u_isalpha(c)) break;
    if (c != 0x0640) ++letters;  // «هـ.» counts as one letter
    word = p;
  }
  if (letters == 0) return false;
  if (letters > 1) {
    std::string lower;
    for (std::size_t i = word; i < dot; ++i) {
      lower.push_back(static_cast<char>(s[i] | 0x20));
    }
    for (const std::string_view abbr : kLatinAbbreviations) {
      if (lower == abbr) return true;
    }
    return false;
  }
  if (word == from) return true;
  const std::size_t before = PrevStart(s, word);
  const std::int32_t b = CodePointAt(s, before);
  if (b == '.') return true;  // U.S. / أ.ف.ب
  if (!IsSpace(b)) return false;
  // «عام 2020 م.» / «1442 هـ.»: the letter is an era mark after a number; the period ends the
  // sentence.
  std::size_t q = before;
  while (q > from && IsSpace(CodePointAt(s, PrevStart(s, q)))) q = PrevStart(s, q);
  return q == from || DigitValue(CodePointAt(s, PrevStart(s, q))) < 0;
}

}  // namespace

Result<std::vector<std::size_t>> SentenceEnds(std::string_view source, std::size_t begin,
                                              std::size_t end, icu::BreakIterator* sentences) {
  const std::string_view part = source.substr(begin, end - begin);
  UErrorCode err = U_ZERO_ERROR;
  UText* raw = utext_openUTF8(nullptr, part.data(), static_cast<int64_t>(part.size()), &err);
  std::unique_ptr<UText, UText* (*)(UText*)> ut(raw, utext_close);
  MARSAD_RETURN_IF_ERROR(IcuStatus(err, "opening UTF-8 text"));
  sentences->setText(ut.get(), err);
  MARSAD_RETURN_IF_ERROR(IcuStatus(err, "setting the sentence iterator's text"));
  std::vector<std::size_t> ends;
  std::size_t sentence_begin = begin;
  sentences->first();
  for (std::int32_t cur = sentences->next(); cur != icu::BreakIterator::DONE;
       cur = sentences->next()) {
    const std::size_t at = begin + static_cast<std::size_t>(cur);
    if (at < end && EndsWithAbbreviation(source, sentence_begin, at)) continue;
    ends.push_back(at);
    sentence_begin = at;
  }
  if (ends.empty() || ends.back() != end) ends.push_back(end);
  return ends;
}

}  // namespace marsad::text::internal
