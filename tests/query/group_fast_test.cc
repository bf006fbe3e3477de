// Hash aggregation (exec/group_op.h): every aggregate over many groups and rows, checked
// against a fold computed here from the generated data; DISTINCT, unbound and expression
// keys, errors in arguments, the empty group and the memory budget.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "marsad/database.h"
#include "query/exec/group_op.h"
#include "support/test_util.h"

namespace marsad {
namespace {

using ::testing::HasSubstr;

constexpr int kItems = 3000;
constexpr int kGroups = 97;

// The generated data, as functions of the item number.
std::string Item(int i) { return "http://ex/i" + std::to_string(i); }
std::string Group(int i) { return "http://ex/g" + std::to_string(i % kGroups); }
std::int64_t Value(int i) { return (i * 7919) % 1000 - 500; }
std::int64_t Small(int i) { return i % 6 - 2; }  // -2..3: many repeats per group
// Short words are inline ids, long ones dictionary literals.
std::string Word(int i) {
  return i % 2 == 0 ? "w" + std::to_string(i % 13) : "a longer word " + std::to_string(i % 7);
}

using Solution = std::map<std::string, Term>;

// One database for the whole suite: the tests only read it.
class GroupFastTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    auto db = Database::Open(dir_->Sub("db"));
    ASSERT_OK(db);
    db_ = (*db).release();
    std::vector<Quad> quads;
    auto add = [&](int i, const char* p, Term o) {
      quads.push_back({Term::Iri(Item(i)), Term::Iri(std::string("http://ex/") + p), o, {}});
    };
    for (int i = 0; i < kItems; ++i) {
      add(i, "group", Term::Iri(Group(i)));
      add(i, "sub", Term::Integer(i % 4));
      add(i, "value", Term::Integer(Value(i)));
      add(i, "small", Term::Integer(Small(i)));
      add(i, "word", Term::Literal(Word(i)));
      if (i % 3 != 0) add(i, "opt", Term::Iri("http://ex/k" + std::to_string(i % 5)));
    }
    // Sums past int64 (dictionary integers, beyond the inline range), mixed numeric types,
    // and values that are not numbers at all.
    const std::string two_to_62 = "4611686018427387904";
    for (int i = 0; i < 3; ++i) add(i, "big", Term::Typed(two_to_62, std::string(xsd::kInteger)));
    add(0, "mixed", Term::Integer(1));
    add(1, "mixed", Term::Typed("2.5", std::string(xsd::kDecimal)));
    add(2, "mixed", Term::Typed("1.5e0", std::string(xsd::kDouble)));
    add(0, "bad", Term::Integer(1));
    add(1, "bad", Term::Literal("one"));
    add(2, "bad", Term::Iri("http://ex/iri"));
    ASSERT_OK(db_->Insert(quads));
  }

  // All solutions, keyed by variable name (unbound variables are absent).
  std::vector<Solution> Run(const std::string& query, const QueryOptions& options = {}) {
    auto result = db_->Query("PREFIX ex: <http://ex/> " + query, options);
    EXPECT_OK(result);
    std::vector<Solution> out;
    if (!result.ok()) return out;
    while ((*result)->Next()) {
      Solution s;
      for (std::size_t v = 0; v < (*result)->variables().size(); ++v) {
        const Term& t = (*result)->row()[v];
        if (!t.is_null()) s[(*result)->variables()[v]] = t;
      }
      out.push_back(std::move(s));
    }
    EXPECT_OK((*result)->status());
    return out;
  }
  Status RunStatus(const std::string& query, const QueryOptions& options) {
    auto result = db_->Query("PREFIX ex: <http://ex/> " + query, options);
    if (!result.ok()) return result.status();
    while ((*result)->Next()) {
    }
    return (*result)->status();
  }

  static void TearDownTestSuite() {
    delete db_;
    delete dir_;
  }

  static testing::TempDir* dir_;
  static Database* db_;
};

