// The LUBM benchmark queries (tools/bench/query/lubm/*.rq) on a small generated scale: each
// query's rows must equal those of a naive nested-loop evaluation written here over the
// quads read back with Match(), so the .rq files and the planner's joins are both checked.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "lubm_generator.h"
#include "marsad/database.h"
#include "support/test_util.h"

namespace marsad {
namespace {

using Rows = std::vector<std::vector<std::string>>;

const std::string kUb = "http://swat.cse.lehigh.edu/onto/univ-bench.owl#";
const std::string kType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const std::string kDept0 = "http://www.Department0.University0.edu";
const std::string kUniv0 = "http://www.University0.edu";

std::string Ub(const std::string& local) { return kUb + local; }

// Every triple as (s, p, o) lexical values, with the lookups the naive joins need.
class NaiveGraph {
 public:
  void Add(const std::string& s, const std::string& p, const std::string& o) {
    if (triples_.insert({s, p, o}).second) by_p_[p].push_back({s, o});
  }
  bool Has(const std::string& s, const std::string& p, const std::string& o) const {
    return triples_.contains({s, p, o});
  }
  bool HasType(const std::string& s, const std::string& cls) const {
    return Has(s, kType, Ub(cls));
  }
  const std::vector<std::pair<std::string, std::string>>& With(const std::string& p) const {
    static const std::vector<std::pair<std::string, std::string>> kNone;
    auto it = by_p_.find(p);
    return it == by_p_.end() ? kNone : it->second;
  }
  std::vector<std::string> Objects(const std::string& s, const std::string& p) const {
    std::vector<std::string> out;
    for (const auto& [ss, o] : With(p)) {
      if (ss == s) out.push_back(o);
    }
    return out;
  }
  std::size_t size() const { return triples_.size(); }

