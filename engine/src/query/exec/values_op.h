// VALUES: yields each inline row compatible with the parent, merged into it.
#pragma once

#include <vector>

#include "query/exec/operator.h"

namespace marsad::query::exec {

class ValuesOp : public Operator {
 public:
  // Each row is a full-width row (kNoTerm for UNDEF and for slots VALUES does not mention).
  ValuesOp(ExecContext* ctx, std::vector<Row> rows) : Operator(ctx), rows_(std::move(rows)) {}
  std::string Label() const override {
    return "Values " + std::to_string(rows_.size()) + " rows";
  }

 protected:
  void DoOpen(const Row& parent) override {
    parent_ = parent;
    next_ = 0;
  }
  bool DoNext(Row& out) override {
    while (next_ < rows_.size()) {
      const Row& r = rows_[next_++];
      if (!Compatible(parent_, r)) continue;
      out = parent_;
      MergeInto(out, r);
      return true;
    }
    return false;
  }

 private:
  std::vector<Row> rows_;
  Row parent_;
  std::size_t next_ = 0;
};

}  // namespace marsad::query::exec
