// Arabic number-word tables built from ICU's spellout rules. INTERNAL to engine/src/text.
#pragma once

#include <optional>
#include <string_view>

namespace marsad::text::internal {

// Longest number-word phrase, in words («الحادي والعشرين» is 2, «مائة وخمسة وعشرون» is 3).
inline constexpr int kMaxNumberPhraseWords = 4;

// Phrases are match keys (normalizer.h) of whole words separated by single spaces.

// Cardinals 1..999, masculine and feminine, with the case variants news text uses (-ون/-ين,
// -ان/-ين, اثنا/اثني), مائة/مئة and the fused hundreds (ثلاثمائة). «خمسه وعشرين» -> 25.
std::optional<int> CardinalPhraseValue(std::string_view phrase);

// Ordinals 1..99 (masculine and feminine, with -ون/-ين): «التاسع» -> 9, «الحادي والثلاثين»
// -> 31, «الاولي» -> 1.
std::optional<int> OrdinalPhraseValue(std::string_view phrase);

// Whether `word` can begin a cardinal / ordinal phrase: a cheap filter before building
// multi-word phrases for CardinalPhraseValue / OrdinalPhraseValue.
bool StartsCardinalPhrase(std::string_view word);
bool StartsOrdinalPhrase(std::string_view word);

// Scale words: «الف» 1000, «الفين»/«الفان» 2000 (dual: value already doubled, `dual`), «الاف»
// 1000 (plural), «مليون», «ملايين», «مليار», «مليارات».
struct ScaleWord {
  double value = 0;
  bool dual = false;
  bool plural = false;
};
std::optional<ScaleWord> ScaleWordValue(std::string_view word);

}  // namespace marsad::text::internal
