// Sessions without a terminal: RunShell over string streams, as `marsad shell < file` runs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "fake_database.h"
#include "tools/shell/shell.h"

namespace marsad::shell {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using testing::FakeDatabase;
using testing::FakeResult;

class ScriptTest : public ::testing::Test {
 protected:
  int Run(const std::string& script, bool bail = false) {
    std::istringstream in(script);
    ShellOptions options;
    options.bail = bail;
    return RunShell(&db_, in, out_, err_, options);
  }
  FakeDatabase db_;
  std::ostringstream out_;
  std::ostringstream err_;
};

TEST_F(ScriptTest, RunsEachStatementAndPrintsItsTable) {
  db_.make_result = [](const std::string&) -> std::unique_ptr<QueryResult> {
    return std::make_unique<FakeResult>(
        QueryKind::kSelect, std::vector<std::string>{"country"},
        std::vector<std::vector<Term>>{{Term::LangLiteral("أذربيجان", "ar")},
                                       {Term::LangLiteral("أرمينيا", "ar")}});
  };
  EXPECT_EQ(Run("SELECT ?country\nWHERE { ?country a marsad:Country }\n;\n"), 0);
  EXPECT_THAT(db_.queries, ElementsAre("SELECT ?country\nWHERE { ?country a marsad:Country }"));
  EXPECT_THAT(out_.str(), HasSubstr("| \u2068أذربيجان\u2069 |"));
  EXPECT_THAT(out_.str(), HasSubstr("2 rows"));
  EXPECT_THAT(err_.str(), IsEmpty());
}

TEST_F(ScriptTest, SyntaxErrorShowsTheCaretAndTheExitCodeIsOne) {
  EXPECT_EQ(Run("ASK { ?s ?p ?o };\nSELECT * WHERE { ?s ?p }\n;\nASK { ?a ?b ?c };\n"), 1);
  // The session went on after the error.
  EXPECT_EQ(db_.queries.size(), 3u);
  EXPECT_THAT(err_.str(), HasSubstr("<stdin>:2: "));
  EXPECT_THAT(err_.str(), HasSubstr("SELECT * WHERE { ?s ?p }\n"));
  EXPECT_THAT(err_.str(), HasSubstr("^"));
  EXPECT_THAT(out_.str(), Not(HasSubstr("^")));
}

TEST_F(ScriptTest, BailStopsAtTheFirstError) {
  EXPECT_EQ(Run("ASK { ?s ?p ?o };\nSELEKT;\nASK { ?a ?b ?c };\n", /*bail=*/true), 1);
  EXPECT_THAT(db_.queries, ElementsAre("ASK { ?s ?p ?o }", "SELEKT"));
}

TEST_F(ScriptTest, BailStopsAtAFailingDotCommand) {
  EXPECT_EQ(Run(".mode nonsense\nASK { ?s ?p ?o };\n", /*bail=*/true), 1);
  EXPECT_THAT(db_.queries, IsEmpty());
}

TEST_F(ScriptTest, LastStatementWithoutSemicolonStillRuns) {
  EXPECT_EQ(Run("ASK { ?s ?p ?o }\n"), 0);
  EXPECT_THAT(db_.queries, ElementsAre("ASK { ?s ?p ?o }"));
}

TEST_F(ScriptTest, InputEndingInsideAStatementIsAnError) {
  EXPECT_EQ(Run("SELECT * WHERE {\n  ?s ?p ?o\n"), 1);
  EXPECT_THAT(db_.queries, IsEmpty());
  EXPECT_THAT(err_.str(), HasSubstr("<stdin>:1: error: input ended inside a statement"));
}

TEST_F(ScriptTest, QuitEndsTheScript) {
  EXPECT_EQ(Run("ASK { ?s ?p ?o };\n.quit\nASK { ?a ?b ?c };\n"), 0);
  EXPECT_EQ(db_.queries.size(), 1u);
}

TEST_F(ScriptTest, AskPrintsTheAnswerAndUpdatesTheirCounts) {
  db_.make_result = [](const std::string& text) -> std::unique_ptr<QueryResult> {
    if (text.starts_with("ASK")) {
      auto ask = std::make_unique<FakeResult>(QueryKind::kAsk, std::vector<std::string>{},
                                              std::vector<std::vector<Term>>{});
      ask->set_boolean(true);
      return ask;
    }
    return std::make_unique<FakeResult>(
        QueryKind::kUpdate, std::vector<std::string>{"inserted", "deleted"},
        std::vector<std::vector<Term>>{{Term::Integer(2), Term::Integer(0)}});
  };
  EXPECT_EQ(Run("ASK { ?s ?p ?o };\nINSERT DATA { <http://x/a> <http://x/p> 1 . };\n"), 0);
  EXPECT_EQ(out_.str(), "true\ninserted 2, deleted 0\n");
}

TEST_F(ScriptTest, ErrorsDuringIterationAreReported) {
  db_.make_result = [](const std::string&) -> std::unique_ptr<QueryResult> {
    return std::make_unique<FakeResult>(
        QueryKind::kSelect, std::vector<std::string>{"x"},
        std::vector<std::vector<Term>>{{Term::Integer(1)}},
        Status(StatusCode::kDeadlineExceeded, "query timed out"));
  };
  EXPECT_EQ(Run("SELECT ?x WHERE { ?x ?p ?o };\n"), 1);
  EXPECT_THAT(err_.str(), HasSubstr("query timed out"));
}

TEST_F(ScriptTest, JsonModeUsesTheW3CWriter) {
  db_.make_result = [](const std::string&) -> std::unique_ptr<QueryResult> {
    return std::make_unique<FakeResult>(
        QueryKind::kSelect, std::vector<std::string>{"x"},
        std::vector<std::vector<Term>>{{Term::LangLiteral("قطر", "ar")}});
  };
  EXPECT_EQ(Run(".mode json\nSELECT ?x WHERE { ?x ?p ?o };\n"), 0);
  EXPECT_THAT(out_.str(), HasSubstr("\"vars\""));
  EXPECT_THAT(out_.str(), HasSubstr("\"xml:lang\""));
  EXPECT_THAT(out_.str(), HasSubstr("قطر"));
  EXPECT_THAT(out_.str(), Not(HasSubstr("\u2068")));
}

TEST_F(ScriptTest, TimerPrintsTheTimeTaken) {
  EXPECT_EQ(Run(".timer on\nASK { ?s ?p ?o };\n"), 0);
  EXPECT_THAT(out_.str(), ::testing::ContainsRegex("time: [0-9]+\\.[0-9]{3} ms"));
}

TEST_F(ScriptTest, PrefixDeclaredEarlierServesLaterStatementsAndResults) {
  db_.make_result = [](const std::string&) -> std::unique_ptr<QueryResult> {
    return std::make_unique<FakeResult>(
        QueryKind::kSelect, std::vector<std::string>{"s"},
        std::vector<std::vector<Term>>{{Term::Iri("http://a.test/n1")}});
  };
  EXPECT_EQ(Run("ASK { ?s ?p ?o };\n"
                "PREFIX ex: <http://a.test/>\nSELECT ?s WHERE { ?s ex:p ?o };\n"
                "SELECT ?s WHERE { ?s ex:q ?o };\n"
                ".prefixes\n"),
            0);
  ASSERT_EQ(db_.queries.size(), 3u);
  EXPECT_EQ(db_.queries[0], "ASK { ?s ?p ?o }");
  EXPECT_EQ(db_.queries[1], "PREFIX ex: <http://a.test/>\nSELECT ?s WHERE { ?s ex:p ?o }");
  EXPECT_EQ(db_.queries[2], "PREFIX ex: <http://a.test/>\nSELECT ?s WHERE { ?s ex:q ?o }");
  EXPECT_THAT(out_.str(), HasSubstr("| ex:n1 |"));
  EXPECT_THAT(out_.str(), HasSubstr("| ex:     | <http://a.test/>"));
  EXPECT_THAT(err_.str(), IsEmpty());
}

TEST_F(ScriptTest, CaretStaysUnderTheTypedColumnWithSessionPrefixes) {
  EXPECT_EQ(Run("PREFIX ex: <http://a.test/> ASK {};\nSELECT * WHERE { ?s ex:p };\n"), 1);
  EXPECT_THAT(err_.str(), HasSubstr(":1:26"));
  EXPECT_THAT(err_.str(), HasSubstr("SELECT * WHERE { ?s ex:p }\n" + std::string(25, ' ') + "^"));
  EXPECT_THAT(err_.str(), Not(HasSubstr("PREFIX")));
}

TEST(ScriptWithoutDatabaseTest, StatementsReportThatNoDatabaseIsOpen) {
  std::istringstream in("ASK { ?s ?p ?o };\n");
  std::ostringstream out, err;
  EXPECT_EQ(RunShell(nullptr, in, out, err, {}), 1);
  EXPECT_THAT(err.str(), HasSubstr("no database is open"));
}

}  // namespace
}  // namespace marsad::shell
