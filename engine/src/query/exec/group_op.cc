#include "query/exec/group_op.h"

#include "query/exec/accumulators.h"
#include "query/exec/row_eval.h"

namespace marsad::query::exec {
namespace {

constexpr const char* kAggregateNames[] = {"COUNT", "SUM",    "MIN",         "MAX",
                                           "AVG",   "SAMPLE", "GROUP_CONCAT"};

}  // namespace

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
    FailGroupTableFull(ctx_);
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