testing::TempDir* GroupFastTest::dir_ = nullptr;
Database* GroupFastTest::db_ = nullptr;

std::int64_t IntegerOf(const Term& t) {
  EXPECT_EQ(t.datatype(), xsd::kInteger) << t.ToNTriples();
  return std::strtoll(t.value().c_str(), nullptr, 10);
}

TEST_F(GroupFastTest, EachAggregateMatchesAnIndependentFoldPerGroup) {
  struct Fold {
    std::int64_t count = 0, sum = 0, min = INT64_MAX, max = INT64_MIN;
    std::set<std::int64_t> values;
  };
  std::map<std::string, Fold> expected;
  for (int i = 0; i < kItems; ++i) {
    Fold& f = expected[Group(i)];
    ++f.count;
    f.sum += Value(i);
    f.min = std::min(f.min, Value(i));
    f.max = std::max(f.max, Value(i));
    f.values.insert(Value(i));
  }
  const std::vector<Solution> rows =
      Run("SELECT ?g (COUNT(?v) AS ?n) (SUM(?v) AS ?sum) (MIN(?v) AS ?min) (MAX(?v) AS ?max) "
          "(AVG(?v) AS ?avg) (SAMPLE(?v) AS ?sample) "
          "WHERE { ?i ex:group ?g ; ex:value ?v } GROUP BY ?g");
  ASSERT_EQ(rows.size(), expected.size());
  for (const Solution& row : rows) {
    SCOPED_TRACE(row.at("g").value());
    const Fold& f = expected.at(row.at("g").value());
    EXPECT_EQ(IntegerOf(row.at("n")), f.count);
    EXPECT_EQ(IntegerOf(row.at("sum")), f.sum);
    EXPECT_EQ(IntegerOf(row.at("min")), f.min);
    EXPECT_EQ(IntegerOf(row.at("max")), f.max);
    EXPECT_EQ(row.at("avg").datatype(), xsd::kDecimal);
    EXPECT_NEAR(std::strtod(row.at("avg").value().c_str(), nullptr),
                static_cast<double>(f.sum) / static_cast<double>(f.count), 1e-9);
    EXPECT_TRUE(f.values.count(IntegerOf(row.at("sample"))));
  }
}

TEST_F(GroupFastTest, TwoKeysFormEveryCombination) {
  std::map<std::pair<std::string, std::int64_t>, std::int64_t> expected;
  for (int i = 0; i < kItems; ++i) ++expected[{Group(i), i % 4}];
  const std::vector<Solution> rows =
      Run("SELECT ?g ?s (COUNT(*) AS ?n) WHERE { ?i ex:group ?g ; ex:sub ?s } GROUP BY ?g ?s");
  ASSERT_EQ(rows.size(), expected.size());
  ASSERT_EQ(rows.size(), 4u * kGroups);
  for (const Solution& row : rows) {
    EXPECT_EQ(IntegerOf(row.at("n")), expected.at({row.at("g").value(), IntegerOf(row.at("s"))}));
  }
}

