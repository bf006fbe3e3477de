#include "query/exec/accumulators.h"

#include <algorithm>
#include <unordered_set>

#include "query/exec/row_eval.h"

namespace marsad::query::exec {

void FailGroupTableFull(ExecContext* ctx) {
  ctx->Fail(Status(
      StatusCode::kResourceExhausted,
      "GROUP BY: more than " + std::to_string(IdTupleTable::kMaxTuples) + " groups or values"));
}

namespace {

// Appends `value`; returns the bytes the vector grew by.
template <typename T>
std::size_t Append(std::vector<T>& v, T value) {
  const std::size_t before = v.capacity();
  v.push_back(std::move(value));
  return (v.capacity() - before) * sizeof(T);
}

std::size_t TermBytes(const Term& t) {
  return t.value().capacity() + t.datatype().capacity() + t.language().capacity();
}

}  // namespace

// The per-group seen-set of a DISTINCT aggregate: (group, id) tuples for a variable argument,
// (group, row) for COUNT(DISTINCT *), and group + N-Triples text for other expressions.
class DistinctFilter {
 public:
  DistinctFilter(ExecContext* ctx, const RowValue& arg, std::size_t row_width)
      : ctx_(ctx),
        ids_(arg.is_variable() ? 2 : (arg.is_star() ? 1 + row_width : 0)),
        key_(ids_.width()) {}

  // True the first time group g sees the argument just read; adds the bytes the set grew by
  // to *bytes. False also on an error (the context's status says which).
  bool FirstTime(std::size_t g, RowValue& arg, const Row& row, std::size_t* bytes) {
    if (ids_.width() == 0) {
      const Term* term = arg.term();
      if (term == nullptr) return false;
      std::string key(reinterpret_cast<const char*>(&g), sizeof g);
      key += term->ToNTriples();
      const std::size_t size = key.size();
      if (!values_.insert(std::move(key)).second) return false;
      *bytes += size + kNodeBytes;
      return true;
    }
    key_[0] = g;
    if (arg.is_variable()) {
      key_[1] = arg.id();
    } else {
      std::copy_n(row.begin(), std::min(row.size(), key_.size() - 1), key_.begin() + 1);
    }
    const std::size_t before = ids_.bytes();
    bool inserted = false;
    if (ids_.FindOrInsert(key_.data(), &inserted) == IdTupleTable::kFull) {
      FailGroupTableFull(ctx_);
      return false;
    }
    *bytes += ids_.bytes() - before;
    return inserted;
  }

 private:
  // A hash-set node and its bucket, beside the key's characters.
  static constexpr std::size_t kNodeBytes = sizeof(std::string) + 4 * sizeof(void*);
  ExecContext* ctx_;
  IdTupleTable ids_;
  std::vector<TermId> key_;
  std::unordered_set<std::string> values_;
};

Accumulator::Accumulator(ExecContext* ctx, const AggregateSpec& spec, std::size_t row_width)
    : ctx_(ctx), spec_(spec), arg_(ctx, spec.star ? nullptr : &*spec.arg) {
  if (spec.distinct) distinct_ = std::make_unique<DistinctFilter>(ctx, arg_, row_width);
}

Accumulator::~Accumulator() = default;

std::size_t Accumulator::Add(std::size_t g, const Row& row) {
  if (!arg_.Read(row)) {
    OnError(g);
    return 0;
  }
  std::size_t bytes = 0;
  if (distinct_ && !distinct_->FirstTime(g, arg_, row, &bytes)) return bytes;
  return bytes + OnValue(g, arg_);
}

namespace {

class CountAccumulator : public Accumulator {
 public:
  using Accumulator::Accumulator;
  std::size_t AddGroup() override { return Append(counts_, std::int64_t{0}); }
  TermId Result(std::size_t g) override { return IntegerId(ctx_, counts_[g]); }

 private:
  std::size_t OnValue(std::size_t g, RowValue&) override {
    ++counts_[g];
    return 0;
  }
  std::vector<std::int64_t> counts_;
};

// SUM and AVG: an xsd:integer running sum while every value is an integer and it does not
// overflow (inline integer ids are read without decoding); past that, the sum is a term
// folded with the `+` operator, so promotion and rounding are exactly the operator's.
class SumAccumulator : public Accumulator {
 public:
  using Accumulator::Accumulator;
  std::size_t AddGroup() override { return Append(states_, State()); }
  TermId Result(std::size_t g) override;

 private:
  struct State {
    std::int64_t integer = 0;
    std::unique_ptr<Term> real;  // set once the sum is no longer an integer
    std::int64_t count = 0;
    bool error = false;
  };
  void OnError(std::size_t g) override { states_[g].error = true; }
  std::size_t OnValue(std::size_t g, RowValue& arg) override;

