// Evaluates its child once, under an empty row (SPARQL's bottom-up semantics for groups that
// must not see outer bindings: sub-selects, groups whose filters read outer variables), keeps
// the solutions, and joins each parent with the compatible ones. With key slots (bound in every
// child solution), the solutions are hashed on them and a parent binding them all probes one
// bucket.
#pragma once

#include <span>
#include <vector>

#include "query/exec/keyed_rows.h"
#include "query/exec/operator.h"

namespace marsad::query::exec {

// The planner also uses it as the hash join of a step whose scan would otherwise be reopened
// under every parent row (see planner.h). The built solutions count against the query's
// memory budget.
class MaterializeOp : public Operator {
 public:
  // `columns`: the slots the child can bind (a triple pattern's variables); empty = all
  // slots. Only those are kept per row.
  MaterializeOp(ExecContext* ctx, OperatorPtr child, int slot_count, std::vector<int> key_slots,
                std::vector<int> columns = {});
  std::string Label() const override;
  std::vector<const Operator*> Children() const override { return {child_.get()}; }
  // Once built: a parent's probe loads its key's bucket.
  bool WantsPrefetch() const override { return built_ && !key_slots_.empty(); }
  void Prefetch(const Row& parent, int stage) const override;

 protected:
  void DoOpen(const Row& parent) override;
  bool DoNext(Row& out) override;

 private:
  void Build();
  bool BindsEveryKey(const Row& parent) const;

  OperatorPtr child_;
  int slot_count_;
  std::vector<int> key_slots_;
  bool built_ = false;
  KeyedRows rows_;
  MemoryCharge memory_;
  Row parent_;
  bool probing_ = false;  // false: every row is a candidate
  KeyedRows::Range bucket_;  // when probing: the rows of the parent's key
  std::size_t next_ = 0;     // the next candidate row
};

// MINUS: yields the parent unless some right solution is compatible with it and shares a
// bound variable. The right side is evaluated once, bottom-up.
class MinusOp : public Operator {
 public:
  MinusOp(ExecContext* ctx, OperatorPtr right, int slot_count)
      : Operator(ctx), right_(std::move(right)), slot_count_(slot_count), memory_(ctx) {}
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
  MemoryCharge memory_;
  Row parent_;
  bool done_ = true;
};

}  // namespace marsad::query::exec
