#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "fake_database.h"
#include "support/test_util.h"
#include "tools/shell/commands/registry.h"
#include "tools/shell/shell_state.h"

namespace marsad::shell {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::FakeDatabase;
using testing::FakeResult;

class DotCommandTest : public ::testing::Test {
 protected:
  DotCommandTest() : state_(&db_, out_, err_) {}

  CommandOutcome Run(std::string_view line) { return RunDotCommand(state_, line); }

  FakeDatabase db_;
  std::ostringstream out_;
  std::ostringstream err_;
  ShellState state_;
};

TEST_F(DotCommandTest, ModeSwitchesOutputAndRejectsUnknownModes) {
  EXPECT_EQ(Run(".mode box"), CommandOutcome::kOk);
  EXPECT_EQ(state_.display.mode, OutputMode::kBox);
  EXPECT_EQ(Run(".mode ttl"), CommandOutcome::kOk);
  EXPECT_EQ(state_.display.mode, OutputMode::kTurtle);
  EXPECT_EQ(Run(".mode html"), CommandOutcome::kError);
  EXPECT_EQ(state_.display.mode, OutputMode::kTurtle);
  EXPECT_THAT(err_.str(), HasSubstr("usage: .mode"));
  EXPECT_EQ(Run(".mode"), CommandOutcome::kOk);
  EXPECT_THAT(out_.str(), HasSubstr("mode: ttl"));
}

TEST_F(DotCommandTest, TogglesTakeOnOffOrFlip) {
  EXPECT_EQ(Run(".headers off"), CommandOutcome::kOk);
  EXPECT_FALSE(state_.display.headers);
  EXPECT_EQ(Run(".timer on"), CommandOutcome::kOk);
  EXPECT_TRUE(state_.timer);
  EXPECT_EQ(Run(".translit on"), CommandOutcome::kOk);
  EXPECT_TRUE(state_.display.translit);
  EXPECT_EQ(Run(".sources"), CommandOutcome::kOk);
  EXPECT_TRUE(state_.sources);
  EXPECT_THAT(out_.str(), HasSubstr("sources: on"));
  EXPECT_EQ(Run(".sources maybe"), CommandOutcome::kError);
  EXPECT_TRUE(state_.sources);
}

TEST_F(DotCommandTest, LimitAndWidthSetTheTableBounds) {
  EXPECT_EQ(Run(".limit 5"), CommandOutcome::kOk);
  EXPECT_EQ(state_.display.max_rows, 5u);
  EXPECT_EQ(Run(".width 20"), CommandOutcome::kOk);
  EXPECT_EQ(state_.display.max_width, 20u);
  EXPECT_EQ(Run(".limit -3"), CommandOutcome::kError);
  EXPECT_EQ(Run(".width 1"), CommandOutcome::kError);
  EXPECT_EQ(state_.display.max_width, 20u);
  EXPECT_FALSE(state_.display.wrap);
  EXPECT_EQ(Run(".wrap on"), CommandOutcome::kOk);
  EXPECT_TRUE(state_.display.wrap);
  EXPECT_EQ(Run(".wrap"), CommandOutcome::kOk);
  EXPECT_FALSE(state_.display.wrap);
  EXPECT_THAT(out_.str(), HasSubstr("wrap: off"));
}

TEST_F(DotCommandTest, UnknownCommandIsAnError) {
  EXPECT_EQ(Run(".frobnicate"), CommandOutcome::kError);
  EXPECT_THAT(err_.str(), HasSubstr("unknown command '.frobnicate'"));
}

TEST_F(DotCommandTest, HelpListsEveryRegisteredCommand) {
  EXPECT_EQ(Run(".help"), CommandOutcome::kOk);
  for (const DotCommand& c : DotCommands()) EXPECT_THAT(out_.str(), HasSubstr(c.usage));
  for (const char* name : {"help", "mode", "headers", "timer", "explain", "prefixes",
                           "predicates", "entities", "sources", "translit", "read", "output",
                           "stats", "quit"}) {
    EXPECT_NE(FindDotCommand(name), nullptr) << name;
  }
}

TEST_F(DotCommandTest, HelpForOneCommand) {
  EXPECT_EQ(Run(".help .read"), CommandOutcome::kOk);
  EXPECT_THAT(out_.str(), ::testing::StartsWith(".read FILE "));
  EXPECT_THAT(out_.str(), HasSubstr("run the statements"));
  EXPECT_THAT(out_.str(), ::testing::Not(HasSubstr(".mode")));
}

TEST_F(DotCommandTest, QuitRequestsTheEndOfTheSession) {
  EXPECT_EQ(Run(".quit"), CommandOutcome::kQuit);
  EXPECT_TRUE(state_.quit_requested);
}

TEST_F(DotCommandTest, PrefixesListsTheDefaultPrefixes) {
  EXPECT_EQ(Run(".prefixes"), CommandOutcome::kOk);
  EXPECT_THAT(out_.str(), HasSubstr("| marsad: | <http://marsad.dev/ns#>"));
  EXPECT_THAT(out_.str(), HasSubstr("| rdfs:"));
}

TEST_F(DotCommandTest, PredicatesShowCountsFromStatistics) {
  db_.statistics.predicates = {
      {Term::Iri("http://marsad.dev/ns#mentions"), 120, 30, 45},
      {Term::Iri("http://www.w3.org/2000/01/rdf-schema#label"), 80, 80, 79}};
  EXPECT_EQ(Run(".predicates"), CommandOutcome::kOk);
  EXPECT_THAT(out_.str(), HasSubstr("| marsad:mentions |     120 |       30 |      45 |"));
  EXPECT_THAT(out_.str(), HasSubstr("| rdfs:label      |      80 |       80 |      79 |"));
  out_.str("");
  EXPECT_EQ(Run(".predicates label"), CommandOutcome::kOk);
  EXPECT_THAT(out_.str(), ::testing::Not(HasSubstr("mentions")));
  EXPECT_THAT(out_.str(), HasSubstr("1 row"));
}

TEST_F(DotCommandTest, StatsPrintsTheCounts) {
  db_.statistics.quads = 10;
  db_.statistics.triples = 9;
  db_.statistics.terms = 21;
  db_.statistics.graphs = 3;
  EXPECT_EQ(Run(".mode csv"), CommandOutcome::kOk);
  EXPECT_EQ(Run(".stats"), CommandOutcome::kOk);
  EXPECT_THAT(out_.str(), HasSubstr("quads,triples,terms,graphs,predicates\r\n10,9,21,3,0\r\n"));
}

TEST_F(DotCommandTest, ExplainRunsExplainOfTheQuery) {
  EXPECT_EQ(Run(".explain SELECT * WHERE { ?s ?p ?o };"), CommandOutcome::kOk);
  EXPECT_THAT(db_.queries, ElementsAre("EXPLAIN SELECT * WHERE { ?s ?p ?o }"));
  EXPECT_EQ(Run(".explain"), CommandOutcome::kError);
}

TEST_F(DotCommandTest, EntitiesLooksUpAnySpellingWithTheLookupTerm) {
  EXPECT_EQ(Run(".entities قره باغ"), CommandOutcome::kOk);
  EXPECT_EQ(Run(".entities Rouhani"), CommandOutcome::kOk);
  ASSERT_EQ(db_.queries.size(), 2u);
  EXPECT_THAT(db_.queries[0], HasSubstr("@\"قره باغ\" rdfs:label? ?entity"));
  EXPECT_THAT(db_.queries[1], HasSubstr("@Rouhani rdfs:label? ?entity"));
  EXPECT_EQ(Run(".entities"), CommandOutcome::kError);
}

TEST_F(DotCommandTest, EntitiesReportsTheEngineError) {
  db_.make_result = [](const std::string&) -> std::unique_ptr<QueryResult> {
    return std::make_unique<FakeResult>(
        QueryKind::kSelect, std::vector<std::string>{"entity"}, std::vector<std::vector<Term>>{},
        Status(StatusCode::kNotSupported, "entity lookup is not supported"));
  };
  EXPECT_EQ(Run(".entities x"), CommandOutcome::kErrorReported);
  EXPECT_THAT(err_.str(), HasSubstr("entity lookup is not supported"));
  EXPECT_EQ(state_.errors(), 1);
}

TEST_F(DotCommandTest, OutputSendsResultsToAFileAndBack) {
  marsad::testing::TempDir dir;
  const std::string path = dir.Sub("out.txt");
  EXPECT_EQ(Run(".output " + path), CommandOutcome::kOk);
  EXPECT_EQ(Run(".prefixes"), CommandOutcome::kOk);
  EXPECT_EQ(Run(".output"), CommandOutcome::kOk);
  EXPECT_EQ(out_.str(), "");
  EXPECT_THAT(marsad::testing::ReadFile(path), HasSubstr("marsad:"));
  EXPECT_EQ(Run(".output " + dir.Sub("missing/dir/x")), CommandOutcome::kError);
  EXPECT_THAT(err_.str(), HasSubstr("cannot open"));
}

TEST_F(DotCommandTest, ReadRunsAFileAndLocatesItsErrors) {
  marsad::testing::TempDir dir;
  const std::string path = dir.Sub("script.rq");
  std::ofstream(path) << ".mode csv\n# a comment\nASK { ?s ?p ?o };\nSELEKT x;\n";
  EXPECT_EQ(Run(".read " + path), CommandOutcome::kErrorReported);
  EXPECT_EQ(state_.display.mode, OutputMode::kCsv);
  EXPECT_THAT(db_.queries, ElementsAre("ASK { ?s ?p ?o }", "SELEKT x"));
  EXPECT_THAT(err_.str(), HasSubstr(path + ":4: "));
  EXPECT_EQ(state_.errors(), 1);
  EXPECT_EQ(Run(".read " + dir.Sub("absent.rq")), CommandOutcome::kError);
}

TEST_F(DotCommandTest, ReadOfAFileThatReadsItselfStops) {
  marsad::testing::TempDir dir;
  const std::string path = dir.Sub("loop.rq");
  std::ofstream(path) << ".read " << path << "\n";
  EXPECT_EQ(Run(".read " + path), CommandOutcome::kErrorReported);
  EXPECT_THAT(err_.str(), HasSubstr("nested more than 16 deep"));
}

TEST(SplitWordsTest, QuotesGroupWords) {
  EXPECT_THAT(SplitWords(R"(a "b c" 'd e'f)"), ElementsAre("a", "b c", "d ef"));
  EXPECT_THAT(SplitWords("  "), ElementsAre());
}

}  // namespace
}  // namespace marsad::shell
