#include "tools/shell/statement_splitter.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace marsad::shell {
namespace {

// Feeds `lines` one by one and returns the statements completed, in order.
std::vector<std::string> Split(const std::vector<std::string>& lines,
                               StatementSplitter* splitter) {
  std::vector<std::string> statements;
  for (const std::string& line : lines) {
    if (std::optional<std::string> s = splitter->AddLine(line)) statements.push_back(*s);
  }
  return statements;
}

struct SplitCase {
  const char* name;
  std::vector<std::string> lines;
  std::vector<std::string> statements;
  bool pending_after;
};

class StatementSplitterTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(StatementSplitterTest, EndsStatementsOnlyWhereTheGrammarSaysComplete) {
  const SplitCase& c = GetParam();
  StatementSplitter splitter;
  EXPECT_EQ(Split(c.lines, &splitter), c.statements);
  EXPECT_EQ(splitter.pending(), c.pending_after);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, StatementSplitterTest,
    ::testing::Values(
        SplitCase{"OneLine", {"SELECT * WHERE { ?s ?p ?o } ;"}, {"SELECT * WHERE { ?s ?p ?o }"},
                  false},
        SplitCase{"SpansLines",
                  {"SELECT ?s", "WHERE {", "  ?s ?p ?o", "};"},
                  {"SELECT ?s\nWHERE {\n  ?s ?p ?o\n}"},
                  false},
        SplitCase{"SemicolonInsidePredicateListDoesNotEnd",
                  {"SELECT * WHERE { ?s <http://x/p> ?o ;", "  <http://x/q> ?z } ;"},
                  {"SELECT * WHERE { ?s <http://x/p> ?o ;\n  <http://x/q> ?z }"},
                  false},
        SplitCase{"SemicolonInsideLongStringDoesNotEnd",
                  {"SELECT * WHERE { ?s ?p \"\"\"a;", "b\"\"\" } ;"},
                  {"SELECT * WHERE { ?s ?p \"\"\"a;\nb\"\"\" }"},
                  false},
        SplitCase{"SemicolonInsideOpenGroupDoesNotEnd",
                  {"SELECT * WHERE { ?s ?p ?o ;"},
                  {},
                  true},
        SplitCase{"NoSemicolonKeepsWaiting", {"ASK { ?s ?p ?o }"}, {}, true},
        SplitCase{"SyntaxErrorStillEndsSoTheErrorIsShown",
                  {"SELEKT nonsense ;"},
                  {"SELEKT nonsense"},
                  false},
        SplitCase{"LoneSemicolonIsIgnored", {";", "  ", ""}, {}, false},
        SplitCase{"TwoStatementsOnTwoLines",
                  {"ASK { ?s ?p ?o };", "ASK { ?a ?b ?c } ;"},
                  {"ASK { ?s ?p ?o }", "ASK { ?a ?b ?c }"},
                  false},
        SplitCase{"ArabicStringLiteral",
                  {"SELECT * WHERE { ?s ?p \"قره باغ\" };"},
                  {"SELECT * WHERE { ?s ?p \"قره باغ\" }"},
                  false}),
    [](const ::testing::TestParamInfo<SplitCase>& param) { return param.param.name; });

TEST(StatementSplitterTest, TakePendingReturnsTheUnfinishedTextAndClears) {
  StatementSplitter splitter;
  EXPECT_FALSE(splitter.AddLine("ASK { ?s ?p ?o }").has_value());
  EXPECT_EQ(splitter.TakePending(), "ASK { ?s ?p ?o }");
  EXPECT_FALSE(splitter.pending());
}

TEST(StatementSplitterTest, ClearForgetsAHalfTypedStatement) {
  StatementSplitter splitter;
  EXPECT_FALSE(splitter.AddLine("SELECT * WHERE {").has_value());
  splitter.Clear();
  EXPECT_EQ(splitter.AddLine("ASK {} ;"), std::optional<std::string>("ASK {}"));
}

TEST(TrimWhitespaceTest, TrimsBothEnds) {
  EXPECT_EQ(TrimWhitespace("  a b \t\r"), "a b");
  EXPECT_EQ(TrimWhitespace(" \n "), "");
}

}  // namespace
}  // namespace marsad::shell
