// FILTER as a join step: yields its parent row when the expression's effective boolean value
// is true (errors count as false).
#pragma once

#include "query/exec/operator.h"
#include "query/expr/expr.h"

namespace marsad::query::exec {

class FilterOp : public Operator {
 public:
  FilterOp(ExecContext* ctx, expr::Expr condition, std::string text)
      : Operator(ctx), condition_(std::move(condition)), text_(std::move(text)) {}
  std::string Label() const override { return "Filter " + text_; }

 protected:
  void DoOpen(const Row& parent) override {
    parent_ = parent;
    done_ = false;
  }
  bool DoNext(Row& out) override;

 private:
  expr::Expr condition_;
  std::string text_;
  Row parent_;
  bool done_ = true;
};

// BIND(expr AS ?v) as a join step: yields the parent with ?v set (left unbound on error).
class ExtendOp : public Operator {
 public:
  ExtendOp(ExecContext* ctx, expr::Expr value, int slot, std::string text)
      : Operator(ctx), value_(std::move(value)), slot_(slot), text_(std::move(text)) {}
  std::string Label() const override { return "Bind " + text_; }

 protected:
  void DoOpen(const Row& parent) override {
    parent_ = parent;
    done_ = false;
  }
  bool DoNext(Row& out) override;

 private:
  expr::Expr value_;
  int slot_;
  std::string text_;
  Row parent_;
  bool done_ = true;
};

}  // namespace marsad::query::exec
