// The quad store: the storage engine's internal API for the query engine and engine/src/api.
//
// No RocksDB type appears here (pimpl); only engine/src/store includes <rocksdb/...>.
//
// Model. Every term is a 64-bit TermId (store/term_id.h): small literals are inlined in the id,
// everything else has a dictionary entry created once and never removed. A quad is an IdQuad
// {s, p, o, g}; the default graph is g == kDefaultGraph. Quads are kept in nine index
// permutations (store/key_codec.h): SPO/POS/OSP hold the distinct triples over the union of
// all graphs, GSPO/GPOS/GOSP hold every quad graph-first (default graph included), and
// SPOG/POSG/OSPG hold named-graph quads only. Every IdPattern is answered by one ordered prefix
// scan over one of them that reads no key outside the pattern; PlanScan() says which one and so
// in which order results come.
//
// Thread safety. A Store may be used from many threads. Reads (Lookup, Decode, Scan,
// EstimateCount, GetStatistics) run concurrently. Writes go through a BatchWriter; at most one
// exists at a time (NewBatchWriter blocks until the previous one is gone). A QuadIterator or
// BatchWriter is used by one thread at a time. Writers must not outlive the Store; snapshots
// and iterators may (they keep the database open until they go), but Close() fails while any
// is alive.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/check.h"
#include "marsad/options.h"
#include "marsad/status.h"
#include "marsad/term.h"
#include "store/key_codec.h"
#include "store/term_id.h"

namespace marsad::store {

// Which graphs a pattern ranges over.
enum class GraphScope : std::uint8_t {
  kUnion,     // distinct triples over all graphs (default + named); results have g == kNoTerm
  kDefault,   // quads of the default graph; results have g == kDefaultGraph
  kNamed,     // quads of the one named graph IdPattern::graph_id
  kAnyNamed,  // quads of every named graph (not the default graph)
};

// A pattern over id quads. An unset component matches anything.
struct IdPattern {
  std::optional<TermId> s;
  std::optional<TermId> p;
  std::optional<TermId> o;
  GraphScope graph = GraphScope::kUnion;
  TermId graph_id = kNoTerm;  // REQUIRES: set when graph == kNamed
};

// How a pattern is scanned. Results come in ascending key order of `permutation`: all
// components before `bound` are fixed by the pattern, so results are sorted by
// ComponentAt(permutation, bound) first, then the following components. Examples:
//   {s, p bound, kUnion}    -> SPO, bound 2: sorted by o.
//   {p bound, kNamed g}     -> GPOS, bound 2: sorted by o, then s.
//   {o bound, kAnyNamed}    -> OSPG, bound 1: sorted by s, then p, then g.
//   {nothing, kUnion}       -> SPO, bound 0: sorted by s, p, o.
// Choice for bound s/p/o: spo,sp,s,none -> S-first; po,p -> P-first; so,o -> O-first.
struct ScanPlan {
  Permutation permutation = Permutation::kSpo;
  int bound = 0;  // leading components fixed by the pattern (graph included when graph-first)
};
ScanPlan PlanScan(const IdPattern& pattern);

// A point-in-time view. Cheap to copy (shared); released when the last copy goes.
class Snapshot;
using SnapshotPtr = std::shared_ptr<const Snapshot>;

// Cursor over the quads matching an IdPattern, in the order described by plan().
//   while (it->Next()) Use(it->quad());
//   if (!it->status().ok()) ...
class QuadIterator {
 public:
  ~QuadIterator();
  QuadIterator(const QuadIterator&) = delete;
  QuadIterator& operator=(const QuadIterator&) = delete;

  // Advances; false at the end or on error (check status()).
  bool Next();
  // REQUIRES: the last Next() returned true.
  const IdQuad& quad() const { return current_; }
  Status status() const;
  const ScanPlan& plan() const { return plan_; }
  // For merge and leapfrog joins: repositions so that the next Next() returns the first match
  // whose component at position plan().bound (the first unbound one) is >= `value`.
  // REQUIRES: plan().bound < ComponentCount(plan().permutation).
  void SeekTo(TermId value);
  // Repositions on `pattern`, over the same snapshot, reusing the RocksDB iterator (an index
  // nested-loop join re-probes the same index once per outer row; a new iterator costs more
  // than the seek). False, and nothing changed, when `pattern` plans to another permutation or
  // to a point lookup where this is a range scan (or the reverse): use Store::Rescan.
  bool Restart(const IdPattern& pattern);
  // Keys this iterator has read from RocksDB (matching or not); tests use it to check that a
  // scan reads no non-matching key.
  std::uint64_t keys_read() const { return keys_read_; }

