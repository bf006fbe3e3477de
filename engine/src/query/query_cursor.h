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
  bool NextSolution(exec::Row* row);
  bool NextConstructed();
  bool NextDescribed();
  // The template term for one solution; null Term when it cannot be instantiated.
  Term Instantiate(const plan::TemplateTerm& t, const exec::Row& row);

  std::unique_ptr<exec::ExecContext> ctx_;
  binder::BoundQuery bound_;
  exec::OperatorPtr root_;
  std::vector<exec::OperatorPtr> exists_;
  std::uint64_t max_rows_;
  std::uint64_t returned_ = 0;
  std::uint64_t solutions_ = 0;
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
