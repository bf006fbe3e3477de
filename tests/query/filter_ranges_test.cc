// Filter ranges: which ids a comparison with a constant can pass, and that scans skipping the
// rest return exactly the rows the filter alone would keep, whatever kinds of terms the
// variable holds.
#include "query/plan/filter_ranges.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "marsad/database.h"
#include "store/term_id.h"
#include "support/test_util.h"

namespace marsad::query::plan {
namespace {

using exec::IdRange;
using store::TermId;
using expr::Expr;

const Term kJuly = Term::Typed("2021-07-01", std::string(xsd::kDate));
const Term kAugust = Term::Typed("2021-08-01", std::string(xsd::kDate));

Expr Compare(const char* op, Expr a, Expr b) {
  return Expr::Call(expr::FindBuiltin(op), {std::move(a), std::move(b)});
}

TermId Id(const Term& t) { return *store::InlineIdOf(t); }

const IdRange kLiterals{store::MakeId(store::IdTag::kLiteral, 0),
                        store::MakeId(store::IdTag::kLiteral, store::kPayloadMask)};

TEST(FilterRangesTest, AConjunctionOfBoundsIntersectsToOneInlineRangePlusTheLiterals) {
  Expr both;
  both.kind = expr::ExprKind::kAnd;
  both.args = {Compare(">=", Expr::Variable(3), Expr::Constant(kJuly)),
               Compare("<", Expr::Variable(3), Expr::Constant(kAugust))};
  auto ranges = FilterRanges({&both});
  ASSERT_EQ(ranges.count(3), 1u);
  EXPECT_THAT(ranges[3], ::testing::ElementsAre(kLiterals, IdRange{Id(kJuly), Id(kAugust) - 1}));
}

TEST(FilterRangesTest, AConstantOnTheLeftMirrorsTheOperator) {
  Expr e = Compare("<", Expr::Constant(Term::Integer(10)), Expr::Variable(0));  // 10 < ?v
  auto ranges = FilterRanges({&e});
  const TermId last = store::MakeId(store::IdTag::kInlineInteger, store::kPayloadMask);
  EXPECT_THAT(ranges[0], ::testing::ElementsAre(kLiterals,
                                                IdRange{Id(Term::Integer(11)), last}));
}

TEST(FilterRangesTest, ConstantsWithoutAnOrderedInlineIdAndOtherOperatorsGiveNoRange) {
  Expr decimal =
      Compare(">", Expr::Variable(0), Expr::Constant(Term::Typed("1.5", std::string(xsd::kDecimal))));
  Expr text = Compare("<", Expr::Variable(1), Expr::Constant(Term::Literal("m")));
  Expr unequal = Compare("!=", Expr::Variable(2), Expr::Constant(Term::Integer(3)));
  Expr either;
  either.kind = expr::ExprKind::kOr;
  either.args = {Compare("=", Expr::Variable(4), Expr::Constant(Term::Integer(1))),
                 Compare("=", Expr::Variable(4), Expr::Constant(Term::Integer(2)))};
  EXPECT_TRUE(FilterRanges({&decimal, &text, &unequal, &either}).empty());
}

TEST(FilterRangesTest, ContradictoryBoundsLeaveOnlyTheLiterals) {
  Expr low = Compare(">", Expr::Variable(0), Expr::Constant(Term::Integer(5)));
  Expr high = Compare("<", Expr::Variable(0), Expr::Constant(Term::Integer(3)));
  EXPECT_THAT(FilterRanges({&low, &high})[0], ::testing::ElementsAre(kLiterals));
}

// End to end: ?v holds inline dates in and out of the range, dates with a timezone and
// dateTimes (dictionary literals), integers, strings, IRIs; the answer is what the filter
// says for each, and the plan shows the scan skipping.
TEST(FilterRangesTest, RangedScansReturnExactlyTheFilteredRows) {
  testing::TempDir dir;
  auto db = Database::Open(dir.Sub("db"));
  ASSERT_OK(db);
  const Term p = Term::Iri("http://ex/p");
  auto date = [](const char* v) { return Term::Typed(v, std::string(xsd::kDate)); };
  const std::vector<std::pair<std::string, Term>> values = {
      {"a", date("2021-06-30")}, {"b", date("2021-07-01")}, {"c", date("2021-07-31")},
      {"d", date("2021-08-01")}, {"e", date("2021-07-15Z")}, {"f", date("2020-07-15")},
      {"g", Term::Integer(20210715)}, {"h", Term::Literal("2021-07-15")},
      {"i", Term::Iri("http://ex/2021-07-15")}, {"j", Term::Boolean(true)},
      {"k", Term::Typed("2021-07-15T10:00:00", std::string(xsd::kDateTime))}};
  std::vector<Quad> quads;
  for (const auto& [name, value] : values) {
    quads.push_back({Term::Iri("http://ex/" + name), p, value, {}});
  }
  ASSERT_OK((*db)->Insert(quads));
  const std::string filter =
      "FILTER(?v >= \"2021-07-01\"^^xsd:date && ?v < \"2021-08-01\"^^xsd:date)";
  const std::string where = "WHERE { ?s <http://ex/p> ?v " + filter + " }";
  auto result = (*db)->Query("SELECT ?s " + where + " ORDER BY ?s");
  ASSERT_OK(result);
  std::vector<std::string> rows;
  while ((*result)->Next()) rows.push_back((*result)->row()[0].value());
  ASSERT_OK((*result)->status());
  // The oracle: the filter alone on each value, bound by VALUES (no scan to skip anything).
  std::vector<std::string> expected;
  for (const auto& [name, value] : values) {
    auto ask = (*db)->Query("ASK { VALUES ?v { " + value.ToNTriples() + " } " + filter + " }");
    ASSERT_OK(ask);
    (*ask)->Next();  // runs the query
    ASSERT_OK((*ask)->status());
    if ((*ask)->boolean()) expected.push_back("http://ex/" + name);
  }
  EXPECT_THAT(expected, ::testing::IsSupersetOf({"http://ex/b", "http://ex/c"}));
  EXPECT_EQ(rows, expected);
  auto plan = (*db)->Query("EXPLAIN ANALYZE SELECT ?s " + where);
  ASSERT_OK(plan);
  std::string text;
  while ((*plan)->Next()) text += (*plan)->row()[0].value() + "\n";
  EXPECT_THAT(text, ::testing::HasSubstr("[ranges on"));
  // Of the 11 values the scan yields the two in-range plain dates and the three dictionary
  // literals (the dates with a timezone, the dateTime, the long string); it skips the rest.
  EXPECT_THAT(text, ::testing::ContainsRegex("ranges on [^\n]*\\[rows 5,")) << text;
}

}  // namespace
}  // namespace marsad::query::plan