TEST_F(GroupFastTest, DistinctAggregatesSeeEachValueOncePerGroup) {
  struct Fold {
    std::set<std::int64_t> values, squares;
    std::set<std::string> words;
    std::int64_t rows = 0;
  };
  std::map<std::string, Fold> expected;
  for (int i = 0; i < kItems; ++i) {
    Fold& f = expected[Group(i)];
    f.values.insert(Small(i));
    f.squares.insert(Small(i) * Small(i));
    f.words.insert(Word(i));
    ++f.rows;
  }
  const std::vector<Solution> rows =
      Run("SELECT ?g (COUNT(DISTINCT ?v) AS ?n) (SUM(DISTINCT ?v) AS ?sum) "
          "(COUNT(DISTINCT (?v * ?v)) AS ?squares) (AVG(DISTINCT ?v) AS ?avg) "
          "(GROUP_CONCAT(DISTINCT ?w; SEPARATOR=\"|\") AS ?words) (COUNT(DISTINCT *) AS ?rows) "
          "WHERE { ?i ex:group ?g ; ex:small ?v ; ex:word ?w } GROUP BY ?g");
  ASSERT_EQ(rows.size(), expected.size());
  for (const Solution& row : rows) {
    SCOPED_TRACE(row.at("g").value());
    const Fold& f = expected.at(row.at("g").value());
    std::int64_t sum = 0;
    for (std::int64_t v : f.values) sum += v;
    EXPECT_EQ(IntegerOf(row.at("n")), static_cast<std::int64_t>(f.values.size()));
    EXPECT_EQ(IntegerOf(row.at("sum")), sum);
    EXPECT_EQ(IntegerOf(row.at("squares")), static_cast<std::int64_t>(f.squares.size()));
    EXPECT_NEAR(std::strtod(row.at("avg").value().c_str(), nullptr),
                static_cast<double>(sum) / static_cast<double>(f.values.size()), 1e-9);
    std::set<std::string> words;
    const std::string& text = row.at("words").value();
    for (std::size_t start = 0, bar = 0; bar != std::string::npos; start = bar + 1) {
      bar = text.find('|', start);
      EXPECT_TRUE(words.insert(text.substr(start, bar - start)).second) << text;
    }
    EXPECT_EQ(words, f.words);
    // Every solution has its own ?i, so DISTINCT * drops nothing.
    EXPECT_EQ(IntegerOf(row.at("rows")), f.rows);
  }
}

TEST_F(GroupFastTest, UnboundKeyIsAGroupOfItsOwn) {
  std::map<std::string, std::int64_t> expected;  // "" = unbound
  for (int i = 0; i < kItems; ++i) {
    ++expected[i % 3 != 0 ? "http://ex/k" + std::to_string(i % 5) : ""];
  }
  const std::vector<Solution> rows =
      Run("SELECT ?k (COUNT(?i) AS ?n) WHERE { ?i ex:group ?g OPTIONAL { ?i ex:opt ?k } } "
          "GROUP BY ?k");
  ASSERT_EQ(rows.size(), expected.size());
  for (const Solution& row : rows) {
    const std::string key = row.count("k") ? row.at("k").value() : "";
    EXPECT_EQ(IntegerOf(row.at("n")), expected.at(key)) << key;
  }
  EXPECT_EQ(expected.at(""), kItems / 3);
}

TEST_F(GroupFastTest, ExpressionKeysGroupByValueAndErrorsGroupAsUnbound) {
  std::map<std::int64_t, std::int64_t> expected;
  for (int i = 0; i < kItems; ++i) ++expected[static_cast<std::int64_t>(Word(i).size())];
  const std::vector<Solution> rows =
      Run("SELECT ?len (COUNT(*) AS ?n) WHERE { ?i ex:word ?w } GROUP BY (STRLEN(?w) AS ?len)");
  ASSERT_EQ(rows.size(), expected.size());
  for (const Solution& row : rows) {
    EXPECT_EQ(IntegerOf(row.at("n")), expected.at(IntegerOf(row.at("len"))));
  }
  const std::vector<Solution> errors =
      Run("SELECT ?e (COUNT(*) AS ?n) WHERE { ?i ex:word ?w } GROUP BY (?w + 1 AS ?e)");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].count("e"), 0u);
  EXPECT_EQ(IntegerOf(errors[0].at("n")), kItems);
}

TEST_F(GroupFastTest, SumPromotesPastIntegerOverflowAndAcrossNumericTypes) {
  std::vector<Solution> rows = Run("SELECT (SUM(?v) AS ?s) WHERE { ?x ex:big ?v }");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].at("s"), Term::Typed("13835058055282163712.0", std::string(xsd::kDecimal)));
  rows = Run("SELECT (SUM(?v) AS ?s) (AVG(?v) AS ?a) WHERE { ?x ex:mixed ?v }");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].at("s"), Term::Typed("5.0E0", std::string(xsd::kDouble)));
  EXPECT_EQ(rows[0].at("a").datatype(), xsd::kDouble);
  EXPECT_NEAR(std::strtod(rows[0].at("a").value().c_str(), nullptr), 5.0 / 3.0, 1e-12);
}

