// FILTER as a join step: yields its parent row when the expression's effective boolean value
// is true (errors count as false).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "query/exec/operator.h"
#include "query/expr/expr.h"

namespace marsad::query::exec {

// A FILTER or HAVING condition prepared for id rows. Comparisons (=, !=, <, <=, >, >=) whose
// operands are variables or constants are decided on the ids when CompareInlineIds can, and
// when an operand is an IRI or blank node from the store (id equality is term equality there;
// ordering such terms is an error). && and || over those keep SPARQL's three-valued logic and
// evaluation order; every other sub-expression is evaluated on decoded terms by
// expr::Evaluate, so Test always equals FilterOnRow on the same condition.
class RowFilter {
 public:
  explicit RowFilter(expr::Expr condition);
  RowFilter(const RowFilter&) = delete;  // nodes_ point into condition_
  RowFilter& operator=(const RowFilter&) = delete;

  const expr::Expr& condition() const { return condition_; }
  // The effective boolean value of the condition on `row`; errors count as false.
  bool Test(ExecContext* ctx, const Row& row);

 private:
  enum class Op : std::uint8_t { kAnd, kOr, kCompare, kOther };
  // A comparison operand: a slot, or a constant with its id (kNoTerm: none usable).
  struct Operand {
    int slot = -1;
    const Term* constant = nullptr;
    TermId id = kNoTerm;
  };
  struct Node {
    Op op = Op::kOther;
    const expr::Expr* expr = nullptr;
    int left = -1, right = -1;  // kAnd / kOr children (indexes into nodes_)
    int test = 0;               // kCompare: index into kComparisons
    Operand lhs, rhs;
  };

  int Compile(const expr::Expr& e);
  void ResolveConstants(ExecContext* ctx);
  std::optional<bool> Eval(int node, ExecContext* ctx, const Row& row) const;
  std::optional<bool> Compare(const Node& node, ExecContext* ctx, const Row& row) const;

  expr::Expr condition_;
  std::vector<Node> nodes_;  // nodes_[0] is the root
  bool resolved_ = false;
};

class FilterOp : public Operator {
 public:
  FilterOp(ExecContext* ctx, expr::Expr condition, std::string text)
      : Operator(ctx), filter_(std::move(condition)), text_(std::move(text)) {}
  std::string Label() const override { return "Filter " + text_; }

 protected:
  void DoOpen(const Row& parent) override {
    parent_ = parent;
    done_ = false;
  }
  bool DoNext(Row& out) override;

 private:
  RowFilter filter_;
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
