#include "query/exec/materialize_op.h"

namespace marsad::query::exec {

namespace {

std::vector<int> AllSlots(int slot_count) {
  std::vector<int> slots(static_cast<std::size_t>(slot_count));
  for (int i = 0; i < slot_count; ++i) slots[static_cast<std::size_t>(i)] = i;
  return slots;
}

}  // namespace

MaterializeOp::MaterializeOp(ExecContext* ctx, OperatorPtr child, int slot_count,
                             std::vector<int> key_slots, std::vector<int> columns)
    : Operator(ctx), child_(std::move(child)), slot_count_(slot_count), key_slots_(key_slots),
      rows_(columns.empty() ? AllSlots(slot_count) : std::move(columns), std::move(key_slots)),
      memory_(ctx) {}

std::string MaterializeOp::Label() const {
  std::string label = "HashJoin (build once)";
  if (!key_slots_.empty()) {
    label += " on";
    for (int s : key_slots_) label += " ?" + std::to_string(s);
  }
  return label;
}

void MaterializeOp::Build() {
  built_ = true;
  child_->Open(Row(slot_count_, kNoTerm));
  Row row;
  const std::size_t row_bytes = rows_.row_bytes();
  while (child_->Next(row)) {
    if (ctx_->Interrupted() || !memory_.Add(row_bytes)) return;
    if (rows_.size() >= KeyedRows::kMaxRows) {
      ctx_->Fail(Status(StatusCode::kResourceExhausted, "a hash join side has too many rows"));
      return;
    }
    rows_.Append(row);
  }
  if (ctx_->Interrupted() || !memory_.Add(rows_.index_bytes())) return;
  MemoryCharge scratch(ctx_);  // released once the index is built
  if (!scratch.Add(rows_.index_scratch_bytes())) {
    scratch.Reset();
    return;
  }
  rows_.Index();
  scratch.Reset();
}

bool MaterializeOp::BindsEveryKey(const Row& parent) const {
  for (int s : key_slots_) {
    if (parent[s] == kNoTerm) return false;
  }
  return true;
}

void MaterializeOp::Prefetch(const Row& parent, int stage) const {
  if (!built_ || !BindsEveryKey(parent)) return;
  if (stage == 0) {
    rows_.PrefetchBucket(parent);
  } else {
    rows_.PrefetchRows(parent);
  }
}

void MaterializeOp::DoOpen(const Row& parent) {
  if (!built_) Build();
  parent_ = parent;
  next_ = 0;
  probing_ = false;
  // Without every key bound there is nothing to probe: every row is a candidate.
  if (key_slots_.empty() || !BindsEveryKey(parent)) return;
  probing_ = true;
  bucket_ = rows_.Find(parent);
  next_ = bucket_.begin;
}

bool MaterializeOp::DoNext(Row& out) {
  const std::size_t end = probing_ ? bucket_.end : rows_.size();
  const std::vector<int>& columns = rows_.columns();
  while (next_ < end) {
    std::span<const TermId> r = rows_.row(next_);
    ++next_;
    bool compatible = true;
    for (std::size_t c = 0; c < columns.size() && compatible; ++c) {
      const TermId mine = parent_[columns[c]];
      compatible = mine == kNoTerm || r[c] == kNoTerm || mine == r[c];
    }
    if (!compatible) continue;
    out = parent_;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (r[c] != kNoTerm) out[columns[c]] = r[c];
    }
    return true;
  }
  return false;
}

void MinusOp::DoOpen(const Row& parent) {
  if (!built_) {
    built_ = true;
    right_->Open(Row(slot_count_, kNoTerm));
    Row row;
    while (right_->Next(row)) {
      if (!memory_.AddRow(row)) return;
      rows_.push_back(row);
    }
  }
  parent_ = parent;
  done_ = false;
}

bool MinusOp::DoNext(Row& out) {
  if (done_) return false;
  done_ = true;
  for (const Row& r : rows_) {
    bool shared = false;
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (r[i] != kNoTerm && parent_[i] != kNoTerm) shared = true;
    }
    if (shared && Compatible(parent_, r)) return false;
  }
  out = parent_;
  return true;
}

}  // namespace marsad::query::exec
