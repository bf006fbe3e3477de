// A QueryResult over fixed rows, for testing printers without the query engine.
#pragma once

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "marsad/query_result.h"

namespace marsad::shell::testing {

class FakeResult : public QueryResult {
 public:
  FakeResult(QueryKind kind, std::vector<std::string> variables,
             std::vector<std::vector<Term>> rows, Status end_status = {})
      : kind_(kind),
        variables_(std::move(variables)),
        rows_(std::move(rows)),
        end_status_(std::move(end_status)) {}

  QueryKind kind() const override { return kind_; }
  const std::vector<std::string>& variables() const override { return variables_; }
  bool Next() override {
    if (next_ >= rows_.size()) {
      done_ = true;
      return false;
    }
    current_ = next_++;
    return true;
  }
  std::span<const Term> row() const override { return rows_[current_]; }
  bool boolean() const override { return boolean_; }
  Status status() const override { return done_ ? end_status_ : Status(); }

  void set_boolean(bool value) { boolean_ = value; }
  std::size_t rows_read() const { return next_; }

 private:
  QueryKind kind_;
  std::vector<std::string> variables_;
  std::vector<std::vector<Term>> rows_;
  Status end_status_;
  std::size_t next_ = 0;
  std::size_t current_ = 0;
  bool done_ = false;
  bool boolean_ = false;
};

}  // namespace marsad::shell::testing
