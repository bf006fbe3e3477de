// Rule-level tests of the query grammar, in the style of PEGTL's verify_rule: each row gives an
// input, the outcome (success, local failure, global failure) and, on success, how many bytes
// are left unconsumed. Plus pegtl::analyze over the whole grammar.
#include <string>
#include <string_view>
#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze.hpp>
#include <vector>

#include "grammar/query/query_analyze.h"
#include "grammar/query/query_errors.h"
#include "grammar/query/query_grammar.h"
#include "grammar/query/query_tree.h"
#include "support/test_util.h"

namespace marsad::grammar::query {
namespace {

enum class Outcome { kSuccess, kLocalFailure, kGlobalFailure };

struct Match {
  Outcome outcome;
  std::size_t remaining;  // bytes left after a success
};

template <typename Rule>
Match MatchRule(std::string_view text) {
  QueryInput in(text.data(), text.data() + text.size(), "rule-test");
  try {
    const bool matched = pegtl::parse<Rule, pegtl::nothing, query_control>(in);
    return {matched ? Outcome::kSuccess : Outcome::kLocalFailure,
            matched ? static_cast<std::size_t>(in.end() - in.current()) : 0};
  } catch (const pegtl::parse_error&) {
    return {Outcome::kGlobalFailure, 0};
  }
}

struct RuleCase {
  const char* rule;
  Match (*match)(std::string_view);
  std::string_view input;
  Outcome outcome;
  std::size_t remaining;
};

constexpr Outcome kOk = Outcome::kSuccess;
constexpr Outcome kLocal = Outcome::kLocalFailure;
constexpr Outcome kGlobal = Outcome::kGlobalFailure;

const std::vector<RuleCase>& Cases() {
  static const std::vector<RuleCase> cases = {
      // Variables stop at characters that cannot continue a VARNAME.
      {"var", MatchRule<var>, "?x ", kOk, 0},
      {"var", MatchRule<var>, "$name", kOk, 0},
      {"var", MatchRule<var>, "?x.y", kOk, 2},
      {"var", MatchRule<var>, "?", kLocal, 0},
      // Keywords: case-insensitive, guarded against longer names and prefixed names.
      {"kw_select", MatchRule<kw_select>, "SELECT ", kOk, 0},
      {"kw_select", MatchRule<kw_select>, "select# comment\n?x", kOk, 2},
      {"kw_select", MatchRule<kw_select>, "SELECTED", kLocal, 0},
      {"kw_select", MatchRule<kw_select>, "select:x", kLocal, 0},
      {"a_token", MatchRule<a_token>, "a ?o", kOk, 2},
      {"a_token", MatchRule<a_token>, "a:b", kLocal, 0},
      {"a_token", MatchRule<a_token>, "A", kLocal, 0},
      // IRIs and prefixed names.
      {"iri", MatchRule<iri>, "<http://marsad.dev/ns#name> ", kOk, 0},
      {"iri", MatchRule<iri>, "marsad:name", kOk, 0},
      {"iri", MatchRule<iri>, ":x", kOk, 0},
      {"iri", MatchRule<iri>, "<a b>", kLocal, 0},
      // Literals commit after the opening quote.
      {"rdf_literal", MatchRule<rdf_literal>, "\"x\"@ar ", kOk, 0},
      {"rdf_literal", MatchRule<rdf_literal>, "'x' ^^xsd:int", kOk, 0},
      {"rdf_literal", MatchRule<rdf_literal>, "'''two\nlines'''", kOk, 0},
      {"rdf_literal", MatchRule<rdf_literal>, "\"x\" @ar", kOk, 3},
      {"rdf_literal", MatchRule<rdf_literal>, "\"x\"^^", kGlobal, 0},
      {"rdf_literal", MatchRule<rdf_literal>, "\"abc", kGlobal, 0},
      {"signed_numeric_literal", MatchRule<signed_numeric_literal>, "-1.5e3 ", kOk, 0},
      {"signed_numeric_literal", MatchRule<signed_numeric_literal>, "1.", kOk, 1},
      {"numeric_literal", MatchRule<numeric_literal>, "+1", kLocal, 0},
      {"boolean_literal", MatchRule<boolean_literal>, "TRUE", kOk, 0},
      {"boolean_literal", MatchRule<boolean_literal>, "trueish", kLocal, 0},
      {"blank_node", MatchRule<blank_node>, "_:b1 .", kOk, 1},
      {"blank_node", MatchRule<blank_node>, "[ ]", kOk, 0},
      // Entity lookup extension.
      {"entity_lookup", MatchRule<entity_lookup>, "@Rouhani ;", kOk, 1},
      {"entity_lookup", MatchRule<entity_lookup>, "@\"قره باغ\"", kOk, 0},
      {"entity_lookup", MatchRule<entity_lookup>, "@ ", kGlobal, 0},
      // Property paths; '?' after a path is a modifier only when no variable name follows.
      {"path", MatchRule<path>, "^marsad:p/marsad:q*|!(a|^marsad:r)", kOk, 0},
      {"path", MatchRule<path>, ":p? ?o", kOk, 2},
      {"path", MatchRule<path>, ":p ?o", kOk, 2},
      {"path", MatchRule<path>, ":p/", kGlobal, 0},
      {"path", MatchRule<path>, "?p", kLocal, 0},
      // Expressions.
      {"expression", MatchRule<expression>, "1 + 2 * ?x", kOk, 0},
      {"expression", MatchRule<expression>, "?x NOT IN (1, 2) && !BOUND(?y)", kOk, 0},
      {"expression", MatchRule<expression>, "?x -1", kOk, 0},
      {"expression", MatchRule<expression>, "marsad:matches(?l, \"قره باغ\")", kOk, 0},
      {"expression", MatchRule<expression>, "(1", kGlobal, 0},
      {"expression", MatchRule<expression>, "}", kLocal, 0},
      // Group patterns.
      {"group_graph_pattern", MatchRule<group_graph_pattern>, "{ ?s ?p ?o }", kOk, 0},
      {"group_graph_pattern", MatchRule<group_graph_pattern>, "{}", kOk, 0},
      {"group_graph_pattern", MatchRule<group_graph_pattern>, "{ ?s ?p }", kGlobal, 0},
      {"group_graph_pattern", MatchRule<group_graph_pattern>, "?s", kLocal, 0},
      // Whole requests.
      {"request", MatchRule<request>, "SELECT * {}", kOk, 0},
      {"request", MatchRule<request>, "", kOk, 0},
      {"request", MatchRule<request>, "SELEC * {}", kGlobal, 0},
  };
  return cases;
}

TEST(QueryRulesTest, EveryRuleTableRowHasItsOutcome) {
  for (const RuleCase& c : Cases()) {
    const Match got = c.match(c.input);
    EXPECT_EQ(got.outcome, c.outcome) << c.rule << " on '" << c.input << "'";
    if (c.outcome == Outcome::kSuccess) {
      EXPECT_EQ(got.remaining, c.remaining) << c.rule << " on '" << c.input << "'";
    }
  }
}

TEST(QueryRulesTest, GrammarHasNoLoopsWithoutProgress) { EXPECT_EQ(pegtl::analyze<request>(), 0u); }

}  // namespace
}  // namespace marsad::grammar::query
