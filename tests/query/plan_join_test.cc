// The planner's join methods, as EXPLAIN shows them, and that each gives the right rows:
// merge join for two scans sorted on the join variable, hash join where reopening a scan per
// row would cost more, index nested loop otherwise; LIMIT stops the scans early.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "marsad/database.h"
#include "support/test_util.h"

namespace marsad {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

Term Ex(const std::string& local) { return Term::Iri("http://ex/" + local); }

class PlanJoinTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = Database::Open(dir_.Sub("db"));
    ASSERT_OK(db);
    db_ = std::move(*db);
    std::vector<Quad> quads;
    // 2000 people with a name each; every 40th is a VIP.
    for (int i = 0; i < 2000; ++i) {
      const Term p = Ex("p" + std::to_string(i));
      quads.push_back({p, Ex("type"), Ex("Person"), {}});
      quads.push_back({p, Ex("name"), Term::Literal("n" + std::to_string(i)), {}});
      if (i % 40 == 0) quads.push_back({p, Ex("vip"), Term::Boolean(true), {}});
      if (i % 2 == 0) quads.push_back({p, Ex("type"), Ex("Even"), {}});
    }
    // Keys x0..x9: three `a` subjects each; two `b` subjects for the even keys.
    for (int x = 0; x < 10; ++x) {
      for (int i = 0; i < 3; ++i) {
        quads.push_back({Ex("a" + std::to_string(x) + "_" + std::to_string(i)), Ex("pa"),
                         Ex("x" + std::to_string(x)), {}});
      }
      for (int j = 0; x % 2 == 0 && j < 2; ++j) {
        quads.push_back({Ex("b" + std::to_string(x) + "_" + std::to_string(j)), Ex("pb"),
                         Ex("x" + std::to_string(x)), {}});
      }
    }
    ASSERT_OK(db_->Insert(quads));
  }

  // The first column of every row.
  std::vector<std::string> Column(const std::string& query) {
    // The prologue goes after EXPLAIN [ANALYZE], which must come first.
    std::size_t at = 0;
    for (const char* mode : {"EXPLAIN ANALYZE ", "EXPLAIN "}) {
      if (at == 0 && query.starts_with(mode)) at = std::string(mode).size();
    }
    std::string text = query;
    text.insert(at, "PREFIX ex: <http://ex/> ");
    auto result = db_->Query(text);
    EXPECT_OK(result);
    std::vector<std::string> out;
    if (!result.ok()) return out;
    while ((*result)->Next()) out.push_back((*result)->row()[0].value());
    EXPECT_OK((*result)->status());
    return out;
  }
  std::string Plan(const std::string& query) {
    std::string text;
    for (const std::string& line : Column("EXPLAIN " + query)) text += line + "\n";
    return text;
  }

  testing::TempDir dir_;
  std::unique_ptr<Database> db_;
};

TEST_F(PlanJoinTest, TwoScansSortedOnTheSubjectAreMergeJoined) {
  const std::string query = "SELECT ?p WHERE { ?p ex:type ex:Person . ?p ex:type ex:Even }";
  EXPECT_THAT(Plan(query), HasSubstr("MergeJoin on ?p"));
  const std::vector<std::string> rows = Column(query);
  ASSERT_EQ(rows.size(), 1000u);
  for (const std::string& p : rows) {
    EXPECT_EQ(std::stoi(p.substr(std::string("http://ex/p").size())) % 2, 0) << p;
  }
}

TEST_F(PlanJoinTest, MergeJoinPairsEveryRowOfAKeyOnBothSides) {
  // Both scans come sorted by object (?x), with several subjects per key on each side.
  const std::string query = "SELECT ?a WHERE { ?a ex:pa ?x . ?b ex:pb ?x }";
  EXPECT_THAT(Plan(query), HasSubstr("MergeJoin on ?x"));
  EXPECT_EQ(Column(query).size(), 5u * 3 * 2);
}

TEST_F(PlanJoinTest, MergeJoinFallsBackToNestedLoopWhenTheParentBindsTheKey) {
  // The second OPTIONAL is planned as a merge join on ?x, but for p0 the first OPTIONAL has
  // already bound ?x to x4, so under that row the scans are not sorted on ?x.
  ASSERT_OK(db_->Insert(std::vector<Quad>{{Ex("p0"), Ex("key"), Ex("x4"), {}}}));
  const std::string query =
      "SELECT ?b WHERE { ?p ex:vip true OPTIONAL { ?p ex:key ?x } "
      "OPTIONAL { ?a ex:pa ?x . ?b ex:pb ?x } }";
  EXPECT_THAT(Plan(query), HasSubstr("MergeJoin on ?x"));
  const std::vector<std::string> rows = Column(query);
  // p0: 3 x 2 rows of key x4; each of the 49 other VIPs: every key, 5 x 3 x 2 rows.
  EXPECT_EQ(rows.size(), 6u + 49 * 30);
  EXPECT_EQ(std::count_if(rows.begin(), rows.end(),
                          [](const std::string& b) { return b.starts_with("http://ex/b4_"); }),
            6 + 49 * 6);
}

