// Turns the tokens of one sentence into units (units.h): dates, clitic-aware longest-match
// lexicon phrases, institutions («وزارة الدفاع» + nisba), surnames of known persons.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "extract/entity_table.h"
#include "extract/units.h"
#include "text/dates.h"
#include "text/segmenter.h"

namespace marsad::extract {

// `tokens` are the sentence's tokens, `dates` the date mentions of the whole text (any order
// of overlap with the sentence is handled). Quotation marks are dropped: they never separate
// the parts of a pattern («حلف شمال الأطلسي "الناتو"»).
std::vector<Unit> BuildUnits(std::span<const text::Token> tokens,
                             std::span<const text::DateMention> dates, EntityTable* entities);

}  // namespace marsad::extract
