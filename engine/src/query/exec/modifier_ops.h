// Solution modifiers: ORDER BY, projection, DISTINCT, OFFSET/LIMIT.
#pragma once

#include <set>
#include <vector>

#include "query/exec/operator.h"
#include "query/expr/expr.h"

namespace marsad::query::exec {

struct SortKey {
  expr::Expr expr;
  bool descending = false;
};

// Materialises its input and sorts it (stable). Literals of one language compare with that
// language's collation when the context provides one.
class SortOp : public Operator {
 public:
  SortOp(ExecContext* ctx, OperatorPtr child, std::vector<SortKey> keys)
      : Operator(ctx), child_(std::move(child)), keys_(std::move(keys)), memory_(ctx) {}
  std::string Label() const override;
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  void DoOpen(const Row& parent) override;
  bool DoNext(Row& out) override;

 private:
  int CompareTerms(const expr::Value& a, const expr::Value& b) const;

  OperatorPtr child_;
  std::vector<SortKey> keys_;
  std::vector<Row> rows_;
  std::size_t next_ = 0;
  MemoryCharge memory_;
};

// Keeps only the projected slots (others become unbound).
class ProjectOp : public Operator {
 public:
  ProjectOp(ExecContext* ctx, OperatorPtr child, std::vector<int> slots)
      : Operator(ctx), child_(std::move(child)), slots_(std::move(slots)) {}
  std::string Label() const override { return "Project " + std::to_string(slots_.size()); }
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  void DoOpen(const Row& parent) override { child_->Open(parent); }
  bool DoNext(Row& out) override;

 private:
  OperatorPtr child_;
  std::vector<int> slots_;
  Row scratch_;
};

// DISTINCT / REDUCED: drops rows seen before (memory grows with distinct rows).
class DistinctOp : public Operator {
 public:
  DistinctOp(ExecContext* ctx, OperatorPtr child)
      : Operator(ctx), child_(std::move(child)), memory_(ctx) {}
  std::string Label() const override { return "Distinct"; }
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  void DoOpen(const Row& parent) override {
    seen_.clear();
    memory_.Reset();
    child_->Open(parent);
  }
  bool DoNext(Row& out) override {
    while (child_->Next(out)) {
      if (!seen_.insert(out).second) continue;
      // A set node holds the row plus about four pointers of tree bookkeeping.
      return memory_.Add(RowBytes(out) + 4 * sizeof(void*));
    }
    return false;
  }

 private:
  OperatorPtr child_;
  std::set<Row> seen_;
  MemoryCharge memory_;
};

// OFFSET / LIMIT: stops pulling from its input once the limit is reached, so a pipeline
// without blocking operators does no more work than the rows it returns.
class SliceOp : public Operator {
 public:
  SliceOp(ExecContext* ctx, OperatorPtr child, std::uint64_t offset,
          std::optional<std::uint64_t> limit)
      : Operator(ctx), child_(std::move(child)), offset_(offset), limit_(limit) {}
  std::string Label() const override;
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  void DoOpen(const Row& parent) override {
    child_->Open(parent);
    skipped_ = 0;
    returned_ = 0;
  }
  bool DoNext(Row& out) override;

 private:
  OperatorPtr child_;
  std::uint64_t offset_;
  std::optional<std::uint64_t> limit_;
  std::uint64_t skipped_ = 0;
  std::uint64_t returned_ = 0;
};

}  // namespace marsad::query::exec
