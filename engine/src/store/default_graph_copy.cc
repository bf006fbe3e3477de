#include "store/default_graph_copy.h"

#include <rocksdb/iterator.h>

#include <filesystem>
#include <memory>
#include <utility>

#include "base/status_macros.h"
#include "store/bulk_sst.h"
#include "store/rocksdb_status.h"
#include "store/statistics.h"

namespace marsad::store {
namespace {

namespace fs = std::filesystem;

// Streams one triple index into the default-graph keys of its graph-first twin: SPO order is
// GSPO order once the constant graph id is put in front, and so on, so no sort is needed.
Status CopyIndex(Store::Core& core, const rocksdb::Snapshot* snapshot, Permutation from,
                 Permutation to, const std::string& dir, IngestArgs* args) {
  SstRun run(core, core.cf(to), dir + "/" + std::string(PermutationName(to)) + ".sst",
             core.stats.Get().triples);
  MARSAD_RETURN_IF_ERROR(run.Open());
  std::unique_ptr<rocksdb::Iterator> it(
      core.db->NewIterator(DataReadOptions(snapshot), core.cf(from)));
  char key[4 * kIdBytes];
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    IdQuad quad;
    if (!DecodeKey(from, it->key().ToStringView(), &quad)) {
      return Status(StatusCode::kCorruption,
                    "bad key in the " + std::string(PermutationName(from)) + " index");
    }
    quad.g = kDefaultGraph;
    run.Put(std::string_view(key, EncodeKeyTo(to, quad, key)), {});
  }
  MARSAD_RETURN_IF_ERROR(FromRocksDb(it->status(), "copying the default graph"));
  return run.Finish(args);
}

Status WriteAndIngest(Store::Core& core, const std::string& dir) {
  const rocksdb::Snapshot* snapshot = core.db->GetSnapshot();
  IngestArgs args;
  Status status;
  constexpr std::pair<Permutation, Permutation> kTwins[] = {
      {Permutation::kSpo, Permutation::kGspo},
      {Permutation::kPos, Permutation::kGpos},
      {Permutation::kOsp, Permutation::kGosp},
  };
  for (const auto& [from, to] : kTwins) {
    status = CopyIndex(core, snapshot, from, to, dir, &args);
    if (!status.ok()) break;
  }
  core.db->ReleaseSnapshot(snapshot);
  MARSAD_RETURN_IF_ERROR(status);
  SstRun layout(core, core.meta, dir + "/meta.sst", 1);
  MARSAD_RETURN_IF_ERROR(layout.Open());
  layout.Put(kDefaultGraphLayoutKey,
             EncodeFixed64(std::uint64_t(DefaultGraphLayout::kInQuadIndexes)));
  MARSAD_RETURN_IF_ERROR(layout.Finish(&args));
  return FromRocksDb(core.db->IngestExternalFiles(args), "copying the default graph");
}

}  // namespace

Status CopyDefaultGraphIntoQuadIndexes(Store::Core& core) {
  std::string dir = core.path + "/default-graph-copy.tmp";
  std::error_code ignored;
  fs::remove_all(dir, ignored);
  fs::create_directories(dir, ignored);
  Status status = WriteAndIngest(core, dir);
  fs::remove_all(dir, ignored);
  MARSAD_RETURN_IF_ERROR(status);
  core.default_graph_in_quad_indexes_from = core.db->GetLatestSequenceNumber();
  return Status();
}

}  // namespace marsad::store