TEST_F(GroupFastTest, ArgumentErrorsFailSumAndAvgAndAreSkippedByTheOthers) {
  const std::vector<Solution> rows =
      Run("SELECT (SUM(?v) AS ?s) (AVG(?v) AS ?a) (COUNT(?v) AS ?n) (MIN(?v) AS ?lo) "
          "(MAX(?v) AS ?hi) (GROUP_CONCAT(?v; SEPARATOR=\",\") AS ?all) (COUNT(?v + 1) AS ?sums) "
          "(SUM(?v + 1) AS ?s1) (SAMPLE(?v + 1) AS ?any) WHERE { ?x ex:bad ?v }");
  ASSERT_EQ(rows.size(), 1u);
  const Solution& row = rows[0];
  EXPECT_EQ(row.count("s"), 0u);
  EXPECT_EQ(row.count("a"), 0u);
  EXPECT_EQ(row.count("s1"), 0u);
  EXPECT_EQ(IntegerOf(row.at("n")), 3);
  EXPECT_EQ(IntegerOf(row.at("sums")), 1);  // only 1 + 1 is a number
  EXPECT_EQ(IntegerOf(row.at("any")), 2);
  EXPECT_EQ(row.at("lo"), Term::Iri("http://ex/iri"));  // IRIs sort before literals
  EXPECT_EQ(row.at("hi"), Term::Literal("one"));        // "1" < "one" by lexical form
  std::vector<std::string> parts;
  const std::string& all = row.at("all").value();
  for (std::size_t start = 0, comma = 0; comma != std::string::npos; start = comma + 1) {
    comma = all.find(',', start);
    parts.push_back(all.substr(start, comma - start));
  }
  std::sort(parts.begin(), parts.end());
  EXPECT_EQ(parts, (std::vector<std::string>{"1", "http://ex/iri", "one"}));
}

TEST_F(GroupFastTest, EmptyInputIsOneGroupOnlyWithoutGroupBy) {
  const std::vector<Solution> rows =
      Run("SELECT (COUNT(*) AS ?n) (SUM(?v) AS ?s) (AVG(?v) AS ?a) (MIN(?v) AS ?lo) "
          "(SAMPLE(?v) AS ?any) (GROUP_CONCAT(?v) AS ?all) WHERE { ?x ex:nothing ?v }");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].at("n"), Term::Integer(0));
  EXPECT_EQ(rows[0].at("s"), Term::Integer(0));
  EXPECT_EQ(rows[0].at("a"), Term::Integer(0));
  EXPECT_EQ(rows[0].count("lo"), 0u);
  EXPECT_EQ(rows[0].count("any"), 0u);
  EXPECT_EQ(rows[0].at("all"), Term::Literal(""));
  EXPECT_TRUE(Run("SELECT ?x (COUNT(*) AS ?n) WHERE { ?x ex:nothing ?v } GROUP BY ?x").empty());
}

TEST_F(GroupFastTest, HavingAndOrderByReadTheAggregates) {
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> folds;  // count, sum
  for (int i = 0; i < kItems; ++i) {
    ++folds[Group(i)].first;
    folds[Group(i)].second += Value(i);
  }
  std::vector<std::pair<std::int64_t, std::string>> expected;  // (-sum, group)
  for (const auto& [group, fold] : folds) {
    if (fold.first > 30) expected.push_back({-fold.second, group});
  }
  std::sort(expected.begin(), expected.end());
  const std::vector<Solution> rows =
      Run("SELECT ?g (SUM(?v) AS ?s) WHERE { ?i ex:group ?g ; ex:value ?v } GROUP BY ?g "
          "HAVING (COUNT(?v) > 30) ORDER BY DESC(SUM(?v)) ?g");
  ASSERT_EQ(rows.size(), expected.size());
  ASSERT_GT(rows.size(), 0u);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    EXPECT_EQ(rows[r].at("g").value(), expected[r].second);
    EXPECT_EQ(IntegerOf(rows[r].at("s")), -expected[r].first);
  }
}

