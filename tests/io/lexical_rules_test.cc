// The shared lexical rules (grammar/common/lexical.h), PEGTL verify_rule style: each input
// with whether the rule matches and how much input it leaves.
#include <string>
#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/common/lexical.h"
#include "grammar/rdf/ntriples_grammar.h"
#include "grammar/rdf/turtle_grammar.h"
#include "support/test_util.h"

namespace marsad::grammar {
namespace {

namespace pegtl = tao::pegtl;

// Returns the unconsumed rest after matching `Rule` at the start of `input`, or nullopt when
// the rule does not match.
template <typename Rule>
std::optional<std::string> Rest(const std::string& input) {
  pegtl::memory_input<> in(input, "test");
  if (!pegtl::parse<Rule>(in)) return std::nullopt;
  return std::string(in.current(), in.end());
}

struct RuleCase {
  std::string input;
  std::optional<std::string> rest;  // nullopt: no match
};

template <typename Rule>
void ExpectCases(const std::vector<RuleCase>& cases) {
  for (const RuleCase& c : cases) EXPECT_EQ(Rest<Rule>(c.input), c.rest) << c.input;
}

TEST(LexicalRulesTest, IrirefAcceptsUcharAndRejectsSpace) {
  ExpectCases<iriref>({{"<http://x/y>", ""},
                       {"<http://x/\\u00E9> .", " ."},
                       {"<http://x/مرصد>", ""},
                       {"<http://x/ y>", std::nullopt},
                       {"<http://x/{a}>", std::nullopt},
                       {"http://x/", std::nullopt}});
}

TEST(LexicalRulesTest, PrefixedNamesStopBeforeTrailingDot) {
  ExpectCases<pname_ln>({{"ex:a.", "."},
                         {"ex:a.b", ""},
                         {"ex:a..b .", " ."},
                         {":a\\.b", ""},
                         {"ex:%41x", ""},
                         {"ex:a:b", ""},
                         {"ex:-a", std::nullopt},
                         {"ex:", std::nullopt}});
  ExpectCases<pname_ns>({{"ex:", ""}, {":", ""}, {"e.x:", ""}, {"ex.:", std::nullopt}});
}

TEST(LexicalRulesTest, BlankNodeLabels) {
  ExpectCases<blank_node_label>({{"_:b1", ""},
                                 {"_:1b", ""},
                                 {"_:a.b.", "."},
                                 {"_:مرصد", ""},
                                 {"_:-a", std::nullopt},
                                 {"_:", std::nullopt}});
}

TEST(LexicalRulesTest, LanguageTags) {
  ExpectCases<langtag>(
      {{"@ar", ""}, {"@en-US", ""}, {"@de-1996", ""}, {"@1a", std::nullopt}, {"@en-", "-"}});
}

TEST(LexicalRulesTest, SignedNumbers) {
  ExpectCases<signed_integer>({{"-12", ""}, {"+0", ""}, {"1.", "."}, {"a", std::nullopt}});
  ExpectCases<signed_decimal>({{"1.5", ""}, {"-.5", ""}, {"1.", std::nullopt}});
  ExpectCases<signed_double>(
      {{"1e3", ""}, {"1.E-3", ""}, {".5e+1", ""}, {"1.5", std::nullopt}, {"e3", std::nullopt}});
}

TEST(LexicalRulesTest, StringLiterals) {
  ExpectCases<string_literal_quote>({{R"("a\"b")", ""},
                                     {"\"مرصد\"@ar", "@ar"},
                                     {"\"a\nb\"", std::nullopt},
                                     {"\"abc", std::nullopt}});
  ExpectCases<string_literal_single_quote>({{"'it''", "'"}, {"'a\\'b'", ""}});
  ExpectCases<string_literal_long_quote>(
      {{"\"\"\"a\n\"b\"\"c\"\"\"", ""}, {"\"\"\"x\"\"\"\"", "\""}});
  ExpectCases<string_literal_long_single_quote>({{"'''a''b'''", ""}});
}

TEST(LexicalRulesTest, SkipCoversWhitespaceAndComments) {
  ExpectCases<skip>({{"  # c\n\t x", "x"}, {"# only a comment", ""}, {"x", "x"}});
}

TEST(GrammarAnalysisTest, NoRuleCanLoopWithoutProgress) {
  EXPECT_EQ(pegtl::analyze<turtle::document>(), 0u);
  EXPECT_EQ(pegtl::analyze<ntriples::nquads_line>(), 0u);
  EXPECT_EQ(pegtl::analyze<ntriples::ntriples_line>(), 0u);
}

}  // namespace
}  // namespace marsad::grammar
