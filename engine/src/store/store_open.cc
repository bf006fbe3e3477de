// Store::Open: RocksDB options per column family, lock and format checks, loading the meta.
#include <rocksdb/cache.h>
#include <rocksdb/convenience.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/table.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "base/status_macros.h"
#include "store/fault_injection.h"
#include "store/rocksdb_status.h"
#include "store/store_check.h"
#include "store/store_core.h"

namespace marsad::store {
namespace {

namespace fs = std::filesystem;

bool Supported(rocksdb::CompressionType type) {
  auto all = rocksdb::GetSupportedCompressions();
  return std::find(all.begin(), all.end(), type) != all.end();
}

// Index keys share long prefixes (delta-encoded within blocks) and compress well; a bloom
// filter pays off only where point lookups happen: the dictionary and the two permutations
// answering fully bound patterns (SPO for the union, GSPO for one graph).
rocksdb::ColumnFamilyOptions CfOptions(std::string_view name,
                                       const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions cf;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  table.block_size = 16 * 1024;
  table.format_version = 5;
  table.index_block_restart_interval = 16;
  bool point_lookups = name == "spo" || name == "gspo" || name == kTerm2IdCf || name == kId2TermCf;
  if (point_lookups) table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(kBloomBitsPerKey));
  cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  cf.compression =
      Supported(rocksdb::kLZ4Compression) ? rocksdb::kLZ4Compression : rocksdb::kSnappyCompression;
  if (Supported(rocksdb::kZSTD)) cf.bottommost_compression = rocksdb::kZSTD;
  cf.write_buffer_size = 32u << 20;
  return cf;
}

std::vector<std::string> AllCfNames() {
  std::vector<std::string> names = {rocksdb::kDefaultColumnFamilyName, std::string(kId2TermCf),
                                    std::string(kTerm2IdCf), std::string(kMetaCf)};
  for (int i = 0; i < kPermutationCount; ++i) {
    names.emplace_back(PermutationName(static_cast<Permutation>(i)));
  }
  return names;
}

// Checks the directory before RocksDB sees it, so errors name the path clearly.
Status CheckDirectory(const std::string& path, const Options& options, bool* exists) {
  std::error_code error;
  bool dir = fs::is_directory(path, error);
  bool has_current = dir && fs::exists(fs::path(path) / "CURRENT", error);
  *exists = has_current;
  if (!dir && fs::exists(path, error)) {
    return Status(StatusCode::kInvalidArgument, "database path " + path + " is not a directory");
  }
  if (!has_current) {
    if (options.read_only || !options.create_if_missing) {
      if (!dir) return Status(StatusCode::kNotFound, "database " + path + " does not exist");
      return Status(StatusCode::kNotFound, "no database in directory " + path);
    }
    if (dir && !fs::is_empty(path, error)) {
      return Status(StatusCode::kCorruption, path + " is not a Marsad database (a non-empty " +
                                                 "directory without a RocksDB CURRENT file)");
    }
    return Status();
  }
  if (options.error_if_exists) {
    return Status(StatusCode::kAlreadyExists, "database " + path + " already exists");
  }
  return Status();
}

// Sets *unfinished when the database holds only some of our column families and no other:
// a creation killed before it made them all (RocksDB creates column families one by one after
// CURRENT). Such a database holds no data and is finished as a fresh one.
Status CheckColumnFamilies(const std::string& path, const rocksdb::DBOptions& db_options,
                           bool* unfinished) {
  std::vector<std::string> present;
  rocksdb::Status s = rocksdb::DB::ListColumnFamilies(db_options, path, &present);
  if (!s.ok()) return FromRocksDb(s, "database " + path + " cannot be read");
  const std::vector<std::string> ours = AllCfNames();
  bool all_ours = std::all_of(present.begin(), present.end(), [&](const std::string& name) {
    return std::find(ours.begin(), ours.end(), name) != ours.end();
  });
  *unfinished = false;
  for (const std::string& name : ours) {
    if (std::find(present.begin(), present.end(), name) != present.end()) continue;
    if (all_ours) {
      *unfinished = true;
      return Status();
    }
    return Status(StatusCode::kCorruption,
                  path + " is not a Marsad database (column family '" + name + "' is missing)");
  }
  return Status();
}

// True when no column family holds a key: a database whose creation never got to write.
bool IsEmpty(Store::Core& core) {
  for (rocksdb::ColumnFamilyHandle* handle : core.handles) {
    std::unique_ptr<rocksdb::Iterator> it(core.db->NewIterator(rocksdb::ReadOptions(), handle));
    it->SeekToFirst();
    if (it->Valid() || !it->status().ok()) return false;
  }
  return true;
}

Status LoadMeta(Store::Core& core, bool fresh) {
  rocksdb::ReadOptions read;
  std::string value;
  if (fresh) {
    rocksdb::WriteBatch batch;
    batch.Put(core.meta, kFormatVersionKey, EncodeFixed64(kFormatVersion));
    batch.Put(core.meta, kNextIdKey, EncodeFixed64(1));
    return FromRocksDb(core.db->Write(core.write_options(), &batch), "initialising " + core.path);
  }
  rocksdb::Status s = core.db->Get(read, core.meta, kFormatVersionKey, &value);
  if (s.IsNotFound() && !core.options.read_only && IsEmpty(core)) {
    return LoadMeta(core, /*fresh=*/true);  // a creation killed before it wrote the meta
  }
  if (s.IsNotFound()) {
    return Status(StatusCode::kCorruption, core.path +
                                               " is not a Marsad database (no format "
                                               "version in its meta column family)");
  }
  MARSAD_RETURN_IF_ERROR(FromRocksDb(s, "reading the format version of " + core.path));
  auto version = DecodeFixed64(value);
  if (!version) return Status(StatusCode::kCorruption, "bad format version in " + core.path);
  if (*version < kOldestReadableFormatVersion || *version > kFormatVersion) {
    return Status(StatusCode::kNotSupported,
                  "database " + core.path + " has storage format " + std::to_string(*version) +
                      "; this build reads formats " +
                      std::to_string(kOldestReadableFormatVersion) + " to " +
                      std::to_string(kFormatVersion));
  }
  s = core.db->Get(read, core.meta, kDefaultGraphLayoutKey, &value);
  if (!s.IsNotFound()) {
    MARSAD_RETURN_IF_ERROR(FromRocksDb(s, "reading the default-graph layout of " + core.path));
    auto layout = DecodeFixed64(value);
    if (!layout || *layout > std::uint64_t(DefaultGraphLayout::kInTripleIndexesOnly)) {
      return Status(StatusCode::kCorruption, "bad default-graph layout in " + core.path);
    }
    core.SetDefaultGraphLayout(DefaultGraphLayout(*layout));
  }
  s = core.db->Get(read, core.meta, kNextIdKey, &value);
  MARSAD_RETURN_IF_ERROR(FromRocksDb(s, "reading the id counter of " + core.path));
  auto next = DecodeFixed64(value);
  if (!next) return Status(StatusCode::kCorruption, "bad id counter in " + core.path);
  core.next_counter = *next;
  return Status();
}

Status LoadStatistics(Store::Core& core) {
  MARSAD_ASSIGN_OR_RETURN(StoreStatistics stats, ReadStoredStatistics(core, nullptr));
  core.stats.Reset(stats);
  return Status();
}

}  // namespace

