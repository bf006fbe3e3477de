// The embedded knowledge base.
//
// Thread safety: a Database is safe to use from many threads at once. Reads (Match, Query,
// Export, GetStatistics) run concurrently and each sees a consistent snapshot. Writes (Insert,
// Remove, Import, Update) are serialised inside the database; each call is one atomic batch, or,
// for Import, a sequence of atomic batches of ImportOptions::batch_quads quads.
//
// One process at a time may open a database for writing; a second one gets kBusy naming the
// lock file. Options::read_only opens without the lock.
#pragma once

#include <iosfwd>
#include <memory>
#include <span>
#include <string>

#include "marsad/article.h"
#include "marsad/check.h"
#include "marsad/options.h"
#include "marsad/query_result.h"
#include "marsad/statistics.h"
#include "marsad/status.h"
#include "marsad/term.h"

namespace marsad {

struct QueryOptions {
  // 0 = no limit.
  std::uint64_t timeout_ms = 0;
  std::uint64_t max_rows = 0;
  // Memory the query's materializing operators (ORDER BY, GROUP BY, DISTINCT, hash-join
  // build sides, sub-queries) may hold at once; exceeding it ends the query with
  // kResourceExhausted. 0 = the default, 1 GiB. Streaming queries hold almost nothing.
  std::uint64_t max_memory_bytes = 0;
};

// Set from any thread to stop a running query; the query ends with kCancelled.
class CancelToken {
 public:
  CancelToken();
  ~CancelToken();
  CancelToken(const CancelToken&) = delete;
  CancelToken& operator=(const CancelToken&) = delete;
  void Cancel();
  bool cancelled() const;
  void Reset();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

class Database {
 public:
  static Result<std::unique_ptr<Database>> Open(const std::string& path,
                                                const Options& options = {});
  virtual ~Database() = default;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Adds the quads as one atomic batch. Quads already present change nothing.
  virtual Result<std::uint64_t> Insert(std::span<const Quad> quads) = 0;
  // Removes the quads as one atomic batch; absent quads are ignored. Returns how many went.
  virtual Result<std::uint64_t> Remove(std::span<const Quad> quads) = 0;

  // Every quad matching the pattern, read from one snapshot.
  virtual Result<std::unique_ptr<QuadCursor>> Match(const QuadPattern& pattern) const = 0;

  // Runs a query (or update) in the query language; see docs/query-language.md.
  virtual Result<std::unique_ptr<QueryResult>> Query(const std::string& text,
                                                     const QueryOptions& options = {},
                                                     const CancelToken* cancel = nullptr) = 0;

  // Extracts the facts of one article (entities, offices, events, with their sentences as
  // provenance) and stores them as one atomic batch. Ingesting an article again (same file
  // stem) replaces the facts of the earlier ingest.
  virtual Result<IngestReport> Ingest(const Article& article) = 0;

  // Reads RDF from `in` and stores it; see ImportOptions for batching and bad input.
  virtual Result<ImportReport> Import(std::istream& in, const ImportOptions& options) = 0;
  // Writes the database (or one graph) to `out`.
  virtual Status Export(std::ostream& out, const ExportOptions& options) const = 0;

  virtual Result<Statistics> GetStatistics() const = 0;

  // Verifies that indexes, dictionary and statistics agree, over one snapshot, while readers
  // and writers go on (marsad/check.h). The report lists what is wrong; an error Status means
  // the check itself could not read the database.
  virtual Result<CheckReport> Check(const CheckOptions& options) const = 0;
  // Writes a consistent copy of the database to `dir` (which must not exist or be empty:
  // kAlreadyExists otherwise) while it stays in use; open the copy like any database.
  virtual Status Backup(const std::string& dir) = 0;

  // Flushes and closes. Further calls return errors. The destructor closes too. While cursors
  // or query results are alive Close fails with kBusy and the database stays open; a cursor
  // that outlives the Database object keeps the files open until it is destroyed.
  virtual Status Close() = 0;

 protected:
  Database() = default;
};

}  // namespace marsad
