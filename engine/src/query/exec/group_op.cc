#include "query/exec/group_op.h"

#include <algorithm>
#include <unordered_set>

#include "query/exec/row_eval.h"

namespace marsad::query::exec {
namespace {

constexpr const char* kAggregateNames[] = {"COUNT", "SUM",    "MIN",         "MAX",
                                           "AVG",   "SAMPLE", "GROUP_CONCAT"};
// Appends `value`; returns the bytes the vector grew by.
template <typename T>
std::size_t Append(std::vector<T>& v, T value) {
  const std::size_t before = v.capacity();
  v.push_back(std::move(value));
  return (v.capacity() - before) * sizeof(T);
}

void FailFull(ExecContext* ctx) {
  ctx->Fail(Status(
      StatusCode::kResourceExhausted,
      "GROUP BY: more than " + std::to_string(IdTupleTable::kMaxTuples) + " groups or values"));
}

std::size_t TermBytes(const Term& t) {
  return t.value().capacity() + t.datatype().capacity() + t.language().capacity();
}

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
      FailFull(ctx_);
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

}  // namespace

// One aggregate's state for every group, updated as rows arrive. Errors in the argument are
// skipped, except by SUM and AVG, which they make an error; DISTINCT drops repeats first.
class Accumulator {
 public:
  Accumulator(ExecContext* ctx, const AggregateSpec& spec, std::size_t row_width)
      : ctx_(ctx), spec_(spec), arg_(ctx, spec.star ? nullptr : &*spec.arg) {
    if (spec.distinct) distinct_.emplace(ctx, arg_, row_width);
  }
  virtual ~Accumulator() = default;
  // Makes room for one more group; returns the bytes newly held.
  virtual std::size_t AddGroup() = 0;
  // Folds the argument of `row` into group g; returns the bytes newly held.
  std::size_t Add(std::size_t g, const Row& row) {
    if (!arg_.Read(row)) {
      OnError(g);
      return 0;
    }
    std::size_t bytes = 0;
    if (distinct_ && !distinct_->FirstTime(g, arg_, row, &bytes)) return bytes;
    return bytes + OnValue(g, arg_);
  }
  // Group g's value as an id; kNoTerm when the aggregate is an error (the slot stays unbound).
  virtual TermId Result(std::size_t g) = 0;

 protected:
  virtual void OnError(std::size_t) {}
  virtual std::size_t OnValue(std::size_t g, RowValue& arg) = 0;

  ExecContext* ctx_;
  const AggregateSpec& spec_;

 private:
  RowValue arg_;
  std::optional<DistinctFilter> distinct_;
};

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

}  // namespace

// ---- GroupOp ----

GroupOp::GroupOp(ExecContext* ctx, OperatorPtr child, std::vector<GroupKey> keys,
                 std::vector<AggregateSpec> aggregates, int slot_count)
    : Operator(ctx),
      child_(std::move(child)),
      keys_(std::move(keys)),
      aggregates_(std::move(aggregates)),
      slot_count_(slot_count),
      groups_(keys_.size()),
      key_(keys_.size()),
      memory_(ctx) {}

GroupOp::~GroupOp() = default;

std::string GroupOp::Label() const {
  std::string label = "Group by " + std::to_string(keys_.size()) + " keys:";
  for (const AggregateSpec& a : aggregates_) {
    label += std::string(" ") + kAggregateNames[static_cast<int>(a.kind)];
  }
  return label;
}

void GroupOp::DoOpen(const Row& parent) {
  memory_.Reset();
  groups_.Clear();
  accumulators_.clear();
  for (const AggregateSpec& spec : aggregates_) {
    accumulators_.push_back(MakeAccumulator(ctx_, spec, static_cast<std::size_t>(slot_count_)));
  }
  next_ = 0;
  ready_ = false;
  child_->Open(parent);
  Row row;
  while (child_->Next(row)) {
    if (ctx_->Interrupted() || !Consume(row)) return;
  }
  if (!ctx_->ok()) return;
  if (groups_.size() == 0 && keys_.empty()) {
    bool inserted = false;
    groups_.FindOrInsert(key_.data(), &inserted);
    if (!AddGroup()) return;
  }
  ready_ = true;
}

bool GroupOp::Consume(const Row& row) {
  for (std::size_t k = 0; k < keys_.size(); ++k) {
    const expr::Expr& e = keys_[k].expr;
    if (e.kind == expr::ExprKind::kVariable) {
      key_[k] = e.slot >= 0 ? row[e.slot] : kNoTerm;
    } else {
      const expr::Value v = EvalOnRow(ctx_, e, row);
      key_[k] = v ? ctx_->Intern(*v) : kNoTerm;  // an error groups as unbound
    }
  }
  const std::size_t before = groups_.bytes();
  bool inserted = false;
  const std::size_t g = groups_.FindOrInsert(key_.data(), &inserted);
  if (g == IdTupleTable::kFull) {
    FailFull(ctx_);
    return false;
  }
  if (inserted && (!memory_.Add(groups_.bytes() - before) || !AddGroup())) return false;
  std::size_t grown = 0;
  for (const std::unique_ptr<Accumulator>& acc : accumulators_) grown += acc->Add(g, row);
  return grown == 0 || memory_.Add(grown);
}

bool GroupOp::AddGroup() {
  std::size_t grown = 0;
  for (const std::unique_ptr<Accumulator>& acc : accumulators_) grown += acc->AddGroup();
  return memory_.Add(grown);
}

bool GroupOp::DoNext(Row& out) {
  if (!ready_ || next_ >= groups_.size() || !ctx_->ok()) return false;
  const std::size_t g = next_++;
  out.assign(static_cast<std::size_t>(slot_count_), kNoTerm);
  const std::span<const TermId> key = groups_.Key(g);
  for (std::size_t k = 0; k < keys_.size(); ++k) out[keys_[k].slot] = key[k];
  for (std::size_t a = 0; a < aggregates_.size(); ++a) {
    out[aggregates_[a].slot] = accumulators_[a]->Result(g);
  }
  return true;
}

}  // namespace marsad::query::exec
