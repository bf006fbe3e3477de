// Index scan of one triple/quad pattern, with bindings from the parent row substituted.
#pragma once

#include <memory>
#include <string>

#include "query/exec/operator.h"

namespace marsad::query::exec {

// One pattern position: a constant id, or a variable slot (slot >= 0).
struct PatternSlot {
  TermId id = kNoTerm;
  int slot = -1;
  bool is_var() const { return slot >= 0; }
};

enum class GraphMode : std::uint8_t {
  kUnion,      // the default graph of a query: the union of all graphs
  kNamed,      // GRAPH <iri> or GRAPH ?g: `graph` is the constant or the variable
};

struct ScanSpec {
  PatternSlot s, p, o;
  GraphMode mode = GraphMode::kUnion;
  PatternSlot graph;
  // A constant absent from the dictionary: the pattern has no match and no index is read.
  bool empty = false;
  std::string text;  // for EXPLAIN
};

class ScanOp : public Operator {
 public:
  ScanOp(ExecContext* ctx, ScanSpec spec) : Operator(ctx), spec_(std::move(spec)) {}
  std::string Label() const override;
  const ScanSpec& spec() const { return spec_; }

  // For merge joins. After Open: whether rows come sorted by the variable in `slot`, i.e. it
  // sits at the first key position the scan leaves free (an empty scan is sorted).
  bool SortedOn(int slot) const;
  // Skips ahead: the next row has the `slot` variable >= `value`. REQUIRES: SortedOn(slot).
  void SeekTo(TermId value) {
    if (active_) it_->SeekTo(value);
  }

 protected:
  void DoOpen(const Row& parent) override;
  bool DoNext(Row& out) override;

 private:
  // Sets `id` from the parent or constant; false when the position can match nothing.
  bool Resolve(const PatternSlot& pos, const Row& parent, std::optional<TermId>* id) const;
  bool Bind(const PatternSlot& pos, TermId value, Row& out) const;

  ScanSpec spec_;
  Row parent_;
  std::unique_ptr<store::QuadIterator> it_;  // kept across opens, see DoOpen
  bool active_ = false;                      // it_ is positioned on this open's pattern
  std::string permutation_;
};

}  // namespace marsad::query::exec
