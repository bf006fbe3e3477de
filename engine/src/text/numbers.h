// Numbers in Arabic news text: digits of any script, number words, approximations.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "text/segmenter.h"
#include "text/span.h"

namespace marsad::text {

// How the text qualifies the number: «أكثر من 10 ساعات» is kMoreThan 10, «نحو 30 قرية» is
// kAbout 30. The qualifier is included in the mention's span.
enum class Approximation : std::uint8_t { kExact, kAbout, kMoreThan, kLessThan };

struct NumberMention {
  TextSpan span;
  double value = 0;
  Approximation approximation = Approximation::kExact;
  bool percent = false;     // followed by % or ٪ or «بالمئة» / «في المئة»
  bool from_words = false;  // spelled out («ثلاثين», «مئة وخمسون»)
};

// Value of one numeral token: decimal digits of any Unicode script (mixed scripts rejected),
// with thousands separators "," or "٬" between groups of three and one decimal separator
// "." or "٫". nullopt when the token is not such a numeral. «١٠» -> 10, «٣٫٥» -> 3.5,
// "12,000" -> 12000.
std::optional<double> ParseNumeral(std::string_view token);

// Value of one Arabic number word in match-key form or not: «ثلاثين» -> 30, «مئة» -> 100,
// «ألف» -> 1000, «آلاف» -> 1000 (a multiplier). The word table is built from ICU's Arabic
// spellout rules (RuleBasedNumberFormat) plus the genitive/accusative -ين forms and the
// common spelling variants (مائة).
std::optional<double> NumberWordValue(std::string_view word);

// Numbers in a tokenized text: numerals, spelled-out sequences joined by و («خمسة وعشرين»,
// «ثلاثة آلاف»), each with its approximation qualifier and percent marker. `source` is the
// text the tokens point into. Mentions are in text order and do not overlap. Tokens that lie
// inside one of the `skip` spans (sorted by byte_begin, e.g. the spans of FindDates) are not
// read, so the day and year of «27 سبتمبر 2020» are not reported as quantities.
std::vector<NumberMention> FindNumbers(std::string_view source, std::span<const Token> tokens,
                                       std::span<const TextSpan> skip = {});

// Convenience: tokenizes `source` first (returns empty on invalid UTF-8).
std::vector<NumberMention> FindNumbers(std::string_view source);

}  // namespace marsad::text
