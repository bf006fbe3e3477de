// Lexicon-validated clitic analysis of one Arabic token.
//
// A token like «وبموسكو» may be proclitics + stem + enclitic pronoun. Blind stripping
// destroys names (بوتين is not ب + وتين), so every candidate is checked against a
// caller-supplied lexicon and only candidates whose stem is in the lexicon are returned.
//
// Proclitics (match-key form, in this order, each optional): conjunction و|ف, then future
// particle س, or preposition ب|ك|ل; then the article ال (after ل written ل: «للجيش» =
// ل + ال + جيش). Enclitics (never after the article): ه ها هما هم هن ك كما كم كن نا ني. The
// 1st-person ي is deliberately absent: it would read every nisba as a pronoun (إيراني =
// إيران + ي). A stem ending in ت before an enclitic is also tried with ة restored as ه
// («حكومته» -> حكومه + ه). Stems are >= 2 letters.
// The bare proclitic written with tatweel («بـ», «لـ») is analysed as proclitic with an empty
// stem (the noun follows as the next token).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace marsad::text {

// Called with match keys (normalizer.h). Must be safe to call repeatedly; not stored.
using LexiconPredicate = std::function<bool(std::string_view match_key)>;

struct CliticAnalysis {
  std::vector<std::string> proclitics;  // match keys in order, e.g. {"و", "ب"} or {"ل", "ال"}
  std::string stem;                     // match key that the lexicon accepted ("" for «بـ»)
  std::string enclitic;                 // match key, "" when none
  TextSpan stem_span;  // in the analysed token's own bytes/code points (covers diacritics)
  bool restored_ta_marbuta = false;  // the stem's final ت was read as ة

  std::size_t affix_count() const { return proclitics.size() + (enclitic.empty() ? 0 : 1); }
};

// All analyses of `token` (one word, UTF-8) whose stem satisfies `in_lexicon`, fewest affixes
// first, then longest stem. The unsegmented token itself is the first candidate when it is in
// the lexicon. Empty when nothing matches: the caller keeps the token as is.
std::vector<CliticAnalysis> AnalyzeClitics(std::string_view token,
                                           const LexiconPredicate& in_lexicon);

// True when `token` is a bare proclitic written with tatweel or alone: «بـ» «لـ» «و».
bool IsBareProclitic(std::string_view token);

}  // namespace marsad::text