 private:
  std::set<std::tuple<std::string, std::string, std::string>> triples_;
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> by_p_;
};

// Rows of each query, by nested loops in the written order of the LUBM query.
Rows NaiveRows(const NaiveGraph& g, const std::string& q) {
  const std::vector<std::string> students = {"UndergraduateStudent", "GraduateStudent"};
  const std::vector<std::string> courses = {"Course", "GraduateCourse"};
  const std::vector<std::string> faculty = {"FullProfessor", "AssociateProfessor",
                                            "AssistantProfessor", "Lecturer"};
  auto count_types = [&](const std::string& s, const std::vector<std::string>& classes) {
    return std::count_if(classes.begin(), classes.end(),
                         [&](const std::string& c) { return g.HasType(s, c); });
  };
  Rows rows;
  if (q == "q1") {
    for (const auto& [x, c] : g.With(Ub("takesCourse"))) {
      if (c == kDept0 + "/GraduateCourse0" && g.HasType(x, "GraduateStudent")) rows.push_back({x});
    }
  } else if (q == "q2") {
    for (const auto& [x, z] : g.With(Ub("memberOf"))) {
      if (!g.HasType(x, "GraduateStudent") || !g.HasType(z, "Department")) continue;
      for (const std::string& y : g.Objects(z, Ub("subOrganizationOf"))) {
        if (g.HasType(y, "University") && g.Has(x, Ub("undergraduateDegreeFrom"), y)) {
          rows.push_back({x, y, z});
        }
      }
    }
  } else if (q == "q4") {
    for (const auto& [x, d] : g.With(Ub("worksFor"))) {
      if (d != kDept0) continue;
      for (long t = count_types(x, {"FullProfessor", "AssociateProfessor", "AssistantProfessor"});
           t > 0; --t) {
        for (const std::string& y1 : g.Objects(x, Ub("name"))) {
          for (const std::string& y2 : g.Objects(x, Ub("emailAddress"))) {
            for (const std::string& y3 : g.Objects(x, Ub("telephone"))) {
              rows.push_back({x, y1, y2, y3});
            }
          }
        }
      }
    }
  } else if (q == "q7") {
    for (const std::string& y : g.Objects(kDept0 + "/AssociateProfessor0", Ub("teacherOf"))) {
      for (const auto& [x, c] : g.With(Ub("takesCourse"))) {
        if (c != y) continue;
        for (long t = count_types(x, students) * count_types(y, courses); t > 0; --t) {
          rows.push_back({x, y});
        }
      }
    }
  } else if (q == "q8") {
    for (const auto& [x, y] : g.With(Ub("memberOf"))) {
      if (!g.HasType(y, "Department") || !g.Has(y, Ub("subOrganizationOf"), kUniv0)) continue;
      for (long t = count_types(x, students); t > 0; --t) {
        for (const std::string& z : g.Objects(x, Ub("emailAddress"))) rows.push_back({x, y, z});
      }
    }
  } else if (q == "q9") {
    for (const auto& [x, y] : g.With(Ub("advisor"))) {
      for (const std::string& z : g.Objects(y, Ub("teacherOf"))) {
        if (!g.Has(x, Ub("takesCourse"), z)) continue;
        for (long t = count_types(x, students) * count_types(y, faculty) * count_types(z, courses);
             t > 0; --t) {
          rows.push_back({x, y, z});
        }
      }
    }
  } else if (q == "q12") {
    for (const auto& [x, y] : g.With(Ub("headOf"))) {
      if (g.HasType(y, "Department") && g.Has(x, Ub("worksFor"), y) &&
          g.Has(y, Ub("subOrganizationOf"), kUniv0)) {
        rows.push_back({x, y});
      }
    }
  } else if (q == "q14") {
    for (const auto& [x, c] : g.With(kType)) {
      if (c == Ub("UndergraduateStudent")) rows.push_back({x});
    }
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

class LubmQueriesTest : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    auto db = Database::Open(dir_->Sub("db"));
    ASSERT_OK(db);
    db_ = db->release();
    // University 0 cut down to two departments (about 10k triples): a triple is kept when
    // its subject is the university or belongs to department 0 or 1.
    std::string data;
    gen::LubmOptions options;
    gen::GenerateLubm(options, [&data](std::string_view line) {
      if (line.starts_with("<" + kUniv0 + ">") || line.starts_with("<" + kDept0) ||
          line.starts_with("<http://www.Department1.University0.edu")) {
        data.append(line);
      }
    });
    std::istringstream in(data);
    ASSERT_OK(db_->Import(in, ImportOptions()));
    graph_ = new NaiveGraph();
    auto cursor = db_->Match(QuadPattern());
    ASSERT_OK(cursor);
    while ((*cursor)->Next()) {
      const Quad& q = (*cursor)->quad();
      graph_->Add(q.subject.value(), q.predicate.value(), q.object.value());
    }
    ASSERT_OK((*cursor)->status());
  }
  static void TearDownTestSuite() {
    delete graph_;
    delete db_;
    delete dir_;
  }

  static testing::TempDir* dir_;
  static Database* db_;
  static NaiveGraph* graph_;
};

testing::TempDir* LubmQueriesTest::dir_ = nullptr;
Database* LubmQueriesTest::db_ = nullptr;
NaiveGraph* LubmQueriesTest::graph_ = nullptr;

TEST_P(LubmQueriesTest, RowsEqualNaiveNestedLoopEvaluation) {
  ASSERT_GT(graph_->size(), 5000u);
  const std::string text =
      testing::ReadFile(testing::SourceDir() / "tools/bench/query/lubm" / (GetParam() + ".rq"));
  auto result = db_->Query(text);
  ASSERT_OK(result);
  Rows actual;
  while ((*result)->Next()) {
    std::vector<std::string> row;
    for (const Term& t : (*result)->row()) row.push_back(t.value());
    actual.push_back(std::move(row));
  }
  ASSERT_OK((*result)->status());
  std::sort(actual.begin(), actual.end());
  const Rows expected = NaiveRows(*graph_, GetParam());
  EXPECT_FALSE(expected.empty()) << "the data should answer " << GetParam();
  EXPECT_EQ(actual.size(), expected.size());
  EXPECT_EQ(actual, expected);
}

INSTANTIATE_TEST_SUITE_P(AllQueries, LubmQueriesTest,
                         ::testing::Values("q1", "q2", "q4", "q7", "q8", "q9", "q12", "q14"),
                         [](const auto& param_info) { return param_info.param; });

}  // namespace
}  // namespace marsad
