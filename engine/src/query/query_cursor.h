// The QueryResult implementation over an operator tree.
#pragma once

#include <deque>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "marsad/query_result.h"
#include "query/binder/binder.h"
#include "query/exec/operator.h"

namespace marsad::query {

// Owns everything a running query needs: the context (snapshot, term table), the plan and the
// EXISTS sub-plans. SELECT decodes the projected slots of each row; CONSTRUCT / DESCRIBE turn
// rows into distinct quads (subject, predicate, object, graph); ASK answers up front.
//
// SELECT and CONSTRUCT pull solutions from the plan in batches and decode the ids the output
// needs for a whole batch with one ExecContext::DecodeBatch (one sorted dictionary read
// instead of one lookup per id). The first batch is small so the first row of a large result
// comes back at once; later ones grow to kMaxBatchRows, bounded by kMaxBatchIds ids. Rows
// pulled before the plan stops with an error (cancellation, timeout, budget) are still
// returned; status() reports the error after them, as it would without batching.
class QueryCursor : public QueryResult {
 public:
  QueryCursor(std::unique_ptr<exec::ExecContext> ctx, binder::BoundQuery bound,
              exec::OperatorPtr root, std::vector<exec::OperatorPtr> exists,
              std::uint64_t max_rows);

  QueryKind kind() const override { return bound_.kind; }
  const std::vector<std::string>& variables() const override { return variables_; }
  bool Next() override;
  std::span<const Term> row() const override { return row_; }
  bool boolean() const override { return boolean_; }
  Status status() const override { return status_; }

  // Runs the ASK query (called once by RunQuery).
  void RunAsk();
  const exec::Operator& root() const { return *root_; }
  const std::vector<exec::OperatorPtr>& exists() const { return exists_; }
  const std::vector<std::string>& slot_names() const { return bound_.slot_names; }

 private:
  static constexpr std::size_t kFirstBatchRows = 16;
  static constexpr std::size_t kMaxBatchRows = 1024;
  static constexpr std::size_t kMaxBatchIds = 4096;

  // One solution straight from the plan (ASK, DESCRIBE, the max_rows probe); false at the end
  // or on error (then status_ is set).
  bool NextSolution(exec::Row* row);
  // The next solution of the batch, refilling it as needed; nullptr at the end or on error.
  // The ids of decode_slots_ in the returned row are in the context's term table.
  const exec::Row* NextBatchedRow();
  bool FillBatch();
  // SELECT: copies the decoded projection of batch row `r` into row_.
  void ProjectRow(std::size_t r);
  bool NextConstructed();
  bool NextDescribed();
  // The template term for row `batch_row` of the current batch, solution number `solution`
  // (1-based, for fresh blank nodes); null Term when it cannot be instantiated.
  Term Instantiate(const plan::TemplateTerm& t, std::size_t batch_row,
                   std::uint64_t solution) const;

  std::unique_ptr<exec::ExecContext> ctx_;
  binder::BoundQuery bound_;
  exec::OperatorPtr root_;
  std::vector<exec::OperatorPtr> exists_;
  std::uint64_t max_rows_;
  std::uint64_t returned_ = 0;
  std::uint64_t solutions_ = 0;  // pulled from the plan so far
  // Batched solutions: batch_[batch_next_ .. batch_rows_) are still to be served; the first
  // of the batch is solution number batch_first_ (1-based).
  std::vector<exec::Row> batch_;
  std::size_t batch_rows_ = 0;
  std::size_t batch_next_ = 0;
  std::size_t batch_target_ = kFirstBatchRows;
  std::uint64_t batch_first_ = 1;
  bool exhausted_ = false;  // the plan has no more solutions
  Status end_status_;       // why it stopped, reported once the batch is drained
  std::vector<int> decode_slots_;  // the slots the output decodes, ascending
  // SELECT: where each projected slot sits in decode_slots_.
  std::vector<std::size_t> projection_index_;
  // The ids of decode_slots_ for every batched row (row-major) and their decoded terms.
  std::vector<store::TermId> batch_ids_;
  std::vector<const Term*> batch_terms_;
  std::vector<std::string> variables_;
  std::vector<Term> row_;
  bool boolean_ = false;
  bool opened_ = false;
  Status status_;
  // CONSTRUCT / DESCRIBE: quads waiting to be returned, and those already returned.
  std::deque<std::vector<Term>> pending_;
  std::set<std::string> seen_;
  std::vector<store::TermId> describe_queue_;
};

}  // namespace marsad::query
