#include "query/exec/materialize_op.h"

namespace marsad::query::exec {

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
  const std::size_t row_bytes = rows_.row_bytes() + KeyedRows::kIndexBytesPerRow;
  while (child_->Next(row)) {
    if (ctx_->Interrupted() || !memory_.Add(row_bytes)) return;
    if (rows_.size() >= KeyedRows::kMaxRows) {
      ctx_->Fail(Status(StatusCode::kResourceExhausted, "a hash join side has too many rows"));
      return;
    }
    rows_.Append(row);
  }
  rows_.Index();
}

void MaterializeOp::DoOpen(const Row& parent) {
  if (!built_) Build();
  parent_ = parent;
  next_ = 0;
  probing_ = false;
  if (key_slots_.empty()) return;
  for (int s : key_slots_) {
    if (parent[s] == kNoTerm) return;  // cannot probe: fall back to a scan of all rows
  }
  probing_ = true;
  bucket_ = rows_.Find(parent);
}

bool MaterializeOp::DoNext(Row& out) {
  const std::size_t n = probing_ ? bucket_.size() : rows_.size();
  while (next_ < n) {
    std::span<const TermId> r = rows_.row(probing_ ? bucket_[next_] : next_);
    ++next_;
    if (!Compatible(parent_, r)) continue;
    out = parent_;
    MergeInto(out, r);
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
