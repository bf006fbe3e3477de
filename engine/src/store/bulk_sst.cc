#include "store/bulk_sst.h"

#include <algorithm>
#include <array>
#include <map>
#include <memory>

#include "base/status_macros.h"
#include "store/bulk_runs.h"
#include "store/rocksdb_status.h"

namespace marsad::store {
namespace {

// The column family's own options, bottommost compression included (ZSTD): a bulk load into
// an empty store ingests every file into the bottommost level (nothing overlaps it), so the
// files are written in the form a full compaction would give them and no CompactRange is
// needed to reach the steady size. (They used to be LZ4 and 1.8 times that size until
// compacted; ZSTD costs the load about a tenth more CPU and saves the compaction, which took
// as long as the load: docs/performance.md, "Storage".)
rocksdb::Options WriterOptions(Store::Core& core, rocksdb::ColumnFamilyHandle* cf) {
  return core.db->GetOptions(cf);
}

// The 8-byte big-endian form of `id`, written into `out`.
std::string_view IdKey(TermId id, char* out) {
  for (std::size_t i = 0; i < kIdBytes; ++i) out[i] = static_cast<char>(id >> (8 * (7 - i)));
  return std::string_view(out, kIdBytes);
}

std::string RunFile(const std::string& dir, Permutation perm) {
  return dir + "/" + std::string(PermutationName(perm)) + ".sst";
}

}  // namespace

SstRun::SstRun(Store::Core& core, rocksdb::ColumnFamilyHandle* cf, std::string file)
    // invalidate_page_cache = false: the files are ingested and read right away, so dropping
    // their pages from the OS cache as they are written would only cost syscalls and reads.
    : cf_(cf),
      file_(std::move(file)),
      writer_(rocksdb::EnvOptions(), WriterOptions(core, cf), cf, /*invalidate_page_cache=*/false) {}

Status SstRun::Open() { return FromRocksDb(writer_.Open(file_), "creating " + file_); }

Status SstRun::PutError(const rocksdb::Status& s) const {
  return FromRocksDb(s, "writing " + file_);
}

Status SstRun::Finish(IngestArgs* args) {
  if (entries_ == 0) return Status();
  MARSAD_RETURN_IF_ERROR(FromRocksDb(writer_.Finish(), "finishing " + file_));
  rocksdb::IngestExternalFileArg arg;
  arg.column_family = cf_;
  arg.external_files = {file_};
  arg.options.move_files = true;
  args->push_back(std::move(arg));
  return Status();
}

Status WriteSortedRuns(Store::Core& core, const std::string& dir,
                       const std::vector<IdQuad>& quads, std::initializer_list<Permutation> perms,
                       IngestArgs* args) {
  std::vector<std::unique_ptr<SstRun>> runs;
  for (Permutation perm : perms) {
    runs.push_back(std::make_unique<SstRun>(core, core.cf(perm), RunFile(dir, perm)));
    MARSAD_RETURN_IF_ERROR(runs.back()->Open());
  }
  const std::string in_default = EncodeTripleValue(TripleValue{0, true});
  char key[4 * kIdBytes];
  for (const IdQuad& q : quads) {
    std::size_t i = 0;
    for (Permutation perm : perms) {
      // Both arms string_view: with "" the conditional made a temporary std::string copy of
      // in_default, and `value` dangled (clang -Wdangling-gsl).
      const std::string_view value =
          perm == Permutation::kSpo ? std::string_view(in_default) : std::string_view();
      MARSAD_RETURN_IF_ERROR(
          runs[i++]->Put(std::string_view(key, EncodeKeyTo(perm, q, key)), value));
    }
  }
  for (auto& run : runs) MARSAD_RETURN_IF_ERROR(run->Finish(args));
  return Status();
}

Status SortAndWriteRuns(Store::Core& core, const std::string& dir, std::vector<IdQuad>* quads,
                        std::initializer_list<Permutation> perms, IngestArgs* args) {
  for (Permutation perm : perms) {
    SortForPermutation(perm, quads);
    MARSAD_RETURN_IF_ERROR(WriteSortedRuns(core, dir, *quads, {perm}, args));
  }
  return Status();
}

Status WriteDictionaryRuns(Store::Core& core, const std::string& dir, const BulkDictionary& dict,
                           IngestArgs* args) {
  SstRun id2term(core, core.id2term, dir + "/id2term.sst");
  MARSAD_RETURN_IF_ERROR(id2term.Open());
  char key[kIdBytes];
  for (std::uint32_t i : dict.SortedById()) {
    MARSAD_RETURN_IF_ERROR(id2term.Put(IdKey(dict.id(i), key), dict.bytes(i)));
  }
  MARSAD_RETURN_IF_ERROR(id2term.Finish(args));
  SstRun term2id(core, core.term2id, dir + "/term2id.sst");
  MARSAD_RETURN_IF_ERROR(term2id.Open());
  for (std::uint32_t i : dict.SortedByBytes()) {
    MARSAD_RETURN_IF_ERROR(term2id.Put(dict.bytes(i), IdKey(dict.id(i), key)));
  }
  return term2id.Finish(args);
}

Status WriteMetaRun(Store::Core& core, const std::string& dir, std::uint64_t next_counter,
                    const StoreStatistics& stats, IngestArgs* args) {
  std::map<std::string, std::string> meta = {
      {std::string(kFormatVersionKey), EncodeFixed64(kFormatVersion)},
      {std::string(kNextIdKey), EncodeFixed64(next_counter)},
      {std::string(kQuadsKey), EncodeFixed64(stats.quads)},
      {std::string(kTriplesKey), EncodeFixed64(stats.triples)},
      {std::string(kTermsKey), EncodeFixed64(stats.terms)},
      {std::string(kGraphsKey), EncodeFixed64(stats.graphs)},
  };
  for (const PredicateCounts& p : stats.predicates) {
    meta[PredicateKey(p.predicate)] = EncodePredicateCounts(p);
  }
  SstRun run(core, core.meta, dir + "/meta.sst");
  MARSAD_RETURN_IF_ERROR(run.Open());
  for (const auto& [key, value] : meta) MARSAD_RETURN_IF_ERROR(run.Put(key, value));
  return run.Finish(args);
}

}  // namespace marsad::store
