// Store::BulkLoad: encode every quad with an in-memory dictionary, sort one run per index,
// write each as an SST file and ingest them all in one atomic IngestExternalFiles call (the
// dictionary, the nine indexes and the meta statistics together, so a failure leaves nothing).
//
// Only an empty store (no dictionary entry) is bulk-loaded: then every term is new, so the
// in-memory map is the whole dictionary, and duplicates are removed by sorting. A non-empty
// store returns kNotSupported and the caller uses batched writes instead.
//
// Both cores work in every phase: while the source parses on the calling thread, a worker
// encodes (bulk_pipeline.h); then two threads share the sorts and the SST files, one sort or
// one file per task (bulk_tasks.h). A load with no named graph (the common case) writes no
// graph-first file at all: its GSPO/GPOS/GOSP keys would be the SPO/POS/OSP keys behind a
// constant prefix, so the store records that its default graph is in the triple indexes
// alone (statistics.h, DefaultGraphLayout).
#include <algorithm>
#include <array>
#include <filesystem>
#include <new>
#include <thread>

#include "base/status_macros.h"
#include "store/bulk_dictionary.h"
#include "store/bulk_pipeline.h"
#include "store/bulk_runs.h"
#include "store/bulk_sst.h"
#include "store/bulk_tasks.h"
#include "store/huge_pages.h"
#include "store/rocksdb_status.h"
#include "store/term_codec.h"