TEST_F(GroupFastTest, MemoryBudgetChargesGroupsAndSeenValuesNotRows) {
  QueryOptions small;
  small.max_memory_bytes = 20000;
  // 3000 input rows in 4 groups: the rows are folded, not kept, so this fits.
  const std::vector<Solution> few =
      Run("SELECT ?s (COUNT(*) AS ?n) WHERE { ?i ex:sub ?s } GROUP BY ?s", small);
  EXPECT_EQ(few.size(), 4u);
  const char* kHuge[] = {
      "SELECT ?i (COUNT(*) AS ?n) WHERE { ?i ex:value ?v } GROUP BY ?i",  // 3000 groups
      "SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE { ?i ex:value ?v }",       // 3000 seen ids
      "SELECT (COUNT(DISTINCT STR(?i)) AS ?n) WHERE { ?i ex:value ?v }",  // 3000 seen texts
      "SELECT (GROUP_CONCAT(?w) AS ?all) WHERE { ?i ex:word ?w }",        // one long string
  };
  for (const char* query : kHuge) {
    SCOPED_TRACE(query);
    EXPECT_OK(RunStatus(query, QueryOptions()));
    EXPECT_STATUS(RunStatus(query, small), StatusCode::kResourceExhausted,
                  HasSubstr("memory budget of 20000 bytes"));
  }
}

// Keys are numbered in first-seen order, found again after any number of rehashes, and the
// memory the table reports changes only when a key is inserted (so charging it then is
// complete).
TEST(IdTupleTableTest, NumbersKeysInInsertionOrderAndGrowsOnlyOnInsert) {
  query::exec::IdTupleTable table(2);
  constexpr std::uint64_t kKeys = 5000;
  // Ids that differ only in high bits, as store ids of one tag do.
  auto key_of = [](std::uint64_t k) {
    return std::array<std::uint64_t, 2>{k << 40, (k % 7) << 56};
  };
  for (std::uint64_t k = 0; k < kKeys; ++k) {
    bool inserted = false;
    ASSERT_EQ(table.FindOrInsert(key_of(k).data(), &inserted), k);
    ASSERT_TRUE(inserted);
    // Finding keys again, right at each growth threshold too, changes nothing.
    const std::size_t bytes = table.bytes();
    for (std::uint64_t again : {k, k / 2, std::uint64_t{0}}) {
      ASSERT_EQ(table.FindOrInsert(key_of(again).data(), &inserted), again);
      ASSERT_FALSE(inserted);
      ASSERT_EQ(table.bytes(), bytes);
    }
    ASSERT_EQ(table.Key(k)[0], key_of(k)[0]);
    ASSERT_EQ(table.Key(k)[1], key_of(k)[1]);
  }
  EXPECT_EQ(table.size(), kKeys);
  EXPECT_GE(table.bytes(), kKeys * (2 * sizeof(std::uint64_t) + 2 * sizeof(std::uint32_t)));
  query::exec::IdTupleTable empty_key(0);  // no GROUP BY: every row has the one empty key
  bool inserted = false;
  EXPECT_EQ(empty_key.FindOrInsert(nullptr, &inserted), 0u);
  EXPECT_TRUE(inserted);
  EXPECT_EQ(empty_key.FindOrInsert(nullptr, &inserted), 0u);
  EXPECT_FALSE(inserted);
}

}  // namespace
}  // namespace marsad
