// Turns the tokens of one sentence into units (units.h): dates, clitic-aware longest-match
// lexicon phrases, institutions («وزارة الدفاع» + nisba), surnames of known persons.
#pragma once

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "extract/entity_table.h"
#include "extract/units.h"
#include "text/dates.h"
#include "text/segmenter.h"

namespace marsad::extract {

// Clitic readings of the words already seen in one article: words repeat, and the clitic
// analysis is the costliest step of unit building. One per article (not thread-safe).
class ReadingCache {
 public:
  ReadingCache();
  ~ReadingCache();
  ReadingCache(const ReadingCache&) = delete;
  ReadingCache& operator=(const ReadingCache&) = delete;
  struct Impl;
  Impl& impl() { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

// `tokens` are the sentence's tokens, `dates` the date mentions of the whole text (any order
// of overlap with the sentence is handled). Quotation marks are dropped: they never separate
// the parts of a pattern («حلف شمال الأطلسي "الناتو"»).
std::vector<Unit> BuildUnits(std::span<const text::Token> tokens,
                             std::span<const text::DateMention> dates, EntityTable* entities,
                             ReadingCache* cache);

}  // namespace marsad::extract
