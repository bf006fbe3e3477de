// Index scan of one triple/quad pattern, with bindings from the parent row substituted.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

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

// Inclusive range of ids.
struct IdRange {
  TermId lo = 0;
  TermId hi = 0;
  friend bool operator==(const IdRange&, const IdRange&) = default;
};

struct ScanSpec {
  PatternSlot s, p, o;
  GraphMode mode = GraphMode::kUnion;
  PatternSlot graph;
  // A constant absent from the dictionary: the pattern has no match and no index is read.
  bool empty = false;
  // Ids the variable in `range_slot` can have in a solution (sorted, disjoint; from the
  // group's filters, see plan/filter_ranges.h). When the scan produces that variable in id
  // order it skips the gaps; otherwise the ranges are unused.
  int range_slot = -1;
  std::vector<IdRange> ranges;
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
  // With ranges in use: false when `value` (the range variable's next value) lies past the
  // last range; else true with `*seek` set when the scan must first jump ahead to it.
  bool InRanges(TermId value, std::optional<TermId>* seek);

  ScanSpec spec_;
  Row parent_;
  std::unique_ptr<store::QuadIterator> it_;  // kept across opens, see DoOpen
  bool active_ = false;                      // it_ is positioned on this open's pattern
  bool ranged_ = false;                      // this open skips by spec_.ranges
  store::Component range_component_ = store::Component::kS;
  std::size_t range_index_ = 0;
  std::string permutation_;
};

}  // namespace marsad::query::exec
