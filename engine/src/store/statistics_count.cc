// Statistics computed from the indexes by full scans: the reference that the incrementally
// maintained statistics must equal (tests, Recount, `marsad check`).
#include <rocksdb/iterator.h>

#include <map>

#include "base/status_macros.h"
#include "store/rocksdb_status.h"
#include "store/store_core.h"

namespace marsad::store {
namespace {

// Calls visit(key) for every key of `cf`, in order.
template <typename Visit>
Status ForEachKey(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                  const rocksdb::Snapshot* snapshot, Visit visit) {
  rocksdb::ReadOptions read;
  read.snapshot = snapshot;
  read.fill_cache = false;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(read, cf));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    MARSAD_RETURN_IF_ERROR(visit(it->key().ToStringView()));
  }
  return FromRocksDb(it->status(), "scanning for statistics");
}

// Counts keys and, per first component, the distinct values of the first two components
// (runs of equal 16-byte prefixes, since keys are sorted).
Status CountRuns(Store::Core& core, Permutation perm, const rocksdb::Snapshot* snapshot,
                 std::map<TermId, std::uint64_t>* keys_per_first,
                 std::map<TermId, std::uint64_t>* runs_per_first) {
  std::string previous;
  return ForEachKey(core.db.get(), core.cf(perm), snapshot, [&](std::string_view key) {
    if (key.size() != 3 * kIdBytes) return Status(StatusCode::kCorruption, "bad triple key");
    TermId first = ReadId(key);
    (*keys_per_first)[first] += 1;
    std::string_view pair = key.substr(0, 2 * kIdBytes);
    if (pair != previous) {
      (*runs_per_first)[first] += 1;
      previous.assign(pair);
    }
    return Status();
  });
}

}  // namespace

Result<StoreStatistics> CountStatistics(Store::Core& core, const Snapshot& at) {
  const rocksdb::Snapshot* snapshot = at.get();
  StoreStatistics stats;
  // SPO sorted by s, p: runs of (s, p) = distinct subjects per predicate. POS gives objects.
  std::map<TermId, std::uint64_t> subjects_per_p;
  std::string previous;
  MARSAD_RETURN_IF_ERROR(
      ForEachKey(core.db.get(), core.cf(Permutation::kSpo), snapshot, [&](std::string_view key) {
        if (key.size() != 3 * kIdBytes) return Status(StatusCode::kCorruption, "bad spo key");
        std::string_view pair = key.substr(0, 2 * kIdBytes);
        if (pair != previous) {
          subjects_per_p[ReadId(key.substr(kIdBytes))] += 1;
          previous.assign(pair);
        }
        stats.triples += 1;
        return Status();
      }));
  std::map<TermId, std::uint64_t> triples_per_p;
  std::map<TermId, std::uint64_t> objects_per_p;
  MARSAD_RETURN_IF_ERROR(
      CountRuns(core, Permutation::kPos, snapshot, &triples_per_p, &objects_per_p));
  for (const auto& [p, triples] : triples_per_p) {
    stats.predicates.push_back(PredicateCounts{p, triples, subjects_per_p[p], objects_per_p[p]});
  }
  TermId last_graph = kNoTerm;
  MARSAD_RETURN_IF_ERROR(
      ForEachKey(core.db.get(), core.cf(Permutation::kGspo), snapshot, [&](std::string_view key) {
        if (key.size() != 4 * kIdBytes) return Status(StatusCode::kCorruption, "bad gspo key");
        TermId graph = ReadId(key);
        if (graph != last_graph && graph != kDefaultGraph) stats.graphs += 1;
        last_graph = graph;
        stats.quads += 1;
        return Status();
      }));
  // A default graph kept in the triple indexes alone is every triple, one quad each.
  if (!at.default_graph_in_quad_indexes()) stats.quads += stats.triples;
  MARSAD_RETURN_IF_ERROR(ForEachKey(core.db.get(), core.id2term, snapshot, [&](std::string_view) {
    stats.terms += 1;
    return Status();
  }));
  return stats;
}

}  // namespace marsad::store
