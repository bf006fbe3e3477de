#include "query/exec/row_eval.h"

namespace marsad::query::exec {
namespace {

using store::IdTag;

// store/term_id.h: an inline xsd:integer's payload is its value + 2^55 (on-disk format).
constexpr std::int64_t kInlineIntegerBias = std::int64_t{1} << 55;

template <typename T>
int Sign(T a, T b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

bool IsLeapYear(unsigned year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

// Inline dates are packed year << 9 | month << 5 | day. The store also inlines impossible
// dates such as 02-31, which expr::ValueCompare places by day count (equal to 03-03), so
// only real calendar dates may be compared by payload.
bool IsCalendarDate(TermId payload) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const auto year = static_cast<unsigned>(payload >> 9);
  const auto month = static_cast<unsigned>(payload >> 5) & 0xF;
  const auto day = static_cast<unsigned>(payload) & 0x1F;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= kDays[month - 1] + (month == 2 && IsLeapYear(year) ? 1 : 0);
}

}  // namespace

expr::Value RowEval::Variable(int slot) {
  if (slot < 0 || (*row_)[slot] == kNoTerm) return expr::kError;
  const Term* t = ctx_->Decode((*row_)[slot]);
  if (t == nullptr) return expr::kError;
  return *t;
}

expr::Value RowEval::Exists(int index) {
  Operator* plan = ctx_->exists_plans[index];
  plan->Open(*row_);
  Row scratch;
  return Term::Boolean(plan->Next(scratch));
}

expr::Value EvalOnRow(ExecContext* ctx, const expr::Expr& e, const Row& row) {
  RowEval eval(ctx, &row);
  return expr::Evaluate(e, eval);
}

bool FilterOnRow(ExecContext* ctx, const expr::Expr& e, const Row& row) {
  RowEval eval(ctx, &row);
  return expr::EvaluateFilter(e, eval);
}

bool RowValue::Read(const Row& row) {
  if (expr_ == nullptr) return true;
  if (variable_) {
    id_ = expr_->slot >= 0 ? row[expr_->slot] : kNoTerm;
    return id_ != kNoTerm;
  }
  value_ = EvalOnRow(ctx_, *expr_, row);
  return value_.has_value();
}

std::optional<std::int64_t> InlineIntegerValue(TermId id) {
  if (store::TagOf(id) != IdTag::kInlineInteger) return std::nullopt;
  return static_cast<std::int64_t>(store::PayloadOf(id)) - kInlineIntegerBias;
}

TermId IntegerId(ExecContext* ctx, std::int64_t value) {
  if (value >= -kInlineIntegerBias && value < kInlineIntegerBias) {
    return store::MakeId(IdTag::kInlineInteger, static_cast<TermId>(value + kInlineIntegerBias));
  }
  return ctx->Intern(Term::Integer(value));
}

std::optional<int> CompareInlineIds(TermId a, TermId b) {
  const IdTag tag = store::TagOf(a);
  if (tag != store::TagOf(b)) return std::nullopt;
  const TermId pa = store::PayloadOf(a), pb = store::PayloadOf(b);
  switch (tag) {
    case IdTag::kInlineInteger:  // biased, so unsigned order is value order
    case IdTag::kInlineString:   // bytes left-aligned, zero-padded, no NUL: code point order
      return Sign(pa, pb);
    case IdTag::kInlineBoolean:
      if (pa > 1 || pb > 1) return std::nullopt;
      return Sign(pa, pb);
    case IdTag::kInlineDate:
      if (!IsCalendarDate(pa) || !IsCalendarDate(pb)) return std::nullopt;
      return Sign(pa, pb);
    default:
      return std::nullopt;
  }
}

}  // namespace marsad::query::exec
