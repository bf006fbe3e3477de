// Evaluates its child once, under an empty row (SPARQL's bottom-up semantics for groups that
// must not see outer bindings: sub-selects, groups whose filters read outer variables), keeps
// the solutions, and joins each parent with the compatible ones. With key slots (bound in every
// child solution), the solutions are hashed on them and a parent binding them all probes one
// bucket.
#pragma once

#include <map>
#include <vector>

#include "query/exec/operator.h"

namespace marsad::query::exec {

class MaterializeOp : public Operator {
 public:
  MaterializeOp(ExecContext* ctx, OperatorPtr child, int slot_count, std::vector<int> key_slots)
      : Operator(ctx), child_(std::move(child)), slot_count_(slot_count),
        key_slots_(std::move(key_slots)) {}
  std::string Label() const override;
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  void DoOpen(const Row& parent) override;
  bool DoNext(Row& out) override;

 private:
  void Build();

  OperatorPtr child_;
  int slot_count_;
  std::vector<int> key_slots_;
  bool built_ = false;
  std::vector<Row> rows_;
  std::map<std::vector<TermId>, std::vector<std::size_t>> buckets_;
  Row parent_;
  const std::vector<std::size_t>* bucket_ = nullptr;  // null: scan all rows
  std::size_t next_ = 0;
};

// MINUS: yields the parent unless some right solution is compatible with it and shares a
// bound variable. The right side is evaluated once, bottom-up.
class MinusOp : public Operator {
 public:
  MinusOp(ExecContext* ctx, OperatorPtr right, int slot_count)
      : Operator(ctx), right_(std::move(right)), slot_count_(slot_count) {}
  std::string Label() const override { return "Minus"; }
  std::vector<const Operator*> Children() const override { return {right_.get()}; }

 protected:
  void DoOpen(const Row& parent) override;
  bool DoNext(Row& out) override;

 private:
  OperatorPtr right_;
  int slot_count_;
  bool built_ = false;
  std::vector<Row> rows_;
  Row parent_;
  bool done_ = true;
};

}  // namespace marsad::query::exec
