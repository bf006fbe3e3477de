// Query limits (issue 8): the memory budget of materializing operators and the timeout.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "marsad/database.h"
#include "support/test_util.h"

namespace marsad {
namespace {

using ::testing::HasSubstr;

class LimitsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = Database::Open(dir_.Sub("db"));
    ASSERT_OK(db);
    db_ = std::move(*db);
    std::vector<Quad> quads;
    for (int i = 0; i < 3000; ++i) {
      const Term item = Term::Iri("http://ex/i" + std::to_string(i));
      quads.push_back({item, Term::Iri("http://ex/value"), Term::Integer(i % 1000), {}});
      quads.push_back({item, Term::Iri("http://ex/label"),
                       Term::Literal("label " + std::to_string(i)), {}});
    }
    ASSERT_OK(db_->Insert(quads));
  }

  // Runs the query to its end; returns the rows read and the final status.
  std::pair<std::size_t, Status> Run(const std::string& query, const QueryOptions& options) {
    auto result = db_->Query("PREFIX ex: <http://ex/> " + query, options);
    if (!result.ok()) return {0, result.status()};
    std::size_t rows = 0;
    while ((*result)->Next()) ++rows;
    return {rows, (*result)->status()};
  }

  testing::TempDir dir_;
  std::unique_ptr<Database> db_;
};

struct BudgetCase {
  const char* name;
  const char* query;
  std::size_t rows;  // with the default budget
};

const BudgetCase kBudgetCases[] = {
    {"OrderBy", "SELECT ?i WHERE { ?i ex:value ?v } ORDER BY ?v", 3000},
    {"Distinct", "SELECT DISTINCT ?i WHERE { ?i ex:value ?v }", 3000},
    {"GroupBy", "SELECT ?v (COUNT(?i) AS ?n) WHERE { ?i ex:value ?v } GROUP BY ?v", 1000},
    {"SubSelect", "SELECT ?i WHERE { { SELECT ?i WHERE { ?i ex:label ?l } } ?i ex:value ?v }",
     3000},
};

// An update's WHERE clause runs under the same budget, and a failed update changes nothing.
TEST_F(LimitsTest, UpdatesStopAtTheMemoryBudgetAndChangeNothing) {
  const std::string update =
      "INSERT { ?i ex:count ?n } WHERE { SELECT ?i (COUNT(*) AS ?n) WHERE { ?i ?p ?o } "
      "GROUP BY ?i }";
  QueryOptions small;
  small.max_memory_bytes = 20000;
  EXPECT_STATUS(Run(update, small).second, StatusCode::kResourceExhausted,
                HasSubstr("memory budget of 20000 bytes"));
  EXPECT_EQ(Run("SELECT ?i WHERE { ?i ex:count ?n }", QueryOptions()).first, 0u);
  EXPECT_OK(Run(update, QueryOptions()).second);
  EXPECT_EQ(Run("SELECT ?i WHERE { ?i ex:count 2 }", QueryOptions()).first, 3000u);
}

TEST_F(LimitsTest, MaterializingOperatorsStopAtTheMemoryBudget) {
  for (const BudgetCase& c : kBudgetCases) {
    SCOPED_TRACE(c.name);
    const auto [rows, status] = Run(c.query, QueryOptions());
    EXPECT_OK(status);
    EXPECT_EQ(rows, c.rows);
    QueryOptions small;
    small.max_memory_bytes = 20000;  // about 200 rows
    EXPECT_STATUS(Run(c.query, small).second, StatusCode::kResourceExhausted,
                  HasSubstr("memory budget of 20000 bytes"));
  }
}

TEST_F(LimitsTest, PlannerAvoidsAHashJoinBuildThatWouldNotFitTheBudget) {
  const std::string query = "SELECT ?l WHERE { ?i ex:value ?v . ?i ex:label ?l }";
  auto plan = [&](const QueryOptions& options) {
    auto result = db_->Query("EXPLAIN PREFIX ex: <http://ex/> " + query, options);
    EXPECT_OK(result);
    std::string text;
    while (result.ok() && (*result)->Next()) text += (*result)->row()[0].value() + "\n";
    return text;
  };
  EXPECT_THAT(plan(QueryOptions()), HasSubstr("HashJoin"));
  QueryOptions small;
  small.max_memory_bytes = 20000;
  EXPECT_THAT(plan(small), ::testing::Not(HasSubstr("HashJoin")));
  const auto [rows, status] = Run(query, small);
  EXPECT_OK(status);
  EXPECT_EQ(rows, 3000u);
}

TEST_F(LimitsTest, StreamingQueryNeedsNoBudget) {
  QueryOptions small;
  small.max_memory_bytes = 1000;
  const auto [rows, status] = Run("SELECT ?i ?v WHERE { ?i ex:value ?v }", small);
  EXPECT_OK(status);
  EXPECT_EQ(rows, 3000u);
}

TEST_F(LimitsTest, LongQueryTimesOut) {
  // A three-way cross product: 2.7e10 rows, far more than 100 ms of work.
  QueryOptions options;
  options.timeout_ms = 100;
  const auto [rows, status] = Run(
      "SELECT ?a WHERE { ?a ex:value ?x . ?b ex:value ?y . ?c ex:value ?z }", options);
  EXPECT_STATUS(status, StatusCode::kDeadlineExceeded, HasSubstr("timed out"));
  EXPECT_LT(rows, 27000000000u);
}

}  // namespace
}  // namespace marsad
