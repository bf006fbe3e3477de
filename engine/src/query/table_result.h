// A QueryResult over rows already in memory (EXPLAIN output, update counts).
#pragma once

#include <string>
#include <vector>

#include "marsad/query_result.h"

namespace marsad::query {

class TableResult : public QueryResult {
 public:
  TableResult(QueryKind kind, std::vector<std::string> variables,
              std::vector<std::vector<Term>> rows)
      : kind_(kind), variables_(std::move(variables)), rows_(std::move(rows)) {}

  QueryKind kind() const override { return kind_; }
  const std::vector<std::string>& variables() const override { return variables_; }
  bool Next() override {
    if (next_ >= rows_.size()) return false;
    current_ = next_++;
    return true;
  }
  std::span<const Term> row() const override { return rows_[current_]; }
  bool boolean() const override { return false; }
  Status status() const override { return Status::Ok(); }

 private:
  QueryKind kind_;
  std::vector<std::string> variables_;
  std::vector<std::vector<Term>> rows_;
  std::size_t next_ = 0;
  std::size_t current_ = 0;
};

}  // namespace marsad::query
