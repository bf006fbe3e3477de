// A Database whose Query() parses the text with the real grammar (so syntax errors carry
// real locations), records it, and returns rows the test set up. Everything else but
// GetStatistics is kNotSupported.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "fake_result.h"
#include "grammar/query/parse_query.h"
#include "marsad/database.h"

namespace marsad::shell::testing {

class FakeDatabase : public Database {
 public:
  // Makes the result of a query that parsed; by default an empty SELECT with variable "x".
  std::function<std::unique_ptr<QueryResult>(const std::string&)> make_result =
      [](const std::string&) {
        return std::make_unique<FakeResult>(QueryKind::kSelect, std::vector<std::string>{"x"},
                                            std::vector<std::vector<Term>>{});
      };
  std::vector<std::string> queries;  // every text passed to Query, in order
  Statistics statistics;

  Result<std::unique_ptr<QueryResult>> Query(const std::string& text, const QueryOptions&,
                                             const CancelToken*) override {
    queries.push_back(text);
    Result<query::ast::Request> parsed = query::ParseQuery(text);
    if (!parsed.ok()) return parsed.status();
    return make_result(text);
  }
  Result<Statistics> GetStatistics() const override { return statistics; }

  Result<std::uint64_t> Insert(std::span<const Quad>) override { return Unsupported(); }
  Result<std::uint64_t> Remove(std::span<const Quad>) override { return Unsupported(); }
  Result<std::unique_ptr<QuadCursor>> Match(const QuadPattern&) const override {
    return Unsupported();
  }
  Result<IngestReport> Ingest(const Article&) override { return Unsupported(); }
  Result<ImportReport> Import(std::istream&, const ImportOptions&) override {
    return Unsupported();
  }
  Status Export(std::ostream&, const ExportOptions&) const override { return Unsupported(); }
  Result<CheckReport> Check(const CheckOptions&) const override { return Unsupported(); }
  Status Backup(const std::string&) override { return Unsupported(); }
  Status Close() override { return Status::Ok(); }

 private:
  static Status Unsupported() { return Status(StatusCode::kNotSupported, "fake database"); }
};

}  // namespace marsad::shell::testing
