// Helpers for the extraction tests: the default lexicons and rules (loaded once), extraction
// of a text, and lookups of the facts by entity label.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"
#include "support/test_util.h"

namespace marsad::extract::testing {

const Lexicons& DefaultLexicons();
const RuleSet& DefaultRules();

// Extracts `text` as article `stem`, with an optional document date "YYYY-MM-DD".
ArticleExtraction Extract(std::string_view text, const std::string& stem = "t",
                          const std::string& date = "");

// The label of the country the lexicon phrase `surface` names as a nisba, or "" when it is
// not a nisba.
std::string NisbaCountry(const Lexicons& lex, std::string_view surface);

// The label of entity `id`, or "" for -1.
std::string Label(const ArticleExtraction& x, int id);
std::vector<std::string> Labels(const ArticleExtraction& x, const std::vector<int>& ids);

// Offices held by the person labelled `holder`.
std::vector<const OfficeFact*> OfficesOf(const ArticleExtraction& x, std::string_view holder);
// Events of `type`.
std::vector<const EventFact*> EventsOf(const ArticleExtraction& x, std::string_view type);
// True when some event of `type` has `agent` among its agents and (if non-empty) `target`
// among its targets.
const EventFact* FindEvent(const ArticleExtraction& x, std::string_view type,
                           std::string_view agent, std::string_view target = "");

}  // namespace marsad::extract::testing
