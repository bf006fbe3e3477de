// A sentence as the rule matcher sees it: a sequence of units. A unit is a word, a split-off
// proclitic («و», «ب»), a punctuation mark, a date, or a lexicon phrase (several words, e.g.
// «وزير الخارجية», «حلف شمال الأطلسي»); the mention phase collapses matched spans
// («الرئيس الإيراني حسن روحاني») into single entity units.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "text/dates.h"
#include "text/segmenter.h"
#include "text/span.h"

namespace marsad::extract {

enum class UnitKind : std::uint8_t {
  kWord,     // a word or a lexicon phrase that is not an entity
  kClitic,   // a proclitic split from the next word: key "و", "ف", "ب", "ل", "ك", "س"
  kPunct,
  kNumber,
  kDate,
  kEntity,   // `entity` is set
};

struct Unit {
  UnitKind kind = UnitKind::kWord;
  std::string key;        // match key (of the stem, for a word with clitics)
  std::string enclitic;   // match key of an attached pronoun («لقائه» -> "ه"), or ""
  bool definite = false;  // the article ال was split off («المنطقة» -> منطقة)
  text::TextSpan span;    // in the original text
  text::Script script = text::Script::kOther;
  std::vector<LexHit> hits;  // lexicon categories of the phrase
  int entity = -1;           // kEntity: index into ArticleExtraction::entities
  int words = 1;             // source words covered
  text::CivilDate date;      // kDate
  text::DatePrecision date_precision = text::DatePrecision::kDay;

  bool Has(LexCategory category) const;
  // Index of the first hit of `category`, or -1.
  int HitIndex(LexCategory category) const;
};

}  // namespace marsad::extract
