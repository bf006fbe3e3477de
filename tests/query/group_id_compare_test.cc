// The id-level shortcuts of FILTER / HAVING and MIN / MAX (exec/row_eval.h, exec/filter_op.h)
// must give exactly what evaluating the decoded terms gives.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "query/exec/context.h"
#include "query/exec/filter_op.h"
#include "query/exec/row_eval.h"
#include "query/expr/value.h"
#include "store/store.h"
#include "support/test_util.h"

namespace marsad::query::exec {
namespace {

Term Date(const char* text) { return Term::Typed(text, std::string(xsd::kDate)); }

// Terms of every kind: inline integers, booleans, short strings and dates (leap days,
// an impossible day, a one-digit-off day), and terms that are not inline.
std::vector<Term> SampleTerms() {
  return {Term::Integer(0),
          Term::Integer(-1),
          Term::Integer(7),
          Term::Integer(-36028797018963968),  // -2^55, the smallest inline integer
          Term::Integer(36028797018963967),
          Term::Integer(36028797018963968),  // 2^55: a dictionary literal
          Term::Boolean(true),
          Term::Boolean(false),
          Term::Literal(""),
          Term::Literal("a"),
          Term::Literal("ab"),
          Term::Literal("abcdefg"),
          Term::Literal("abcdefgh"),                  // 8 bytes: not inline
          Term::Literal("\xd9\x85\xd8\xb5\xd8\xb1"),  // Arabic, 6 bytes
          Term::Literal("\x7f"),
          Date("2024-02-29"),
          Date("2023-02-28"),
          Date("2023-03-01"),
          Date("2021-02-31"),  // not a calendar day: ValueCompare counts it as 03-03
          Date("2021-03-03"),
          Date("0001-01-01"),
          Date("9999-12-31"),
          Term::Typed("7.0", std::string(xsd::kDecimal)),
          Term::Typed("07", std::string(xsd::kInteger)),  // non-canonical: not inline
          Term::LangLiteral("a", "ar"),
          Term::Iri("http://ex/a"),
          Term::Iri("http://ex/b"),
          Term::Blank("b1"),
          Term::Iri("http://ex/not-in-store")};
}

TEST(CompareInlineIdsTest, AgreesWithValueCompareAndOrderCompareOnEveryPair) {
  int decided = 0;
  for (const Term& a : SampleTerms()) {
    for (const Term& b : SampleTerms()) {
      const std::optional<TermId> ia = store::InlineIdOf(a), ib = store::InlineIdOf(b);
      if (!ia || !ib) continue;
      const std::optional<int> c = CompareInlineIds(*ia, *ib);
      if (!c) continue;
      ++decided;
      SCOPED_TRACE(a.ToNTriples() + " vs " + b.ToNTriples());
      EXPECT_EQ(c, expr::ValueCompare(a, b));
      EXPECT_EQ(*c, expr::OrderCompare(&a, &b));
    }
  }
  // Same-type pairs of the inline samples: 5 integers, 2 booleans, 6 strings, 6 real dates.
  EXPECT_EQ(decided, 5 * 5 + 2 * 2 + 6 * 6 + 6 * 6);
}

TEST(CompareInlineIdsTest, LeavesMixedTypesAndImpossibleDatesToTheTerms) {
  auto id = [](const Term& t) { return *store::InlineIdOf(t); };
  EXPECT_EQ(CompareInlineIds(id(Term::Integer(1)), id(Term::Boolean(true))), std::nullopt);
  EXPECT_EQ(CompareInlineIds(id(Term::Literal("1")), id(Term::Integer(1))), std::nullopt);
  // 02-31 is inline but not a day: by day count it equals 03-03, by payload it would not.
  EXPECT_EQ(CompareInlineIds(id(Date("2021-02-31")), id(Date("2021-03-03"))), std::nullopt);
  EXPECT_EQ(expr::ValueCompare(Date("2021-02-31"), Date("2021-03-03")), 0);
  EXPECT_EQ(CompareInlineIds(id(Date("2024-02-29")), id(Date("2024-03-01"))), -1);
  EXPECT_EQ(InlineIntegerValue(id(Term::Integer(-42))), -42);
  EXPECT_EQ(InlineIntegerValue(id(Term::Boolean(false))), std::nullopt);
}

class RowFilterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = store::Store::Open(dir_.Sub("db"), Options());
    ASSERT_OK(store);
    store_ = std::move(*store);
    // Everything but the last sample term is in the store, so it gets store ids.
    std::vector<Quad> quads;
    const std::vector<Term> terms = SampleTerms();
    for (std::size_t i = 0; i + 1 < terms.size(); ++i) {
      quads.push_back({Term::Iri("http://ex/s"), Term::Iri("http://ex/p"), terms[i], {}});
    }
    auto writer = store_->NewBatchWriter();
    ASSERT_OK(writer);
    ASSERT_OK((*writer)->InsertQuads(quads));
    ASSERT_OK((*writer)->Commit());
  }

  testing::TempDir dir_;
  std::unique_ptr<store::Store> store_;
};

// Every comparison, variable against variable and against each constant, and && / || over
// them with unbound operands, on every pair of sample terms (and kNoTerm).
TEST_F(RowFilterTest, AgreesWithFilterOnRowForEveryComparisonAndRow) {
  ExecContext ctx(store_.get(), store_->GetSnapshot());
  const std::vector<Term> terms = SampleTerms();
  std::vector<TermId> ids = {kNoTerm};
  for (const Term& t : terms) ids.push_back(ctx.Intern(t));
  ASSERT_OK(ctx.status());
  std::vector<expr::Expr> conditions;
  for (const char* op : {"=", "!=", "<", "<=", ">", ">="}) {
    const expr::Builtin* fn = expr::FindBuiltin(op);
    conditions.push_back(expr::Expr::Call(fn, {expr::Expr::Variable(0), expr::Expr::Variable(1)}));
    for (const Term& t : terms) {
      conditions.push_back(
          expr::Expr::Call(fn, {expr::Expr::Variable(0), expr::Expr::Constant(t)}));
    }
  }
  const std::size_t comparisons = conditions.size();
  for (std::size_t c = 0; c + 1 < comparisons; c += 7) {
    for (expr::ExprKind kind : {expr::ExprKind::kAnd, expr::ExprKind::kOr}) {
      expr::Expr e;
      e.kind = kind;
      e.args = {conditions[c], conditions[c + 1]};
      conditions.push_back(std::move(e));
    }
  }
  int checked = 0;
  for (const expr::Expr& condition : conditions) {
    RowFilter filter(condition);
    for (TermId a : ids) {
      for (TermId b : ids) {
        const Row row = {a, b};
        ASSERT_EQ(filter.Test(&ctx, row), FilterOnRow(&ctx, condition, row))
            << condition.ToString() << " on ids " << a << ", " << b;
        ++checked;
      }
    }
  }
  ASSERT_OK(ctx.status());
  EXPECT_GT(checked, 100000);
}

TEST_F(RowFilterTest, IntegerIdIsTheInternedIdOfTheInteger) {
  ExecContext ctx(store_.get(), store_->GetSnapshot());
  for (std::int64_t v : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{36028797018963967},
                         std::int64_t{-36028797018963968}, std::int64_t{36028797018963968},
                         INT64_MIN, INT64_MAX}) {
    EXPECT_EQ(IntegerId(&ctx, v), ctx.Intern(Term::Integer(v))) << v;
  }
  ASSERT_OK(ctx.status());
}

}  // namespace
}  // namespace marsad::query::exec
