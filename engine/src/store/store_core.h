// Store internals shared by the store's .cc files. Includes RocksDB: never include this from
// outside engine/src/store (store.h is the interface).
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/snapshot.h>

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "marsad/options.h"
#include "store/key_codec.h"
#include "store/statistics.h"
#include "store/store.h"
#include "store/term_cache.h"

namespace marsad::store {

// Column family names. DO NOT CHANGE (docs/storage-format.md): id2term, term2id, meta, and
// one per Permutation named by PermutationName().
inline constexpr std::string_view kId2TermCf = "id2term";
inline constexpr std::string_view kTerm2IdCf = "term2id";
inline constexpr std::string_view kMetaCf = "meta";
// Bits per key of the Bloom filters of the column families that serve point lookups (spo,
// gspo and the dictionary): set in their options and in the bulk loader's own table files.
inline constexpr int kBloomBitsPerKey = 10;

// Holds the Core, so RocksDB stays open while any snapshot (and so any iterator, cursor or
// query result, which all pin one) lives: Store::Close refuses while snapshots are open, and
// a Store destroyed first leaves the last snapshot to close the database.
class Snapshot {
 public:
  explicit Snapshot(std::shared_ptr<Store::Core> core);
  ~Snapshot();
  Snapshot(const Snapshot&) = delete;
  Snapshot& operator=(const Snapshot&) = delete;
  const rocksdb::Snapshot* get() const { return snapshot_; }
  // Whether GSPO/GPOS/GOSP hold the default graph's quads at this point in time (statistics.h,
  // DefaultGraphLayout); when not, SPO/POS/OSP are the default graph.
  bool default_graph_in_quad_indexes() const { return default_graph_in_quad_indexes_; }

 private:
  std::shared_ptr<Store::Core> core_;
  const rocksdb::Snapshot* snapshot_;
  bool default_graph_in_quad_indexes_;
};

struct Store::Core {
  explicit Core(const Options& opts) : options(opts), cache(opts.term_cache_bytes) {}
  // Destroys the column family handles, then the database (RocksDB requires that order).
  ~Core();
  Status CloseDb();

  std::string path;
  Options options;
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;  // owned; destroyed before db
  rocksdb::ColumnFamilyHandle* id2term = nullptr;
  rocksdb::ColumnFamilyHandle* term2id = nullptr;
  rocksdb::ColumnFamilyHandle* meta = nullptr;
  std::array<rocksdb::ColumnFamilyHandle*, kPermutationCount> index{};

  // Held by the BatchWriter (and bulk load) for its whole life: one writer at a time.
  std::mutex writer_mutex;
  // Next dictionary counter (payload of the next new id). Advanced under writer_mutex; ids of
  // a batch that fails are skipped, never reused.
  std::atomic<std::uint64_t> next_counter{1};
  TermCache cache;
  StatsKeeper stats;
  // Live Snapshot objects; Close fails while there are any.
  std::atomic<int> open_snapshots{0};
  // The sequence number from which GSPO/GPOS/GOSP hold the default graph: 0 for stores laid
  // out that way from the start, kNeverSequence while a bulk-loaded store keeps it in the
  // triple indexes only, and the copy's sequence number once its first named-graph quad made
  // the writer copy it (default_graph_copy.h). A snapshot compares its own sequence number:
  // one taken before the copy sees no named-graph quad either, so the triple indexes are
  // still exactly its default graph.
  static constexpr std::uint64_t kNeverSequence = ~std::uint64_t{0};
  std::atomic<std::uint64_t> default_graph_in_quad_indexes_from{0};

  // For the writer, which sees the latest state.
  bool DefaultGraphInQuadIndexes() const {
    return default_graph_in_quad_indexes_from.load() != kNeverSequence;
  }
  void SetDefaultGraphLayout(DefaultGraphLayout layout) {
    default_graph_in_quad_indexes_from =
        layout == DefaultGraphLayout::kInQuadIndexes ? 0 : kNeverSequence;
  }

  rocksdb::ColumnFamilyHandle* cf(Permutation perm) const { return index[int(perm)]; }
  rocksdb::WriteOptions write_options() const {
    rocksdb::WriteOptions w;
    w.sync = options.sync_writes;
    return w;
  }
  Status CheckOpen() const;
};

inline Snapshot::Snapshot(std::shared_ptr<Store::Core> core)
    : core_(std::move(core)), snapshot_(core_->db->GetSnapshot()) {
  // Read after taking the snapshot: a writer publishes the copy's sequence number before it
  // commits any named-graph quad, so a snapshot that could see one also sees the number.
  default_graph_in_quad_indexes_ =
      snapshot_->GetSequenceNumber() >= core_->default_graph_in_quad_indexes_from.load();
  core_->open_snapshots.fetch_add(1);
}
inline Snapshot::~Snapshot() {
  core_->db->ReleaseSnapshot(snapshot_);
  core_->open_snapshots.fetch_sub(1);
}

// Read options for the index and dictionary column families. Only the meta family ever gets
// a range deletion (Store::Recount clears its statistics that way), so reads of the others
// skip RocksDB's range-tombstone bookkeeping, a cost paid on every iterator step otherwise.
inline rocksdb::ReadOptions DataReadOptions(const rocksdb::Snapshot* snapshot = nullptr) {
  rocksdb::ReadOptions read;
  read.snapshot = snapshot;
  read.ignore_range_deletions = true;
  return read;
}

// Dictionary reads (term_dictionary.cc). `ids` / `terms` have the size of the input.
// LookupIds: kNoTerm for unknown terms; `encoded` receives each term's dictionary bytes
// (empty for inline ids) so a writer can create the missing entries without re-encoding.
Status LookupIds(Store::Core& core, const rocksdb::ReadOptions& read, std::span<const Term> terms,
                 std::vector<TermId>* ids, std::vector<std::string>* encoded);
// Resizes `*terms` to ids.size() and overwrites each with the term of ids[i].
Status DecodeIds(Store::Core& core, std::span<const TermId> ids, std::vector<Term>* terms);

// Scans a whole column family counting rows (statistics.cc / bulk loader helpers).
Result<StoreStatistics> CountStatistics(Store::Core& core, const Snapshot& snapshot);

}  // namespace marsad::store
