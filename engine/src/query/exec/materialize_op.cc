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

std::size_t MaterializeOp::KeyHash::operator()(const std::vector<TermId>& key) const {
  std::uint64_t h = 0x9E3779B97F4A7C15ull;
  for (TermId id : key) {
    h ^= id + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    h *= 0xBF58476D1CE4E5B9ull;
  }
  return static_cast<std::size_t>(h ^ (h >> 31));
}

void MaterializeOp::Build() {
  built_ = true;
  child_->Open(Row(slot_count_, kNoTerm));
  Row row;
  while (child_->Next(row)) {
    if (ctx_->Interrupted() || !memory_.AddRow(row)) return;
    rows_.push_back(row);
  }
  if (key_slots_.empty()) return;
  // A bucket entry: the index plus the amortised key and node overhead.
  const std::size_t entry_bytes =
      sizeof(std::size_t) + key_slots_.size() * sizeof(TermId) + 2 * sizeof(void*);
  buckets_.reserve(rows_.size());
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    if (!memory_.Add(entry_bytes)) return;
    std::vector<TermId> key;
    key.reserve(key_slots_.size());
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
