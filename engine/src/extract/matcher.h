// Matching a rule pattern (grammar/rules/rule_ast.h) against a sentence's units.
//
// Semantics: items match left to right with backtracking; quantifiers are greedy except on
// the gap tests <any> and <nonactor>, which take as few units as possible, so
// `@actor <nonactor>{0,8} @trigger.Meet` binds the nearest trigger. A literal matches units
// whose match key equals the literal's (a multi-word literal matches consecutive units); a
// proclitic split off a word is its own unit, so "و" matches the «و» of «وإيران».
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/extraction.h"
#include "extract/lexicon.h"
#include "extract/units.h"
#include "grammar/rules/rule_ast.h"

namespace marsad::extract {

struct Capture {
  std::string role;
  std::size_t begin = 0;  // unit range [begin, end)
  std::size_t end = 0;
};

struct Match {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<Capture> captures;

  // Captures bound to `role` (a repeated capture binds several ranges).
  std::vector<const Capture*> Find(const std::string& role) const;
};

// Compiles an item's class or test name (and a literal's match key) into the item, so that
// matching compares integers. Returns an error message for an unknown class or test (or an
// unknown event type after @trigger.), empty when valid.
std::string CompileItem(rules::Item* item, const Lexicons& lexicons);

class Matcher {
 public:
  Matcher(const std::vector<Entity>& entities, const std::vector<Unit>& units)
      : entities_(entities), units_(units) {}

  // The match of `pattern` starting exactly at unit `start`, if any.
  std::optional<Match> MatchAt(const rules::Alternatives& pattern, std::size_t start) const;

  // A cheap necessary condition for MatchAt(pattern, start): false when no alternative's
  // first (required) item can match unit `start`.
  bool MayStartAt(const rules::Alternatives& pattern, std::size_t start) const;

  // True when unit `u` is an actor: a person, country or organization, or a capital standing
  // for its government.
  bool IsActor(const Unit& u) const;

 private:
  struct Frame;
  bool TestUnit(const rules::Item& item, const Unit& u) const;
  bool IsName(const Unit& u) const;
  bool IsNamePart(const Unit& u) const;
  bool IsProper(const Unit& u) const;

  const std::vector<Entity>& entities_;
  const std::vector<Unit>& units_;
};

}  // namespace marsad::extract
