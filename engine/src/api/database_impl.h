// marsad::Database over the quad store (engine/src/store/store.h). The one place that maps
// the public types (Term, QuadPattern, Statistics) to the store's ids.
#pragma once

#include <memory>
#include <string>

#include "marsad/database.h"
#include "api/article_ingester.h"
#include "store/store.h"

namespace marsad::api {

class DatabaseImpl final : public Database {
 public:
  DatabaseImpl(std::unique_ptr<store::Store> store, const Options& options);
  ~DatabaseImpl() override;

  Result<std::uint64_t> Insert(std::span<const Quad> quads) override;
  Result<std::uint64_t> Remove(std::span<const Quad> quads) override;
  Result<std::unique_ptr<QuadCursor>> Match(const QuadPattern& pattern) const override;
  Result<std::unique_ptr<QueryResult>> Query(const std::string& text, const QueryOptions& options,
                                             const CancelToken* cancel) override;
  Result<IngestReport> Ingest(const Article& article) override;
  Result<ImportReport> Import(std::istream& in, const ImportOptions& options) override;
  Status Export(std::ostream& out, const ExportOptions& options) const override;
  Result<Statistics> GetStatistics() const override;
  Result<CheckReport> Check(const CheckOptions& options) const override;
  Status Backup(const std::string& dir) override;
  Status Close() override;

  store::Store& store() { return *store_; }

 private:
  std::unique_ptr<store::Store> store_;
  ArticleIngester ingester_;
};

// Cursor over the quads matching `pattern` in one snapshot, decoding ids to terms in chunks.
Result<std::unique_ptr<QuadCursor>> MatchQuads(const store::Store& store,
                                               const QuadPattern& pattern);

}  // namespace marsad::api
