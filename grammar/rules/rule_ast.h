// The abstract syntax of Marsad's extraction rule language (docs/extraction.md, "Rules").
//
// A rule file holds rules; each rule has an id (recorded as provenance by every fact it
// asserts), an optional phase, one token pattern and one or more emissions:
//
//   rule office.title_nisba_name
//     phase mentions
//     match @office:role @nisba:of? <name>{1,4}:holder
//     emit office(holder=holder, role=role, of=of)
//   end
//
// This header has no third-party types so the extractor can include it freely.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "marsad/status.h"

namespace marsad::rules {

enum class ItemKind {
  kLiteral,  // "مع": a token whose match key equals the literal's (clitic-aware)
  kClass,    // @country, @trigger.PhoneCall: a lexicon class or mention type
  kTest,     // <name>, <digit>, <key=...>: a token test
  kGroup,    // ( a b | c ): alternatives of sequences
};

struct Item;
using Sequence = std::vector<Item>;
using Alternatives = std::vector<Sequence>;

struct Item {
  ItemKind kind = ItemKind::kLiteral;
  std::string name;   // literal text, class name ("trigger"), or test name ("key")
  std::string arg;    // class subtype ("PhoneCall") or test value; may be empty
  Alternatives alternatives;  // kGroup only
  int min = 1;
  int max = 1;              // kUnbounded for * and +
  std::string capture;      // role bound by `:role`, or empty
  SourceLocation where;
  // Opaque to the grammar: the extractor compiles class and test names into these so that
  // matching compares integers, not strings. -1 until compiled.
  int code = -1;
  int subtype = -1;

  static constexpr int kUnbounded = -1;
};

struct Arg {
  std::string key;
  std::string value;
  bool quoted = false;  // value was a "literal", not a capture name
};

struct Emission {
  std::string kind;  // office, counterpart, person, place, event, claim
  std::vector<Arg> args;
  SourceLocation where;

  // The argument named `key`, or nullptr.
  const Arg* Find(const std::string& key) const;
};

struct Rule {
  std::string id;
  std::string phase = "facts";  // "mentions" rules run first and build mentions
  Alternatives pattern;
  std::vector<Emission> emissions;
  SourceLocation where;
};

struct RuleFile {
  std::vector<Rule> rules;
};

}  // namespace marsad::rules
