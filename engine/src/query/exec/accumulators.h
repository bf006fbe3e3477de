// The aggregates of GROUP BY (COUNT, SUM, AVG, MIN, MAX, SAMPLE, GROUP_CONCAT, each optionally
// DISTINCT): one accumulator per aggregate keeps its state for every group of a GroupOp.
#pragma once

#include <cstddef>
#include <memory>

#include "query/exec/group_op.h"
#include "query/exec/row_eval.h"

namespace marsad::query::exec {

class DistinctFilter;

// Fails the query: the group table (or a DISTINCT aggregate's seen-set) is full.
void FailGroupTableFull(ExecContext* ctx);

// One aggregate's state for every group, updated as rows arrive. Errors in the argument are
// skipped, except by SUM and AVG, which they make an error; DISTINCT drops repeats first.
class Accumulator {
 public:
  Accumulator(ExecContext* ctx, const AggregateSpec& spec, std::size_t row_width);
  virtual ~Accumulator();
  // Makes room for one more group; returns the bytes newly held.
  virtual std::size_t AddGroup() = 0;
  // Folds the argument of `row` into group g; returns the bytes newly held.
  std::size_t Add(std::size_t g, const Row& row);
  // Group g's value as an id; kNoTerm when the aggregate is an error (the slot stays unbound).
  virtual TermId Result(std::size_t g) = 0;

 protected:
  virtual void OnError(std::size_t) {}
  virtual std::size_t OnValue(std::size_t g, RowValue& arg) = 0;

  ExecContext* ctx_;
  const AggregateSpec& spec_;

 private:
  RowValue arg_;
  std::unique_ptr<DistinctFilter> distinct_;
};

std::unique_ptr<Accumulator> MakeAccumulator(ExecContext* ctx, const AggregateSpec& spec,
                                             std::size_t row_width);

}  // namespace marsad::query::exec
