#include "store/bulk_sst.h"

#include <rocksdb/env.h>
#include <rocksdb/table.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <map>
#include <memory>

#include "base/status_macros.h"
#include "store/bulk_runs.h"
#include "store/rocksdb_status.h"

namespace marsad::store {
namespace {

// The table layout of the column family's own options, with its Bloom filter and its
// bottommost compression: a bulk load into an empty store ingests every file into the
// bottommost level (nothing overlaps it), so the files are written in the form a full
// compaction would give them and no CompactRange is needed to reach the steady size. ZSTD
// level 3 is what compaction writes; on index blocks it costs no more than level 1 or the
// negative levels (docs/performance.md, "Storage").
TableFileOptions WriterOptions(Store::Core& core, rocksdb::ColumnFamilyHandle* cf,
                               std::uint64_t expected_entries) {
  rocksdb::Options cf_options = core.db->GetOptions(cf);
  TableFileOptions options;
  options.column_family_id = cf->GetID();
  options.column_family_name = cf->GetName();
  if (const auto* table = cf_options.table_factory->GetOptions<rocksdb::BlockBasedTableOptions>()) {
    options.block_size = table->block_size;
    options.restart_interval = table->block_restart_interval;
    options.index_restart_interval = table->index_block_restart_interval;
    if (table->filter_policy != nullptr) options.bloom_bits_per_key = kBloomBitsPerKey;
  }
  options.expected_entries = expected_entries;
  options.compress = cf_options.bottommost_compression == rocksdb::kZSTD;
  options.zstd_level = 3;
  return options;
}

// The 8-byte big-endian form of `id`, written into `out`.
std::string_view IdKey(TermId id, char* out) {
  for (std::size_t i = 0; i < kIdBytes; ++i) out[i] = static_cast<char>(id >> (8 * (7 - i)));
  return std::string_view(out, kIdBytes);
}

// Writes the keys of one permutation in EncodeKeyTo's layout (docs/storage-format.md,
// "Indexes"), with the component order looked up once per run instead of once per key and
// each id stored by one byte swap: key encoding was 7% of a bulk load's instructions.
class KeyWriter {
 public:
  explicit KeyWriter(Permutation perm) : count_(ComponentCount(perm)) {
    for (int i = 0; i < count_; ++i) members_[i] = Member(ComponentAt(perm, i));
  }
  // REQUIRES: `out` holds 32 bytes. The key lives in `out`.
  std::string_view Write(const IdQuad& quad, char* out) const {
    for (int i = 0; i < count_; ++i) {
      std::uint64_t id = quad.*members_[i];
      if constexpr (std::endian::native == std::endian::little) id = __builtin_bswap64(id);
      std::memcpy(out + i * kIdBytes, &id, kIdBytes);
    }
    return std::string_view(out, count_ * kIdBytes);
  }

 private:
  static TermId IdQuad::*Member(Component c) {
    switch (c) {
      case Component::kS:
        return &IdQuad::s;
      case Component::kP:
        return &IdQuad::p;
      case Component::kO:
        return &IdQuad::o;
      case Component::kG:
        break;
    }
    return &IdQuad::g;
  }

  int count_;
  std::array<TermId IdQuad::*, 4> members_{};
};

std::string RunFile(const std::string& dir, Permutation perm) {
  return dir + "/" + std::string(PermutationName(perm)) + ".sst";
}

}  // namespace

SstRun::SstRun(Store::Core& core, rocksdb::ColumnFamilyHandle* cf, std::string file,
               std::uint64_t expected_entries)
    : env_(core.db->GetEnv()),
      cf_(cf),
      file_(std::move(file)),
      writer_(WriterOptions(core, cf, expected_entries)) {}

Status SstRun::Open() { return writer_.Open(env_, file_); }

Status SstRun::Finish(IngestArgs* args) {
  if (writer_.entries() == 0) return Status();
  MARSAD_RETURN_IF_ERROR(writer_.Finish());
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
  struct Output {
    std::unique_ptr<SstRun> run;
    KeyWriter keys;
    std::string_view value;
  };
  const std::string in_default = EncodeTripleValue(TripleValue{0, true});
  std::vector<Output> outputs;
  for (Permutation perm : perms) {
    outputs.push_back({std::make_unique<SstRun>(core, core.cf(perm), RunFile(dir, perm),
                                                quads.size()),
                       KeyWriter(perm),
                       perm == Permutation::kSpo ? std::string_view(in_default)
                                                 : std::string_view()});
    MARSAD_RETURN_IF_ERROR(outputs.back().run->Open());
  }
  char key[4 * kIdBytes];
  for (const IdQuad& q : quads) {
    for (Output& out : outputs) {
      out.run->Put(out.keys.Write(q, key), out.value);
    }
  }
  for (Output& out : outputs) MARSAD_RETURN_IF_ERROR(out.run->Finish(args));
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

Status WriteId2TermRun(Store::Core& core, const std::string& dir, const BulkDictionary& dict,
                       IngestArgs* args) {
  SstRun id2term(core, core.id2term, dir + "/id2term.sst", dict.size());
  MARSAD_RETURN_IF_ERROR(id2term.Open());
  char key[kIdBytes];
  for (std::uint32_t i : dict.SortedById()) {
    id2term.Put(IdKey(dict.id(i), key), dict.bytes(i));
  }
  return id2term.Finish(args);
}

Status WriteTerm2IdRun(Store::Core& core, const std::string& dir, const BulkDictionary& dict,
                       IngestArgs* args) {
  SstRun term2id(core, core.term2id, dir + "/term2id.sst", dict.size());
  MARSAD_RETURN_IF_ERROR(term2id.Open());
  char key[kIdBytes];
  for (std::uint32_t i : dict.SortedByBytes()) {
    term2id.Put(dict.bytes(i), IdKey(dict.id(i), key));
  }
  return term2id.Finish(args);
}

Status WriteMetaRun(Store::Core& core, const std::string& dir, std::uint64_t next_counter,
                    const StoreStatistics& stats, DefaultGraphLayout layout, IngestArgs* args) {
  std::map<std::string, std::string> meta = {
      {std::string(kFormatVersionKey), EncodeFixed64(kFormatVersion)},
      {std::string(kNextIdKey), EncodeFixed64(next_counter)},
      {std::string(kQuadsKey), EncodeFixed64(stats.quads)},
      {std::string(kTriplesKey), EncodeFixed64(stats.triples)},
      {std::string(kTermsKey), EncodeFixed64(stats.terms)},
      {std::string(kGraphsKey), EncodeFixed64(stats.graphs)},
      {std::string(kDefaultGraphLayoutKey), EncodeFixed64(std::uint64_t(layout))},
  };
  for (const PredicateCounts& p : stats.predicates) {
    meta[PredicateKey(p.predicate)] = EncodePredicateCounts(p);
  }
  SstRun run(core, core.meta, dir + "/meta.sst", meta.size());
  MARSAD_RETURN_IF_ERROR(run.Open());
  for (const auto& [key, value] : meta) run.Put(key, value);
  return run.Finish(args);
}

}  // namespace marsad::store
