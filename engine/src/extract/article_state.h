// State shared by the extraction phases of one article (internal to engine/src/extract).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/entity_table.h"
#include "extract/extraction.h"
#include "extract/lexicon.h"
#include "extract/matcher.h"
#include "extract/rule_set.h"
#include "extract/units.h"

namespace marsad::extract {

struct SentenceState {
  std::uint32_t index = 0;  // into ArticleExtraction::sentences
  std::vector<Unit> units;
};

struct ArticleState {
  ArticleState(const Lexicons& lexicons, const RuleSet& rule_set, std::string_view text)
      : lex(lexicons), rules(rule_set), source(text), table(lexicons, &out.entities) {}

  const Lexicons& lex;
  const RuleSet& rules;
  std::string_view source;
  ArticleExtraction out;
  EntityTable table;
  std::vector<SentenceState> sentences;
  int topic = -1;  // the entity the text is currently about (subject of the last statement)
  std::vector<int> history;  // entities in the order the text mentions them
};

// The referents of a captured unit range: entity units (a capital counts as its country when
// `as_actor`), nisba words (their country), and runs of name words, which become Person
// entities when `make_persons` (a run is split at «و», commas and other punctuation).
std::vector<int> Referents(ArticleState* state, const std::vector<Unit>& units,
                           const std::vector<const Capture*>& captures, bool as_actor,
                           bool make_persons);

// The source text of a unit range, as written.
std::string SurfaceOf(const ArticleState& state, const std::vector<Unit>& units,
                      std::size_t begin, std::size_t end);

// Phases, in order. Each works on state->sentences.
Status PrepareSentences(ArticleState* state);   // article_text.cc
void RunMentionPhase(ArticleState* state);      // mention_phase.cc
void ResolveReferences(ArticleState* state, SentenceState* sentence);  // coref.cc
void RunFactPhase(ArticleState* state);         // fact_phase.cc

}  // namespace marsad::extract
