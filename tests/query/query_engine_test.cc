#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "query/query_engine.h"
#include "query/results/result_writer.h"
#include "store/store.h"
#include "support/test_util.h"

namespace marsad::query {
namespace {

using ::testing::HasSubstr;

class QueryEngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = store::Store::Open(dir_.Sub("db"), Options());
    ASSERT_OK(store);
    store_ = std::move(*store);
    std::vector<Quad> quads;
    // 200 people of one type, one of whom has a rare property: the planner must start there.
    for (int i = 0; i < 200; ++i) {
      Term person = Term::Iri("http://ex/p" + std::to_string(i));
      quads.push_back({person, Term::Iri("http://ex/type"), Term::Iri("http://ex/Person"), {}});
      quads.push_back({person, Term::Iri("http://ex/name"), Term::Literal("n" + std::to_string(i)), {}});
    }
    quads.push_back({Term::Iri("http://ex/p7"), Term::Iri("http://ex/rare"), Term::Literal("x"), {}});
    auto writer = store_->NewBatchWriter();
    ASSERT_OK(writer);
    ASSERT_OK((*writer)->InsertQuads(quads));
    ASSERT_OK((*writer)->Commit());
  }

  std::vector<std::string> Lines(std::string_view text, const QueryOptions& options = {}) {
    auto result = RunQuery(*store_, text, options, nullptr);
    EXPECT_OK(result);
    std::vector<std::string> lines;
    if (!result.ok()) return lines;
    while ((*result)->Next()) lines.push_back((*result)->row()[0].value());
    return lines;
  }

  testing::TempDir dir_;
  std::unique_ptr<store::Store> store_;
};

TEST_F(QueryEngineTest, ExplainOrdersJoinBySelectivityNotWrittenOrder) {
  std::vector<std::string> plan = Lines(
      "EXPLAIN SELECT ?n WHERE { ?p <http://ex/type> <http://ex/Person> . "
      "?p <http://ex/name> ?n . ?p <http://ex/rare> ?r }");
  ASSERT_GE(plan.size(), 5u);
  EXPECT_THAT(plan[0], HasSubstr("Project"));
  EXPECT_THAT(plan[1], HasSubstr("Join"));
  EXPECT_THAT(plan[2], HasSubstr("rare"));  // the one-row pattern runs first
  EXPECT_THAT(plan[2], HasSubstr("est 1"));
}

TEST_F(QueryEngineTest, ExplainNamesVariablesAndPushesFilterDown) {
  std::vector<std::string> plan = Lines(
      "EXPLAIN SELECT ?n WHERE { ?p <http://ex/type> <http://ex/Person> . "
      "?p <http://ex/name> ?n FILTER(STRLEN(?n) > 2) }");
  ASSERT_GE(plan.size(), 5u);
  // The filter runs as the step right after the scan that binds ?n, whatever the join order.
  auto name = std::find_if(plan.begin(), plan.end(), [](const std::string& line) {
    return line.find("Scan ?p <http://ex/name> ?n") != std::string::npos;
  });
  ASSERT_NE(name, plan.end());
  auto filter = std::find_if(name + 1, plan.end(), [](const std::string& line) {
    return line.find("Scan") != std::string::npos || line.find("Filter") != std::string::npos;
  });
  ASSERT_NE(filter, plan.end());
  EXPECT_THAT(*filter, HasSubstr("Filter"));
  EXPECT_THAT(*filter, HasSubstr("STRLEN(?n)"));
}

TEST_F(QueryEngineTest, ExplainAnalyzeReportsActualRows) {
  std::vector<std::string> plan = Lines(
      "EXPLAIN ANALYZE SELECT ?p WHERE { ?p <http://ex/type> <http://ex/Person> } LIMIT 5");
  ASSERT_FALSE(plan.empty());
  EXPECT_THAT(plan[0], HasSubstr("Slice"));
  EXPECT_THAT(plan[0], HasSubstr("[rows 5"));
  // LIMIT without ORDER BY stops the scan early: it produced 5 rows, not 200.
  EXPECT_THAT(plan[1], HasSubstr("[rows 5"));
}

TEST_F(QueryEngineTest, MaxRowsEndsWithResourceExhausted) {
  QueryOptions options;
  options.max_rows = 10;
  auto result = RunQuery(*store_, "SELECT ?p WHERE { ?p ?q ?o }", options, nullptr);
  ASSERT_OK(result);
  int rows = 0;
  while ((*result)->Next()) ++rows;
  EXPECT_EQ(rows, 10);
  EXPECT_STATUS((*result)->status(), StatusCode::kResourceExhausted, HasSubstr("max_rows"));
}

TEST_F(QueryEngineTest, CountAndJsonOutputEndToEnd) {
  auto result = RunQuery(*store_,
                         "SELECT (COUNT(*) AS ?n) WHERE { ?p <http://ex/type> <http://ex/Person> }",
                         {}, nullptr);
  ASSERT_OK(result);
  std::ostringstream out;
  ASSERT_OK(results::WriteResult(**result, results::ResultFormat::kJson, RdfFormat::kNTriples,
                                 out));
  EXPECT_THAT(out.str(), HasSubstr("\"value\": \"200\""));
  EXPECT_THAT(out.str(), HasSubstr("\"vars\": [ \"n\" ]"));
}

TEST_F(QueryEngineTest, SyntaxAndSemanticErrorsCarryLocations) {
  auto bad = RunQuery(*store_, "SELECT ?x WHERE {\n  ?x zz:p ?y }", {}, nullptr);
  ASSERT_FALSE(bad.ok());
  ASSERT_TRUE(bad.status().where().has_value());
  EXPECT_EQ(bad.status().where()->line, 2u);
  EXPECT_EQ(bad.status().where()->column, 6u);
}

}  // namespace
}  // namespace marsad::query