  struct Impl;
  QuadIterator(std::unique_ptr<Impl> impl, const ScanPlan& plan);

 private:
  std::unique_ptr<Impl> impl_;
  ScanPlan plan_;
  IdQuad current_;
  std::uint64_t keys_read_ = 0;
};

struct PredicateCounts {
  TermId predicate = kNoTerm;
  std::uint64_t triples = 0;  // distinct triples with this predicate (union)
  std::uint64_t distinct_subjects = 0;
  std::uint64_t distinct_objects = 0;
  friend bool operator==(const PredicateCounts&, const PredicateCounts&) = default;
};

struct StoreStatistics {
  std::uint64_t quads = 0;                  // quads, default graph included
  std::uint64_t triples = 0;                // distinct triples over the union of graphs
  std::uint64_t terms = 0;                  // dictionary entries (inline ids are not entries)
  std::uint64_t graphs = 0;                 // named graphs holding at least one quad
  std::vector<PredicateCounts> predicates;  // sorted by predicate id
  friend bool operator==(const StoreStatistics&, const StoreStatistics&) = default;
};

class Store;

// One atomic write: everything added through a writer becomes visible at Commit() all at
// once, or not at all (destroying a writer without Commit discards it). Holds the store's
// writer lock for its whole life. Reads inside the writer see its own uncommitted changes.
class BatchWriter {
 public:
  ~BatchWriter();
  BatchWriter(const BatchWriter&) = delete;
  BatchWriter& operator=(const BatchWriter&) = delete;

  // Ids for `terms`, creating dictionary entries for new ones (visible after Commit). One
  // MultiGet for the terms not in the cache. kInvalidArgument for a malformed term.
  Result<std::vector<TermId>> Encode(std::span<const Term> terms);
  // Ids for `terms` without creating any (kNoTerm for unknown), seeing this batch's new terms.
  Result<std::vector<TermId>> Lookup(std::span<const Term> terms);
  // Adds / removes one quad (g = kDefaultGraph or a named graph id). Returns whether anything
  // changed: inserting a present quad or removing an absent one is a no-op.
  Result<bool> Insert(const IdQuad& quad);
  Result<bool> Remove(const IdQuad& quad);
  // Term-level helpers: encode then insert; look up (never create) then remove. A null graph
  // is the default graph. Return how many quads changed.
  Result<std::uint64_t> InsertQuads(std::span<const Quad> quads);
  Result<std::uint64_t> RemoveQuads(std::span<const Quad> quads);

  // Writes the batch and the updated statistics atomically. The writer is empty afterwards and
  // may be reused.
  Status Commit();
  // Quads inserted minus quads removed since the last Commit.
  std::int64_t pending_quad_delta() const;

