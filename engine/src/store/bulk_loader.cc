// Store::BulkLoad: encode every quad with an in-memory dictionary, sort one run per index,
// write each as an SST file and ingest them all in one atomic IngestExternalFiles call (the
// dictionary, the nine indexes and the meta statistics together, so a failure leaves nothing).
//
// Only an empty store (no dictionary entry) is bulk-loaded: then every term is new, so the
// in-memory map is the whole dictionary, and duplicates are removed by sorting. A non-empty
// store returns kNotSupported and the caller uses batched writes instead.
#include <rocksdb/sst_file_writer.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <thread>
#include <unordered_map>

#include "base/status_macros.h"
#include "store/bulk_runs.h"
#include "store/rocksdb_status.h"
#include "store/store_core.h"
#include "store/term_codec.h"

namespace marsad::store {
namespace {

namespace fs = std::filesystem;

// The in-memory dictionary of a bulk load: every term is new.
class BulkDictionary {
 public:
  explicit BulkDictionary(std::uint64_t next_counter) : next_counter_(next_counter) {}

  Result<TermId> Encode(const Term& term) {
    if (auto inline_id = InlineIdOf(term)) return *inline_id;
    scratch_.clear();
    MARSAD_RETURN_IF_ERROR(EncodeTerm(term, &scratch_));
    auto [entry, added] = ids_.try_emplace(scratch_, kNoTerm);
    if (added) {
      if (next_counter_ > kPayloadMask) {
        return Status(StatusCode::kResourceExhausted, "the term dictionary is full");
      }
      entry->second = MakeId(DictionaryTagFor(term), next_counter_++);
    }
    return entry->second;
  }

  // A null graph is the default graph.
  Result<IdQuad> EncodeQuad(const Quad& quad) {
    IdQuad ids;
    MARSAD_ASSIGN_OR_RETURN(ids.s, Encode(quad.subject));
    MARSAD_ASSIGN_OR_RETURN(ids.p, Encode(quad.predicate));
    MARSAD_ASSIGN_OR_RETURN(ids.o, Encode(quad.object));
    ids.g = kDefaultGraph;
    if (!quad.graph.is_null()) {
      MARSAD_ASSIGN_OR_RETURN(ids.g, Encode(quad.graph));
    }
    return ids;
  }

  std::uint64_t next_counter() const { return next_counter_; }
  const std::unordered_map<std::string, TermId>& ids() const { return ids_; }

 private:
  std::uint64_t next_counter_;
  std::string scratch_;
  std::unordered_map<std::string, TermId> ids_;
};

// The column family's options, except that bulk SSTs use the fast level compression (LZ4)
// rather than ZSTD: SstFileWriter would otherwise pick bottommost_compression, and ZSTD took a
// seventh of the load's CPU. Compaction later rewrites the bottom level with ZSTD.
rocksdb::Options WriterOptions(Store::Core& core, rocksdb::ColumnFamilyHandle* cf) {
  rocksdb::Options options = core.db->GetOptions(cf);
  options.bottommost_compression = options.compression;
  return options;
}

// Writes sorted key/value pairs of one column family into one SST file.
class SstRun {
 public:
  SstRun(Store::Core& core, rocksdb::ColumnFamilyHandle* cf, std::string file)
      : cf_(cf),
        file_(std::move(file)),
        writer_(rocksdb::EnvOptions(), WriterOptions(core, cf), cf) {}

  Status Open() { return FromRocksDb(writer_.Open(file_), "creating " + file_); }
  Status Put(std::string_view key, std::string_view value) {
    ++entries_;
    rocksdb::Status s = writer_.Put(rocksdb::Slice(key), rocksdb::Slice(value));
    if (!s.ok()) return FromRocksDb(s, "writing " + file_);  // context built on error only
    return Status();
  }
  // Adds the file to `args` unless it is empty (RocksDB cannot finish an empty SST).
  Status Finish(std::vector<rocksdb::IngestExternalFileArg>* args) {
    if (entries_ == 0) return Status();
    MARSAD_RETURN_IF_ERROR(FromRocksDb(writer_.Finish(), "finishing " + file_));
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = cf_;
    arg.external_files = {file_};
    arg.options.move_files = true;
    args->push_back(std::move(arg));
    return Status();
  }

