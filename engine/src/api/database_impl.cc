#include "api/database_impl.h"

#include <algorithm>
#include <atomic>

#include "base/status_macros.h"
#include "query/query_engine.h"

namespace marsad {

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, const Options& options) {
  MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> store, store::Store::Open(path, options));
  return std::unique_ptr<Database>(new api::DatabaseImpl(std::move(store), options));
}

namespace api {

DatabaseImpl::DatabaseImpl(std::unique_ptr<store::Store> store, const Options& options)
    : store_(std::move(store)), ingester_(options.extraction_data) {}
DatabaseImpl::~DatabaseImpl() { (void)store_->Close(); }

Result<std::uint64_t> DatabaseImpl::Insert(std::span<const Quad> quads) {
  MARSAD_ASSIGN_OR_RETURN(auto writer, store_->NewBatchWriter());
  MARSAD_ASSIGN_OR_RETURN(std::uint64_t added, writer->InsertQuads(quads));
  MARSAD_RETURN_IF_ERROR(writer->Commit());
  return added;
}

Result<std::uint64_t> DatabaseImpl::Remove(std::span<const Quad> quads) {
  MARSAD_ASSIGN_OR_RETURN(auto writer, store_->NewBatchWriter());
  MARSAD_ASSIGN_OR_RETURN(std::uint64_t removed, writer->RemoveQuads(quads));
  MARSAD_RETURN_IF_ERROR(writer->Commit());
  return removed;
}

Result<std::unique_ptr<QuadCursor>> DatabaseImpl::Match(const QuadPattern& pattern) const {
  return MatchQuads(*store_, pattern);
}

Result<std::unique_ptr<QueryResult>> DatabaseImpl::Query(const std::string& text,
                                                         const QueryOptions& options,
                                                         const CancelToken* cancel) {
  return query::RunQuery(*store_, text, options, cancel);
}

Result<IngestReport> DatabaseImpl::Ingest(const Article& article) {
  return ingester_.Ingest(*store_, article);
}

Result<Statistics> DatabaseImpl::GetStatistics() const {
  store::StoreStatistics raw = store_->GetStatistics();
  Statistics stats;
  stats.quads = raw.quads;
  stats.triples = raw.triples;
  stats.terms = raw.terms;
  stats.graphs = raw.graphs;
  std::vector<store::TermId> ids;
  for (const store::PredicateCounts& p : raw.predicates) ids.push_back(p.predicate);
  MARSAD_ASSIGN_OR_RETURN(std::vector<Term> terms, store_->Decode(ids));
  for (std::size_t i = 0; i < raw.predicates.size(); ++i) {
    const store::PredicateCounts& p = raw.predicates[i];
    stats.predicates.push_back(
        PredicateStatistics{terms[i], p.triples, p.distinct_subjects, p.distinct_objects});
  }
  std::stable_sort(stats.predicates.begin(), stats.predicates.end(),
                   [](const PredicateStatistics& a, const PredicateStatistics& b) {
                     return a.triples > b.triples;
                   });
  return stats;
}

Result<CheckReport> DatabaseImpl::Check(const CheckOptions& options) const {
  return store_->Check(options);
}

Status DatabaseImpl::Backup(const std::string& dir) { return store_->Backup(dir); }

Status DatabaseImpl::Close() { return store_->Close(); }

}  // namespace api
}  // namespace marsad