  struct Impl;
  explicit BatchWriter(std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

struct BulkLoadOptions {
  // The input's size in bytes, if known (0 = unknown): the loader reserves room for about as
  // many quads and terms as that much input holds, so its arrays need not grow by copying.
  std::uint64_t input_bytes = 0;
};

struct BulkLoadReport {
  std::uint64_t quads_read = 0;
  std::uint64_t quads_added = 0;
};

// Receives quads from a producer (a parser) and hands each to `sink`; used by BulkLoad. The
// sink may move from (or swap with) the quad it is given, as io::QuadHandler's may.
using QuadSink = std::function<Status(Quad& quad)>;
using QuadSource = std::function<Status(const QuadSink& sink)>;

class Store {
 public:
  // Opens (or creates) the store in directory `path`. Errors: kNotFound (missing directory and
  // !create_if_missing or read_only), kAlreadyExists (error_if_exists), kBusy (locked by another
  // writer; the message names the lock file), kCorruption (not a Marsad database, damaged
  // files), kNotSupported (another format version).
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const Options& options);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& path() const;
  bool read_only() const;

  SnapshotPtr GetSnapshot() const;

  // Ids of `terms` without creating any: kNoTerm for a term the store has never seen. One
  // MultiGet for the terms not cached or inlined. Dictionary entries are never removed, so
  // the answer holds for every later snapshot.
  Result<std::vector<TermId>> Lookup(std::span<const Term> terms) const;
  // Terms of `ids`: inline ids decoded; dictionary ids from the shared term cache, the rest
  // sorted and deduplicated, then read by one iterator walk for 32 or more, by one sorted
  // MultiGet below that, and offered to the cache. kNotFound for an id that was never
  // assigned, kInvalidArgument for kNoTerm / kDefaultGraph.
  Result<std::vector<Term>> Decode(std::span<const TermId> ids) const;
  // Decode into `*terms`, resized to ids.size(), for a caller decoding batch after batch: the
  // terms are overwritten in place, keeping their string buffers. Misses already sorted and
  // distinct skip the sort.
  Status DecodeInto(std::span<const TermId> ids, std::vector<Term>* terms) const;
  // Whether decoding goes through a shared id -> term cache (Options::term_cache_bytes).
  bool caches_terms() const;

  // REQUIRES: `snapshot` came from this store (nullptr = a fresh snapshot).
  Result<std::unique_ptr<QuadIterator>> Scan(SnapshotPtr snapshot, const IdPattern& pattern) const;
  // Points `*it` at `pattern` over `snapshot`: Restart() when it can, else a new Scan.
  // REQUIRES: `*it` null or from Scan on this store over `snapshot`.
  Status Rescan(SnapshotPtr snapshot, const IdPattern& pattern,
                std::unique_ptr<QuadIterator>* it) const;
  // Estimated number of matches: exact from statistics for {} and {p} in kUnion, exact for
  // small ranges (a bounded count), otherwise scaled from RocksDB's approximate range sizes.
  // Answers that read an index are cached until the next commit (StatsKeeper).
  Result<std::uint64_t> EstimateCount(const IdPattern& pattern) const;

  // The statistics kept current by every commit.
  StoreStatistics GetStatistics() const;
  // Statistics computed from the indexes by a full scan (what GetStatistics should equal).
  Result<StoreStatistics> CountFromIndexes() const;
  // Rebuilds the stored statistics from the indexes (CountFromIndexes) and saves them.
  Status Recount();

  // Waits for the writer lock. kNotSupported on a read-only store.
  Result<std::unique_ptr<BatchWriter>> NewBatchWriter();

  // Bulk load: pulls every quad from `source`, then writes all indexes and new dictionary
  // entries as sorted SST files ingested into RocksDB. Duplicates (within the input and
  // against the store) are skipped and statistics stay exact. All or nothing: on any error
  // nothing is ingested.
  Result<BulkLoadReport> BulkLoad(const QuadSource& source, const BulkLoadOptions& options = {});

  // Benchmark baseline: counts the keys of one index with a bare RocksDB iterator over a fresh
  // snapshot (no bounds, no decoding), to compare Scan against.
  Result<std::uint64_t> CountKeysRaw(Permutation perm) const;

  // Verifies, over one snapshot, that the nine indexes hold the same quads, that every id
  // they use decodes (id2term and term2id agreeing) and that the stored statistics equal a
  // recount (marsad/check.h). Readers and writers go on meanwhile. An error Status only when
  // the check itself could not read the database.
  Result<CheckReport> Check(const CheckOptions& options) const;
  // Writes a consistent copy of the database (a RocksDB checkpoint: SST files hard-linked
  // where the file system allows, memtables flushed first) to `dir`, which must not exist or
  // be empty (kAlreadyExists otherwise). Readers and writers go on meanwhile.
  Status Backup(const std::string& dir);
  // Test seam, bypassing every invariant: puts `value` under `key` in the column family named
  // `column_family` ("spo".."ospg", "id2term", "term2id", "meta"), or deletes the key when
  // `value` is nullopt. Tests corrupt databases with it to see Check report the damage.
  Status WriteRawForTesting(std::string_view column_family, std::string_view key,
                            const std::optional<std::string>& value);

  // Compacts every column family (benchmarks, `marsad check`) and returns the live SST bytes.
  Result<std::uint64_t> CompactAndMeasure();

  // Flushes memtables and closes RocksDB. Further calls fail with kNotSupported. kBusy (and
  // the store stays open) while snapshots, iterators, cursors or query results are alive.
  Status Close();

  struct Core;

 private:
  explicit Store(std::unique_ptr<Core> core);
  // Shared with every Snapshot (store_core.h), which keeps RocksDB open while it lives.
  std::shared_ptr<Core> core_;
};

}  // namespace marsad::store