 private:
  rocksdb::ColumnFamilyHandle* cf_;
  std::string file_;
  rocksdb::SstFileWriter writer_;
  std::uint64_t entries_ = 0;
};

struct BulkOutput {
  std::vector<rocksdb::IngestExternalFileArg> args;
  StoreStatistics stats;
};

// One index run per permutation in `perms`, from `quads` (sorted in place per permutation).
Status WriteIndexRuns(Store::Core& core, const std::string& dir, std::vector<IdQuad>* quads,
                      std::initializer_list<Permutation> perms,
                      std::vector<rocksdb::IngestExternalFileArg>* args) {
  for (Permutation perm : perms) {
    SortForPermutation(perm, quads);
    SstRun run(core, core.cf(perm), dir + "/" + std::string(PermutationName(perm)) + ".sst");
    MARSAD_RETURN_IF_ERROR(run.Open());
    char key[4 * kIdBytes];
    for (const IdQuad& q : *quads) {
      MARSAD_RETURN_IF_ERROR(run.Put(std::string_view(key, EncodeKeyTo(perm, q, key)), ""));
    }
    MARSAD_RETURN_IF_ERROR(run.Finish(args));
  }
  return Status();
}

Status WriteDictionaryRuns(Store::Core& core, const std::string& dir, const BulkDictionary& dict,
                           std::vector<rocksdb::IngestExternalFileArg>* args) {
  std::vector<std::pair<std::string_view, TermId>> entries(dict.ids().begin(), dict.ids().end());
  std::sort(entries.begin(), entries.end());
  SstRun term2id(core, core.term2id, dir + "/term2id.sst");
  MARSAD_RETURN_IF_ERROR(term2id.Open());
  for (const auto& [bytes, id] : entries)
    MARSAD_RETURN_IF_ERROR(term2id.Put(bytes, EncodeFixed64(id)));
  MARSAD_RETURN_IF_ERROR(term2id.Finish(args));
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  SstRun id2term(core, core.id2term, dir + "/id2term.sst");
  MARSAD_RETURN_IF_ERROR(id2term.Open());
  for (const auto& [bytes, id] : entries)
    MARSAD_RETURN_IF_ERROR(id2term.Put(EncodeFixed64(id), bytes));
  return id2term.Finish(args);
}

// Triple runs (SPO with values, POS, OSP) and the statistics they imply, from quads sorted in
// S, P, O, G order; also writes the named-only quad runs.
Status WriteUnionRuns(Store::Core& core, const std::string& dir, std::vector<IdQuad>* quads,
                      BulkOutput* out) {
  std::vector<IdQuad> named;
  SortForPermutation(Permutation::kSpog, quads);
  std::vector<IdQuad> triples;
  SstRun spo(core, core.cf(Permutation::kSpo), dir + "/spo.sst");
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
    MARSAD_RETURN_IF_ERROR(spo.Put(EncodeKey(Permutation::kSpo, triple), EncodeTripleValue(value)));
    triples.push_back(triple);
    i = j;
  }
  MARSAD_RETURN_IF_ERROR(spo.Finish(&out->args));
  quads->clear();
  quads->shrink_to_fit();
  SortForPermutation(Permutation::kPos, &triples);
  for (const IdQuad& t : triples) runs.AddInPosOrder(t);
  MARSAD_RETURN_IF_ERROR(
      WriteIndexRuns(core, dir, &triples, {Permutation::kPos, Permutation::kOsp}, &out->args));
  out->stats.triples = triples.size();
  out->stats.predicates = runs.Predicates();
  return WriteIndexRuns(core, dir, &named,
                        {Permutation::kSpog, Permutation::kPosg, Permutation::kOspg}, &out->args);
}

Status WriteMetaRun(Store::Core& core, const std::string& dir, std::uint64_t next_counter,
                    const StoreStatistics& stats,
                    std::vector<rocksdb::IngestExternalFileArg>* args) {
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

}  // namespace

Result<BulkLoadReport> Store::BulkLoad(const QuadSource& source) {
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
  MARSAD_RETURN_IF_ERROR(source([&](Quad& quad) -> Status {
    ++report.quads_read;
    MARSAD_ASSIGN_OR_RETURN(IdQuad ids, dict.EncodeQuad(quad));
    quads.push_back(ids);
    return Status();
  }));
  SortForPermutation(Permutation::kGspo, &quads);
  quads.erase(std::unique(quads.begin(), quads.end()), quads.end());

  std::string dir = core_->path + "/bulk-load.tmp";
  std::error_code ignored;
  fs::remove_all(dir, ignored);
  fs::create_directories(dir, ignored);
  BulkOutput graph_first;
  BulkOutput union_runs;
  graph_first.stats.quads = quads.size();
  graph_first.stats.terms = dict.ids().size();
  graph_first.stats.graphs = CountNamedGraphs(quads);
  // Two threads (the machine has two cores): graph-first runs + dictionary | union runs.
  std::vector<IdQuad> copy = quads;
  Status union_status;
  std::thread union_thread([&] { union_status = WriteUnionRuns(*core_, dir, &copy, &union_runs); });
  Status status = WriteIndexRuns(*core_, dir, &quads,
                                 {Permutation::kGspo, Permutation::kGpos, Permutation::kGosp},
                                 &graph_first.args);
  if (status.ok()) status = WriteDictionaryRuns(*core_, dir, dict, &graph_first.args);
  union_thread.join();
  if (status.ok()) status = union_status;
  StoreStatistics stats = graph_first.stats;
  stats.triples = union_runs.stats.triples;
  stats.predicates = union_runs.stats.predicates;
  std::vector<rocksdb::IngestExternalFileArg> args = std::move(graph_first.args);
  for (auto& arg : union_runs.args) args.push_back(std::move(arg));
  if (status.ok()) status = WriteMetaRun(*core_, dir, dict.next_counter(), stats, &args);
  if (status.ok()) {
    status = FromRocksDb(core_->db->IngestExternalFiles(args), "ingesting the bulk load");
  }
  fs::remove_all(dir, ignored);
  MARSAD_RETURN_IF_ERROR(status);
  core_->next_counter = dict.next_counter();
  core_->stats.Reset(stats);
  report.quads_added = stats.quads;
  return report;
}

}  // namespace marsad::store
