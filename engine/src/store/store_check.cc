// Store::Check (statistics part and report), Store::Backup (RocksDB checkpoint) and the raw
// write seam tests use to corrupt a database on purpose.
#include "store/store_check.h"

#include <rocksdb/utilities/checkpoint.h>

#include <filesystem>
#include <map>
#include <system_error>

#include "base/status_macros.h"
#include "store/rocksdb_status.h"
#include "store/statistics.h"

namespace marsad::store {
namespace {

namespace fs = std::filesystem;

std::string PredicateText(const PredicateCounts& p) {
  return "triples=" + std::to_string(p.triples) + " subjects=" +
         std::to_string(p.distinct_subjects) + " objects=" + std::to_string(p.distinct_objects);
}

std::string DescribeId(Store::Core& core, TermId id) {
  std::vector<Term> terms;
  TermId ids[] = {id};
  if (DecodeIds(core, ids, &terms).ok()) return terms[0].ToNTriples();
  char hex[24];
  std::snprintf(hex, sizeof(hex), "#%016llx", static_cast<unsigned long long>(id));
  return hex;
}

// Compares the stored statistics with a recount of the same snapshot, one problem per field
// or predicate that differs.
void CompareStatistics(Store::Core& core, const StoreStatistics& stored,
                       const StoreStatistics& counted, ProblemList* problems) {
  const std::pair<const char*, std::uint64_t StoreStatistics::*> fields[] = {
      {"stats.quads", &StoreStatistics::quads},
      {"stats.triples", &StoreStatistics::triples},
      {"stats.terms", &StoreStatistics::terms},
      {"stats.graphs", &StoreStatistics::graphs}};
  for (const auto& [name, member] : fields) {
    if (stored.*member == counted.*member) continue;
    problems->Add(CheckProblemKind::kStatisticsMismatch, kMetaCf,
                  std::string(name) + " is " + std::to_string(stored.*member) +
                      " but the indexes hold " + std::to_string(counted.*member));
  }
  std::map<TermId, std::pair<PredicateCounts, PredicateCounts>> by_predicate;
  for (const PredicateCounts& p : stored.predicates) by_predicate[p.predicate].first = p;
  for (const PredicateCounts& p : counted.predicates) by_predicate[p.predicate].second = p;
  for (auto& [id, pair] : by_predicate) {
    pair.first.predicate = pair.second.predicate = id;
    if (pair.first == pair.second) continue;
    problems->Add(CheckProblemKind::kStatisticsMismatch, kMetaCf,
                  "predicate " + DescribeId(core, id) + ": stored " + PredicateText(pair.first) +
                      ", recount " + PredicateText(pair.second));
  }
}

rocksdb::ColumnFamilyHandle* HandleByName(Store::Core& core, std::string_view name) {
  if (name == kId2TermCf) return core.id2term;
  if (name == kTerm2IdCf) return core.term2id;
  if (name == kMetaCf) return core.meta;
  for (int i = 0; i < kPermutationCount; ++i) {
    if (PermutationName(static_cast<Permutation>(i)) == name) return core.index[i];
  }
  return nullptr;
}

}  // namespace

void ProblemList::Add(CheckProblemKind kind, std::string_view location, std::string message) {
  if (report_->problems.size() < max_) {
    report_->problems.push_back(CheckProblem{kind, std::string(location), std::move(message)});
  }
  ++report_->problem_count;
}

std::string DescribeQuad(Store::Core& core, const IdQuad& quad) {
  std::string text = DescribeId(core, quad.s) + ' ' + DescribeId(core, quad.p) + ' ' +
                     DescribeId(core, quad.o);
  if (quad.g == kDefaultGraph) return text + " (default graph)";
  if (quad.g != kNoTerm) text += " in graph " + DescribeId(core, quad.g);
  return text;
}

Result<CheckReport> Store::Check(const CheckOptions& options) const {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  CheckReport report;
  ProblemList problems(&report, options.max_problems);
  SnapshotPtr snapshot = GetSnapshot();
  MARSAD_RETURN_IF_ERROR(CheckIndexesAndDictionary(*core_, *snapshot, &problems));
  // The recount rejects malformed keys, already reported above; statistics are then unknown.
  Result<StoreStatistics> counted = CountStatistics(*core_, *snapshot);
  if (!counted.ok()) {
    if (counted.status().code() != StatusCode::kCorruption) return counted.status();
    problems.Add(CheckProblemKind::kBadEntry, kMetaCf,
                 "statistics cannot be recounted: " + counted.status().message());
    return report;
  }
  MARSAD_ASSIGN_OR_RETURN(StoreStatistics stored, ReadStoredStatistics(*core_, snapshot->get()));
  CompareStatistics(*core_, stored, *counted, &problems);
  report.quads = counted->quads;
  report.triples = counted->triples;
  report.terms = counted->terms;
  return report;
}

Status Store::Backup(const std::string& dir) {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  std::error_code error;
  if (fs::exists(dir, error)) {
    if (!fs::is_directory(dir, error)) {
      return Status(StatusCode::kInvalidArgument, "backup target " + dir + " is not a directory");
    }
    if (!fs::is_empty(dir, error)) {
      return Status(StatusCode::kAlreadyExists,
                    "backup directory " + dir + " is not empty; give a new or empty directory");
    }
    // RocksDB creates the checkpoint directory itself and refuses an existing one.
    fs::remove(dir, error);
  }
  fs::path parent = fs::absolute(dir, error).parent_path();
  fs::create_directories(parent, error);
  rocksdb::Checkpoint* raw = nullptr;
  MARSAD_RETURN_IF_ERROR(
      FromRocksDb(rocksdb::Checkpoint::Create(core_->db.get(), &raw), "backing up " + path()));
  std::unique_ptr<rocksdb::Checkpoint> checkpoint(raw);
  // log_size_for_flush 0: flush first, so the copy needs no WAL replay to hold every commit.
  return FromRocksDb(checkpoint->CreateCheckpoint(dir, /*log_size_for_flush=*/0),
                     "backing up " + path() + " to " + dir);
}

Status Store::WriteRawForTesting(std::string_view column_family, std::string_view key,
                                 const std::optional<std::string>& value) {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  rocksdb::ColumnFamilyHandle* cf = HandleByName(*core_, column_family);
  if (cf == nullptr) {
    return Status(StatusCode::kInvalidArgument,
                  "no column family '" + std::string(column_family) + "'");
  }
  std::lock_guard<std::mutex> lock(core_->writer_mutex);
  rocksdb::WriteOptions write = core_->write_options();
  rocksdb::Status s =
      value ? core_->db->Put(write, cf, key, *value) : core_->db->Delete(write, cf, key);
  return FromRocksDb(s, "raw write for a test");
}

}  // namespace marsad::store
