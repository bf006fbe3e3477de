// Character classes shared by the text layer's .cc files. INTERNAL to engine/src/text.
#pragma once

#include <cstdint>


namespace marsad::text {

// Removed from the display form: format/bidi controls (General_Category Cf) and tatweel.
bool IsDisplayDeleted(std::int32_t c);

// Removed from the match key: the display deletions plus Arabic diacritics (U+064B..U+065F,
// dagger alef U+0670, Quranic marks U+0610..U+061A and the non-spacing marks of
// U+06D6..U+06ED).
bool IsMatchDeleted(std::int32_t c);

// The match key's one-to-one folds: alef variants -> ا, ى ی -> ي, ة ە -> ه, ک -> ك, any
// decimal digit -> ASCII, then simple case folding. Identity for everything else.
std::int32_t MatchFold(std::int32_t c);

// Letters of the Arabic script (U+0600 block and supplements, presentation forms).
bool IsArabicScriptLetter(std::int32_t c);
// Letters Arabic orthography does not use but Persian does: پ چ ژ گ ک ی.
bool IsPersianOnlyLetter(std::int32_t c);
// Decimal digit value in any script, or -1.
int DigitValue(std::int32_t c);

}  // namespace marsad::text