TEST_F(PlanJoinTest, ManyOuterRowsProbeAHashJoinBuiltOnce) {
  // Reopening the name scan under each of 2000 people costs more than reading it once.
  const std::string query = "SELECT ?n WHERE { ?p ex:type ex:Person . ?p ex:name ?n }";
  const std::string plan = Plan(query);
  EXPECT_THAT(plan, HasSubstr("NestedLoopJoin"));
  EXPECT_THAT(plan, HasSubstr("HashJoin (build once) on ?p"));
  EXPECT_EQ(Column(query).size(), 2000u);
}

TEST_F(PlanJoinTest, FewOuterRowsUseIndexNestedLoop) {
  // 50 VIPs: 50 index lookups beat reading all 2000 names.
  const std::string query = "SELECT ?n WHERE { ?p ex:name ?n . ?p ex:vip true }";
  const std::string plan = Plan(query);
  EXPECT_THAT(plan, HasSubstr("NestedLoopJoin"));
  EXPECT_THAT(plan, Not(HasSubstr("HashJoin")));
  EXPECT_THAT(plan, Not(HasSubstr("MergeJoin")));
  const std::vector<std::string> lines = Column("EXPLAIN " + query);
  ASSERT_GE(lines.size(), 4u);
  EXPECT_THAT(lines[2], HasSubstr("vip"));   // the selective pattern first
  EXPECT_THAT(lines[3], HasSubstr("est 1"));  // one name per bound ?p
  EXPECT_EQ(Column(query).size(), 50u);
}

TEST_F(PlanJoinTest, LimitWithoutOrderByStopsTheScanEarly) {
  const std::vector<std::string> lines =
      Column("EXPLAIN ANALYZE SELECT ?p WHERE { ?p ex:type ex:Person } LIMIT 3");
  std::string scan;
  for (const std::string& l : lines) {
    if (l.find("Scan") != std::string::npos) scan = l;
  }
  EXPECT_THAT(scan, HasSubstr("[rows 3,"));
}

TEST_F(PlanJoinTest, FilterRunsRightAfterTheStepBindingItsVariable) {
  const std::vector<std::string> lines = Column(
      "EXPLAIN SELECT ?n WHERE { ?p ex:vip true . ?p ex:name ?n . ?p ex:type ?t "
      "FILTER(STRSTARTS(?n, \"n1\")) }");
  std::vector<std::string> steps;
  for (const std::string& l : lines) {
    if (l.find("Scan") != std::string::npos || l.find("Filter") != std::string::npos) {
      steps.push_back(l);
    }
  }
  ASSERT_EQ(steps.size(), 4u);
  EXPECT_THAT(steps[1], HasSubstr("name"));
  EXPECT_THAT(steps[2], HasSubstr("Filter"));
}

// A fully bound pattern that filters (does x also know the y it likes?) runs before patterns
// that hold for every row (each person has exactly one kind), whatever order the query lists
// them in.
TEST_F(PlanJoinTest, FilteringChecksRunBeforeChecksThatKeepEveryRow) {
  std::vector<Quad> quads;
  for (int i = 0; i < 2000; ++i) {
    const Term p = Ex("p" + std::to_string(i));
    quads.push_back({p, Ex("likes"), Ex("p" + std::to_string((i + 1) % 2000)), {}});
    quads.push_back({p, Ex("likes"), Ex("p" + std::to_string((i + 7) % 2000)), {}});
    if (i % 100 == 0) quads.push_back({p, Ex("knows"), Ex("p" + std::to_string(i + 7)), {}});
    quads.push_back({p, Ex("kind"), Ex(i % 3 == 0 ? "K0" : "K1"), {}});
  }
  ASSERT_OK(db_->Insert(quads));
  const std::string query =
      "SELECT ?x WHERE { ?x ex:kind ?t . ?y ex:kind ?u . ?x ex:likes ?y . ?x ex:knows ?y }";
  std::vector<std::string> steps;
  for (const std::string& line : Column("EXPLAIN " + query)) {
    if (line.find("Scan") != std::string::npos) steps.push_back(line);
  }
  ASSERT_EQ(steps.size(), 4u) << Plan(query);
  // First the two relations (in either order), then the kind tests.
  EXPECT_THAT(steps[0] + steps[1], HasSubstr("ex:likes")) << Plan(query);
  EXPECT_THAT(steps[0] + steps[1], HasSubstr("ex:knows")) << Plan(query);
  EXPECT_THAT(steps[2] + steps[3], Not(HasSubstr("likes"))) << Plan(query);
  std::vector<std::string> rows = Column(query);
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  EXPECT_EQ(rows.size(), 20u);
}

}  // namespace
}  // namespace marsad
