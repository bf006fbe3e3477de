#include "query/exec/modifier_ops.h"

#include <algorithm>
#include <numeric>

#include "query/exec/row_eval.h"

namespace marsad::query::exec {

std::string SortOp::Label() const {
  std::string label = "Sort";
  for (const SortKey& k : keys_) label += (k.descending ? " DESC " : " ASC ") + k.expr.ToString();
  return label;
}

int SortOp::CompareTerms(const expr::Value& a, const expr::Value& b) const {
  if (a && b && ctx_->collate && a->is_literal() && b->is_literal() &&
      a->datatype() == xsd::kLangString && a->language() == b->language()) {
    if (std::optional<int> c = ctx_->collate(a->language(), a->value(), b->value())) {
      if (*c != 0) return *c;
    }
  }
  return expr::OrderCompare(a ? &*a : nullptr, b ? &*b : nullptr);
}

void SortOp::DoOpen(const Row& parent) {
  rows_.clear();
  memory_.Reset();
  next_ = 0;
  std::vector<std::vector<expr::Value>> keys;
  child_->Open(parent);
  Row row;
  while (child_->Next(row)) {
    if (ctx_->Interrupted()) return;
    std::vector<expr::Value> k;
    for (const SortKey& key : keys_) k.push_back(EvalOnRow(ctx_, key.expr, row));
    if (!memory_.Add(RowBytes(row) + k.size() * sizeof(expr::Value))) {
      rows_.clear();
      return;
    }
    keys.push_back(std::move(k));
    rows_.push_back(row);
  }
  std::vector<std::size_t> order(rows_.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      int c = CompareTerms(keys[x][i], keys[y][i]);
      if (c != 0) return keys_[i].descending ? c > 0 : c < 0;
    }
    return false;
  });
  std::vector<Row> sorted;
  sorted.reserve(rows_.size());
  for (std::size_t i : order) sorted.push_back(std::move(rows_[i]));
  rows_ = std::move(sorted);
}

bool SortOp::DoNext(Row& out) {
  if (next_ >= rows_.size()) return false;
  out = std::move(rows_[next_++]);
  return true;
}

bool ProjectOp::DoNext(Row& out) {
  if (!child_->Next(scratch_)) return false;
  out.assign(scratch_.size(), kNoTerm);
  for (int s : slots_) out[s] = scratch_[s];
  return true;
}

std::string SliceOp::Label() const {
  std::string label = "Slice offset " + std::to_string(offset_);
  if (limit_) label += " limit " + std::to_string(*limit_);
  return label;
}

bool SliceOp::DoNext(Row& out) {
  if (limit_ && returned_ >= *limit_) return false;
  while (skipped_ < offset_) {
    if (!child_->Next(out)) return false;
    ++skipped_;
  }
  if (!child_->Next(out)) return false;
  ++returned_;
  return true;
}

}  // namespace marsad::query::exec