namespace marsad::store {
namespace {

namespace fs = std::filesystem;

// Runs `a` on a second thread and `b` on this one; the first error wins.
template <typename A, typename B>
Status RunBoth(A&& a, B&& b) {
  Status a_status;
  std::thread thread([&] { a_status = a(); });
  Status b_status = b();
  thread.join();
  return a_status.ok() ? b_status : a_status;
}

// Sorts in `perm` order and drops duplicates.
void SortDistinct(Permutation perm, std::vector<IdQuad>* quads) {
  SortForPermutation(perm, quads);
  quads->erase(std::unique(quads->begin(), quads->end()), quads->end());
}

// Runs of a load whose quads are all in the default graph, as tasks on two threads (see
// bulk_tasks.h): one sort or one file per task, so the threads stay balanced whatever their
// relative costs. SPO sorts `quads` in place; POS and OSP share one copy of them, sorted first
// in POS order, then (once the POS file is written) in OSP order. Each copy drops its own
// duplicates, so neither waits for a sort of the other. Fills stats.quads, stats.triples and
// stats.predicates.
Status WriteDefaultGraphRuns(Store::Core& core, const std::string& dir,
                             std::vector<IdQuad>* quads, const BulkDictionary& dict,
                             IngestArgs* args, StoreStatistics* stats) {
  TripleRunStats spo_stats;
  TripleRunStats pos_stats;
  std::vector<IdQuad> copy;
  // Tasks run concurrently: each fills its own argument list, joined in list order below.
  std::array<IngestArgs, 5> files;
  auto write = [&core, &dir](Permutation perm, const std::vector<IdQuad>* sorted,
                             IngestArgs* out) {
    return [&core, &dir, perm, sorted, out] {
      return WriteSortedRuns(core, dir, *sorted, {perm}, out);
    };
  };
  TaskList tasks;
  // List order is priority. The POS/OSP chain (two sorts, two files) is the longest, so it
  // starts at once with the copy it sorts, while the other thread sorts the dictionary; the
  // SPO sort waits for the copy, as both read the same quads.
  const std::size_t copied = tasks.Add("copy", [&] {
    ReserveHuge(&copy, quads->size());
    copy = *quads;
    return Status();
  });
  const std::size_t pos_sorted = tasks.Add("sort pos", [&] {
    SortDistinct(Permutation::kPos, &copy);
    for (const IdQuad& t : copy) pos_stats.AddInPosOrder(t);
    return Status();
  }, {copied});
  const std::size_t spo_sorted = tasks.Add("sort spo", [&] {
    SortDistinct(Permutation::kSpo, quads);
    for (const IdQuad& t : *quads) spo_stats.AddInSpoOrder(t);
    return Status();
  }, {copied});
  const std::size_t pos = tasks.Add("pos", write(Permutation::kPos, &copy, &files[1]), {pos_sorted});
  const std::size_t osp_sorted = tasks.Add("sort osp", [&] {
    SortForPermutation(Permutation::kOsp, &copy);
    return Status();
  }, {pos});
  tasks.Add("osp", write(Permutation::kOsp, &copy, &files[2]), {osp_sorted});
  tasks.Add("term2id", [&] { return WriteTerm2IdRun(core, dir, dict, &files[3]); });
  tasks.Add("spo", write(Permutation::kSpo, quads, &files[0]), {spo_sorted});
  tasks.Add("id2term", [&] { return WriteId2TermRun(core, dir, dict, &files[4]); });
  MARSAD_RETURN_IF_ERROR(tasks.Run(2));
  for (IngestArgs& file : files) {
    for (auto& arg : file) args->push_back(std::move(arg));
  }
  spo_stats.MergeObjectCounts(pos_stats);
  stats->quads = quads->size();
  stats->triples = quads->size();
  stats->predicates = spo_stats.Predicates();
  return Status();
}

// Triple runs (SPO with values, POS, OSP) and the statistics they imply, from quads sorted in
// S, P, O, G order; also writes the named-only quad runs.
Status WriteUnionRuns(Store::Core& core, const std::string& dir, std::vector<IdQuad>* quads,
                      IngestArgs* args, StoreStatistics* stats) {
  std::vector<IdQuad> named;
  SortForPermutation(Permutation::kSpog, quads);
  std::vector<IdQuad> triples;
  SstRun spo(core, core.cf(Permutation::kSpo), dir + "/spo.sst", quads->size());
  MARSAD_RETURN_IF_ERROR(spo.Open());
  TripleRunStats runs;
  for (std::size_t i = 0; i < quads->size();) {
    const IdQuad& first = (*quads)[i];
    TripleValue value;
    std::size_t j = i;
    for (; j < quads->size() && SameTriple((*quads)[j], first); ++j) {
      if ((*quads)[j].g == kDefaultGraph) {
        value.in_default = true;
      } else {
        value.named_graphs += 1;
        named.push_back((*quads)[j]);
      }
    }
    IdQuad triple{first.s, first.p, first.o, kNoTerm};
    runs.AddInSpoOrder(triple);
    spo.Put(EncodeKey(Permutation::kSpo, triple), EncodeTripleValue(value));
    triples.push_back(triple);
    i = j;
  }
  MARSAD_RETURN_IF_ERROR(spo.Finish(args));
  quads->clear();
  quads->shrink_to_fit();
  SortForPermutation(Permutation::kPos, &triples);
  for (const IdQuad& t : triples) runs.AddInPosOrder(t);
  MARSAD_RETURN_IF_ERROR(WriteSortedRuns(core, dir, triples, {Permutation::kPos}, args));
  MARSAD_RETURN_IF_ERROR(SortAndWriteRuns(core, dir, &triples, {Permutation::kOsp}, args));
  stats->triples = triples.size();
  stats->predicates = runs.Predicates();
  return SortAndWriteRuns(core, dir, &named,
                          {Permutation::kSpog, Permutation::kPosg, Permutation::kOspg}, args);
}

// Runs of a load with named graphs: graph-first runs and the dictionary on one thread, the
// union and named-only runs on the other. REQUIRES: `quads` distinct.
Status WriteGeneralRuns(Store::Core& core, const std::string& dir, std::vector<IdQuad>* quads,
                        const BulkDictionary& dict, IngestArgs* args, StoreStatistics* stats) {
  std::vector<IdQuad> copy = *quads;
  IngestArgs union_args;
  Status status = RunBoth(
      [&] { return WriteUnionRuns(core, dir, &copy, &union_args, stats); },
      [&]() -> Status {
        MARSAD_RETURN_IF_ERROR(SortAndWriteRuns(
            core, dir, quads, {Permutation::kGspo, Permutation::kGpos, Permutation::kGosp}, args));
        MARSAD_RETURN_IF_ERROR(WriteTerm2IdRun(core, dir, dict, args));
        return WriteId2TermRun(core, dir, dict, args);
      });
  MARSAD_RETURN_IF_ERROR(status);
  for (auto& arg : union_args) args->push_back(std::move(arg));
  return Status();
}

// Room for the quads and terms of an input of `input_bytes`, from generous guesses (a line of
// N-Triples is rarely under 64 bytes; terms take at most the input's bytes): reserving is only
// address space until written, and it saves copying each array as it doubles (a tenth of the
// encoding thread at 10 M quads). Best effort: a reservation the system refuses is skipped.
void ReserveForInput(std::uint64_t input_bytes, std::vector<IdQuad>* quads,
                     BulkDictionary* dict) {
  constexpr std::uint64_t kMinBytesPerQuad = 64;
  const std::uint64_t expected_quads = input_bytes / kMinBytesPerQuad;
  try {
    ReserveHuge(quads, expected_quads);
    dict->Reserve(expected_quads, input_bytes / 2);
  } catch (const std::bad_alloc&) {
  }
}

}  // namespace

Result<BulkLoadReport> Store::BulkLoad(const QuadSource& source, const BulkLoadOptions& options) {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  if (read_only()) return Status(StatusCode::kNotSupported, "database is open read-only");
  std::lock_guard<std::mutex> lock(core_->writer_mutex);
  StoreStatistics current = core_->stats.Get();
  if (current.terms != 0 || current.quads != 0) {
    return Status(StatusCode::kNotSupported, "bulk load needs an empty database; this one has " +
                                                 std::to_string(current.quads) + " quads");
  }
  BulkDictionary dict(core_->next_counter);
  BulkLoadReport report;
  std::vector<IdQuad> quads;
  ReserveForInput(options.input_bytes, &quads, &dict);
  bool named_graphs = false;
  MARSAD_RETURN_IF_ERROR(RunPipelined(source, [&](std::span<Quad> chunk) -> Status {
    report.quads_read += chunk.size();
    for (const Quad& quad : chunk) {
      MARSAD_ASSIGN_OR_RETURN(IdQuad ids, dict.EncodeQuad(quad));
      named_graphs |= ids.g != kDefaultGraph;
      quads.push_back(ids);
    }
    return Status();
  }));
  std::string dir = core_->path + "/bulk-load.tmp";
  std::error_code ignored;
  fs::remove_all(dir, ignored);
  fs::create_directories(dir, ignored);
  StoreStatistics stats;
  stats.terms = dict.size();
  IngestArgs args;
  Status status;
  if (named_graphs) {
    ParallelSortForPermutation(Permutation::kGspo, &quads);
    quads.erase(std::unique(quads.begin(), quads.end()), quads.end());
    stats.quads = quads.size();
    stats.graphs = CountNamedGraphs(quads);
    status = WriteGeneralRuns(*core_, dir, &quads, dict, &args, &stats);
  } else {
    status = WriteDefaultGraphRuns(*core_, dir, &quads, dict, &args, &stats);
  }
  const DefaultGraphLayout layout = named_graphs ? DefaultGraphLayout::kInQuadIndexes
                                                 : DefaultGraphLayout::kInTripleIndexesOnly;
  if (status.ok()) status = WriteMetaRun(*core_, dir, dict.next_counter(), stats, layout, &args);
  if (status.ok()) {
    // Switched before the files appear: a snapshot taken meanwhile reads the triple indexes,
    // which hold its default graph either way (empty before the ingestion).
    core_->SetDefaultGraphLayout(layout);
    status = FromRocksDb(core_->db->IngestExternalFiles(args), "ingesting the bulk load");
    if (!status.ok()) core_->SetDefaultGraphLayout(DefaultGraphLayout::kInQuadIndexes);
  }
  fs::remove_all(dir, ignored);
  MARSAD_RETURN_IF_ERROR(status);
  core_->next_counter = dict.next_counter();
  core_->stats.Reset(stats);
  report.quads_added = stats.quads;
  return report;
}

}  // namespace marsad::store
