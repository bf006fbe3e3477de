#include "store/store.h"

#include <rocksdb/metadata.h>

#include "base/status_macros.h"
#include "store/rocksdb_status.h"
#include "store/store_core.h"

namespace marsad::store {

Store::Core::~Core() { (void)CloseDb(); }

Status Store::Core::CloseDb() {
  if (db == nullptr) return Status();
  Status result;
  if (!options.read_only) {
    rocksdb::FlushOptions flush;
    result = FromRocksDb(db->Flush(flush, handles), "flushing " + path);
  }
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    rocksdb::Status s = db->DestroyColumnFamilyHandle(handle);
    if (result.ok() && !s.ok()) result = FromRocksDb(s, "closing " + path);
  }
  handles.clear();
  rocksdb::Status s = db->Close();
  if (result.ok() && !s.ok()) result = FromRocksDb(s, "closing " + path);
  db.reset();
  return result;
}

Status Store::Core::CheckOpen() const {
  if (db == nullptr) return Status(StatusCode::kNotSupported, "database " + path + " is closed");
  return Status();
}

Store::Store(std::unique_ptr<Core> core) : core_(std::move(core)) {}
Store::~Store() = default;

const std::string& Store::path() const { return core_->path; }
bool Store::read_only() const { return core_->options.read_only; }

SnapshotPtr Store::GetSnapshot() const {
  if (core_->db == nullptr) return nullptr;
  return std::make_shared<const Snapshot>(core_);
}

Result<std::vector<TermId>> Store::Lookup(std::span<const Term> terms) const {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  std::vector<TermId> ids;
  std::vector<std::string> encoded;
  MARSAD_RETURN_IF_ERROR(LookupIds(*core_, rocksdb::ReadOptions(), terms, &ids, &encoded));
  return ids;
}

Result<std::vector<Term>> Store::Decode(std::span<const TermId> ids) const {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  std::vector<Term> terms;
  MARSAD_RETURN_IF_ERROR(DecodeIds(*core_, ids, &terms));
  return terms;
}

Status Store::DecodeInto(std::span<const TermId> ids, std::vector<Term>* terms) const {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  return DecodeIds(*core_, ids, terms);
}

bool Store::caches_terms() const { return core_->cache.caches_terms(); }

StoreStatistics Store::GetStatistics() const { return core_->stats.Get(); }

Result<StoreStatistics> Store::CountFromIndexes() const {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  SnapshotPtr snapshot = GetSnapshot();
  return CountStatistics(*core_, *snapshot);
}

Status Store::Recount() {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  if (read_only()) return Status(StatusCode::kNotSupported, "database is open read-only");
  std::lock_guard<std::mutex> lock(core_->writer_mutex);
  SnapshotPtr snapshot = GetSnapshot();
  MARSAD_ASSIGN_OR_RETURN(StoreStatistics stats, CountStatistics(*core_, *snapshot));
  rocksdb::WriteBatch batch;
  // Replace every statistics entry: delete the old predicate rows, write the counted ones.
  std::string begin(kPredicatePrefix);
  std::string end = PrefixSuccessor(begin);
  batch.DeleteRange(core_->meta, begin, end);
  batch.Put(core_->meta, kQuadsKey, EncodeFixed64(stats.quads));
  batch.Put(core_->meta, kTriplesKey, EncodeFixed64(stats.triples));
  batch.Put(core_->meta, kTermsKey, EncodeFixed64(stats.terms));
  batch.Put(core_->meta, kGraphsKey, EncodeFixed64(stats.graphs));
  for (const PredicateCounts& p : stats.predicates) {
    batch.Put(core_->meta, PredicateKey(p.predicate), EncodePredicateCounts(p));
  }
  MARSAD_RETURN_IF_ERROR(
      FromRocksDb(core_->db->Write(core_->write_options(), &batch), "saving statistics"));
  core_->stats.Reset(stats);
  return Status();
}

Result<std::uint64_t> Store::CompactAndMeasure() {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  if (!read_only()) {
    rocksdb::CompactRangeOptions compact;
    compact.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForce;
    for (rocksdb::ColumnFamilyHandle* handle : core_->handles) {
      MARSAD_RETURN_IF_ERROR(
          FromRocksDb(core_->db->CompactRange(compact, handle, nullptr, nullptr), "compacting"));
    }
  }
  std::uint64_t bytes = 0;
  for (rocksdb::ColumnFamilyHandle* handle : core_->handles) {
    rocksdb::ColumnFamilyMetaData meta;
    core_->db->GetColumnFamilyMetaData(handle, &meta);
    bytes += meta.size;
  }
  return bytes;
}

Status Store::Close() {
  std::lock_guard<std::mutex> lock(core_->writer_mutex);
  if (int open = core_->open_snapshots.load(); open > 0 && core_->db != nullptr) {
    return Status(StatusCode::kBusy, "database " + core_->path + " cannot close: " +
                                         std::to_string(open) +
                                         " cursor(s), query result(s) or snapshot(s) are still "
                                         "open; destroy them first");
  }
  return core_->CloseDb();
}

}  // namespace marsad::store