  std::vector<State> states_;
};

std::size_t SumAccumulator::OnValue(std::size_t g, RowValue& arg) {
  State& s = states_[g];
  if (s.error) return 0;
  ++s.count;
  const Term* term = nullptr;
  if (!s.real) {
    std::optional<std::int64_t> value = InlineIntegerValue(arg.id());
    if (!value) {
      if ((term = arg.term()) == nullptr) return s.error = true, 0;
      const std::optional<expr::Numeric> n = expr::ToNumeric(*term);
      if (n && n->kind == expr::Numeric::Kind::kInteger) value = n->integer;
    }
    std::int64_t sum = 0;
    if (value && !__builtin_add_overflow(s.integer, *value, &sum)) {
      s.integer = sum;
      return 0;
    }
  }
  if (term == nullptr && (term = arg.term()) == nullptr) return s.error = true, 0;
  static const expr::Builtin* plus = expr::FindBuiltin("+");
  const expr::Value args[] = {s.real ? *s.real : Term::Integer(s.integer), *term};
  expr::Value sum = plus->fn(std::span<const expr::Value>(args, 2), ctx_->env());
  if (!sum) return s.error = true, 0;
  const std::size_t before = s.real ? TermBytes(*s.real) : 0;
  if (!s.real) s.real = std::make_unique<Term>();
  *s.real = std::move(*sum);
  return before == 0 ? sizeof(Term) + TermBytes(*s.real)
                     : std::max(TermBytes(*s.real), before) - before;
}

TermId SumAccumulator::Result(std::size_t g) {
  const State& s = states_[g];
  if (s.error) return kNoTerm;
  if (!s.real && (spec_.kind == AggregateKind::kSum || s.count == 0)) {
    return IntegerId(ctx_, s.integer);
  }
  const Term sum = s.real ? *s.real : Term::Integer(s.integer);
  if (spec_.kind == AggregateKind::kSum) return ctx_->Intern(sum);
  static const expr::Builtin* divide = expr::FindBuiltin("/");
  const expr::Value args[] = {sum, Term::Integer(s.count)};
  const expr::Value average = divide->fn(std::span<const expr::Value>(args, 2), ctx_->env());
  return average ? ctx_->Intern(*average) : kNoTerm;
}

// MIN and MAX in ORDER BY's order; the first of equal values wins. Inline literal ids of one
// type compare without decoding; a term is decoded only when it becomes the best so far.
class MinMaxAccumulator : public Accumulator {
 public:
  using Accumulator::Accumulator;
  std::size_t AddGroup() override { return Append(states_, State()); }
  TermId Result(std::size_t g) override {
    const State& s = states_[g];
    if (!s.has) return kNoTerm;  // no value: an error
    return s.id != kNoTerm ? s.id : ctx_->Intern(s.term);
  }

 private:
  struct State {
    bool has = false;
    TermId id = kNoTerm;  // the best value's id when the argument is a variable
    Term term;
  };
  bool Better(int c) const { return spec_.kind == AggregateKind::kMin ? c < 0 : c > 0; }
  std::size_t OnValue(std::size_t g, RowValue& arg) override {
    State& s = states_[g];
    std::optional<int> c;
    if (s.has && s.id != kNoTerm && arg.id() != kNoTerm) {
      if (arg.id() == s.id) return 0;
      c = CompareInlineIds(arg.id(), s.id);
      if (c && !Better(*c)) return 0;
    }
    const Term* term = arg.term();
    if (term == nullptr) return 0;
    if (s.has && !c && !Better(expr::OrderCompare(term, &s.term))) return 0;
    const std::size_t before = TermBytes(s.term);
    s.term = *term;
    s.id = arg.id();
    s.has = true;
    return std::max(TermBytes(s.term), before) - before;
  }

  std::vector<State> states_;
};

// SAMPLE: the first value of the group, kept as its id.
class SampleAccumulator : public Accumulator {
 public:
  using Accumulator::Accumulator;
  std::size_t AddGroup() override { return Append(first_, kNoTerm); }
  TermId Result(std::size_t g) override { return first_[g]; }

 private:
  std::size_t OnValue(std::size_t g, RowValue& arg) override {
    if (first_[g] != kNoTerm) return 0;
    if (arg.id() != kNoTerm) {
      first_[g] = arg.id();
    } else if (const Term* term = arg.term()) {
      first_[g] = ctx_->Intern(*term);
    }
    return 0;
  }
  std::vector<TermId> first_;
};

// GROUP_CONCAT: the lexical forms joined by the separator, as a simple literal.
class GroupConcatAccumulator : public Accumulator {
 public:
  using Accumulator::Accumulator;
  std::size_t AddGroup() override { return Append(states_, State()); }
  TermId Result(std::size_t g) override { return ctx_->Intern(Term::Literal(states_[g].text)); }

 private:
  struct State {
    std::string text;
    bool any = false;
  };
  std::size_t OnValue(std::size_t g, RowValue& arg) override {
    const Term* term = arg.term();
    if (term == nullptr) return 0;
    State& s = states_[g];
    const std::size_t before = s.text.capacity();
    if (s.any) s.text += spec_.separator;
    s.text += term->value();
    s.any = true;
    return s.text.capacity() - before;
  }
  std::vector<State> states_;
};

}  // namespace

std::unique_ptr<Accumulator> MakeAccumulator(ExecContext* ctx, const AggregateSpec& spec,
                                             std::size_t row_width) {
  switch (spec.kind) {
    case AggregateKind::kCount:
      return std::make_unique<CountAccumulator>(ctx, spec, row_width);
    case AggregateKind::kSum:
    case AggregateKind::kAvg:
      return std::make_unique<SumAccumulator>(ctx, spec, row_width);
    case AggregateKind::kMin:
    case AggregateKind::kMax:
      return std::make_unique<MinMaxAccumulator>(ctx, spec, row_width);
    case AggregateKind::kSample:
      return std::make_unique<SampleAccumulator>(ctx, spec, row_width);
    case AggregateKind::kGroupConcat:
      return std::make_unique<GroupConcatAccumulator>(ctx, spec, row_width);
  }
  return nullptr;
}

}  // namespace marsad::query::exec
