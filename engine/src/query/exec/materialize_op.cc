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
  while (child_->Next(row)) {
    if (ctx_->Interrupted()) return;
    rows_.push_back(row);
  }
  if (key_slots_.empty()) return;
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    std::vector<TermId> key;
    for (int s : key_slots_) key.push_back(rows_[i][s]);
    buckets_[std::move(key)].push_back(i);
  }
}

void MaterializeOp::DoOpen(const Row& parent) {
  if (!built_) Build();
  parent_ = parent;
  next_ = 0;
  bucket_ = nullptr;
  if (key_slots_.empty()) return;
  std::vector<TermId> key;
  for (int s : key_slots_) {
    if (parent[s] == kNoTerm) return;  // cannot probe: fall back to a scan of all rows
    key.push_back(parent[s]);
  }
  static const std::vector<std::size_t> kEmpty;
  auto it = buckets_.find(key);
  bucket_ = it == buckets_.end() ? &kEmpty : &it->second;
}

bool MaterializeOp::DoNext(Row& out) {
  const std::size_t n = bucket_ ? bucket_->size() : rows_.size();
  while (next_ < n) {
    const Row& r = rows_[bucket_ ? (*bucket_)[next_] : next_];
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
    while (right_->Next(row)) rows_.push_back(row);
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