Result<StoreStatistics> ReadStoredStatistics(Store::Core& core, const rocksdb::Snapshot* snapshot) {
  StoreStatistics stats;
  rocksdb::ReadOptions read;
  read.snapshot = snapshot;
  std::unique_ptr<rocksdb::Iterator> it(core.db->NewIterator(read, core.meta));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    std::string_view key = it->key().ToStringView();
    std::string_view value = it->value().ToStringView();
    if (key.starts_with(kPredicatePrefix)) {
      PredicateCounts counts;
      if (!DecodePredicateCounts(key, value, &counts)) {
        return Status(StatusCode::kCorruption, "bad predicate statistics in " + core.path);
      }
      stats.predicates.push_back(counts);
      continue;
    }
    std::uint64_t* target = key == kQuadsKey     ? &stats.quads
                            : key == kTriplesKey ? &stats.triples
                            : key == kTermsKey   ? &stats.terms
                            : key == kGraphsKey  ? &stats.graphs
                                                 : nullptr;
    if (target == nullptr) continue;
    auto number = DecodeFixed64(value);
    if (!number) return Status(StatusCode::kCorruption, "bad statistics in " + core.path);
    *target = *number;
  }
  MARSAD_RETURN_IF_ERROR(FromRocksDb(it->status(), "reading statistics of " + core.path));
  return stats;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const Options& options) {
  bool exists = false;
  MARSAD_RETURN_IF_ERROR(CheckDirectory(path, options, &exists));
  auto core = std::make_unique<Core>(options);
  core->path = path;
  rocksdb::DBOptions db_options;
  db_options.create_if_missing = !exists;
  db_options.create_missing_column_families = !exists;
  db_options.IncreaseParallelism(2);
  db_options.max_background_jobs = 2;
  db_options.keep_log_file_num = 4;
  if (rocksdb::Env* env = FaultInjectionEnv()) db_options.env = env;
  bool unfinished = false;
  if (exists) MARSAD_RETURN_IF_ERROR(CheckColumnFamilies(path, db_options, &unfinished));
  if (unfinished && !options.read_only) {
    db_options.create_missing_column_families = true;
    exists = false;  // initialise the meta as for a new database
  }

  auto cache = rocksdb::NewLRUCache(std::max<std::size_t>(options.block_cache_bytes, 1u << 20));
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : AllCfNames())
    descriptors.emplace_back(name, CfOptions(name, cache));
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s =
      options.read_only
          ? rocksdb::DB::OpenForReadOnly(db_options, path, descriptors, &core->handles, &raw)
          : rocksdb::DB::Open(db_options, path, descriptors, &core->handles, &raw);
  if (IsLockError(s)) {
    return Status(StatusCode::kBusy, "database " + path +
                                         " is locked by another process (lock file " +
                                         (fs::path(path) / "LOCK").string() +
                                         "); open it read-only or close the other process");
  }
  MARSAD_RETURN_IF_ERROR(FromRocksDb(s, "opening database " + path));
  core->db.reset(raw);
  core->id2term = core->handles[1];
  core->term2id = core->handles[2];
  core->meta = core->handles[3];
  for (int i = 0; i < kPermutationCount; ++i) core->index[i] = core->handles[4 + i];
  MARSAD_RETURN_IF_ERROR(LoadMeta(*core, !exists));
  MARSAD_RETURN_IF_ERROR(LoadStatistics(*core));
  return std::unique_ptr<Store>(new Store(std::move(core)));
}

}  // namespace marsad::store
