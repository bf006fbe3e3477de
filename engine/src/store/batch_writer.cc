// BatchWriter: one atomic write (a rocksdb::WriteBatch) with the statistics it changes computed
// incrementally. Existence checks see the batch's own changes through PendingIndex overlays
// (an earlier version used WriteBatchWithIndex; its skiplist comparisons cost ~400 us per quad
// in 100k-quad batches).
#include <rocksdb/write_batch.h>

#include <unordered_map>

#include "base/status_macros.h"
#include "store/default_graph_copy.h"
#include "store/pending_index.h"
#include "store/rocksdb_status.h"
#include "store/store_core.h"
#include "store/term_codec.h"

namespace marsad::store {
namespace {

constexpr std::array<Permutation, 3> kNamedOnly = {Permutation::kSpog, Permutation::kPosg,
                                                   Permutation::kOspg};

bool IsTermId(TermId id) { return id != kNoTerm && id != kDefaultGraph; }

std::string Prefix(std::initializer_list<TermId> ids) {
  std::string out;
  for (TermId id : ids) AppendId(id, &out);
  return out;
}

}  // namespace

struct BatchWriter::Impl {
  explicit Impl(Store::Core* c)
      : core(c),
        lock(c->writer_mutex),
        gspo(c, Permutation::kGspo, kIdBytes),
        spo(c, Permutation::kSpo, 2 * kIdBytes),
        pos(c, Permutation::kPos, 2 * kIdBytes) {}

  Store::Core* core;
  std::unique_lock<std::mutex> lock;
  rocksdb::WriteBatch batch;
  // Overlays answering existence questions (quad present? graph / (s,p) / (p,o) still used?)
  // with this batch's changes counted; the other six indexes are only written.
  PendingIndex gspo;
  PendingIndex spo;
  PendingIndex pos;
  StatsDelta delta;
  // Dictionary entries created by this batch (not yet in the cache or the database).
  std::unordered_map<std::string, TermId> new_terms;
  bool counter_dirty = false;
  // While the default graph is kept in the triple indexes alone (statistics.h,
  // DefaultGraphLayout): this batch's default-graph inserts (true) and removals (false), for
  // the quad indexes should a named-graph quad make the writer copy the default graph there.
  std::vector<std::pair<IdQuad, bool>> default_changes;

  Result<TripleValue> ReadTriple(const std::string& key) {
    std::string value;
    TripleValue triple;
    MARSAD_ASSIGN_OR_RETURN(bool found, spo.Present(key, &value));
    if (found && !DecodeTripleValue(value, &triple)) {
      return Status(StatusCode::kCorruption, "bad value in the spo index");
    }
    return triple;
  }

  void Put(Permutation perm, const IdQuad& q) {
    batch.Put(core->cf(perm), EncodeKey(perm, q), rocksdb::Slice());
  }
  void Delete(Permutation perm, const IdQuad& q) {
    batch.Delete(core->cf(perm), EncodeKey(perm, q));
  }
  // The quad's GSPO, GPOS and GOSP keys.
  void PutQuadKeys(const IdQuad& q, const std::string& gspo_key) {
    batch.Put(core->cf(Permutation::kGspo), gspo_key, rocksdb::Slice());
    gspo.Put(gspo_key, std::string());
    Put(Permutation::kGpos, q);
    Put(Permutation::kGosp, q);
  }
  void DeleteQuadKeys(const IdQuad& q, const std::string& gspo_key) {
    batch.Delete(core->cf(Permutation::kGspo), gspo_key);
    gspo.Delete(gspo_key);
    Delete(Permutation::kGpos, q);
    Delete(Permutation::kGosp, q);
  }

  Status AddTriple(const IdQuad& q);
  Status DropTriple(const IdQuad& q);
  Status MoveDefaultGraphIntoQuadIndexes();
  void Reset();
};

// Copies the committed default graph (default_graph_copy.h), then gives this batch's own
// default-graph changes their quad keys too.
Status BatchWriter::Impl::MoveDefaultGraphIntoQuadIndexes() {
  MARSAD_RETURN_IF_ERROR(CopyDefaultGraphIntoQuadIndexes(*core));
  gspo.Clear();  // its committed state just changed
  for (const auto& [q, inserted] : default_changes) {
    std::string gspo_key = EncodeKey(Permutation::kGspo, q);
    if (inserted) {
      PutQuadKeys(q, gspo_key);
    } else {
      DeleteQuadKeys(q, gspo_key);
    }
  }
  default_changes.clear();
  return Status();
}

Status BatchWriter::Impl::AddTriple(const IdQuad& q) {
  MARSAD_ASSIGN_OR_RETURN(bool subject_seen, spo.PrefixExists(Prefix({q.s, q.p})));
  MARSAD_ASSIGN_OR_RETURN(bool object_seen, pos.PrefixExists(Prefix({q.p, q.o})));
  StatsDelta::Predicate& pred = delta.predicates[q.p];
  pred.triples += 1;
  pred.subjects += subject_seen ? 0 : 1;
  pred.objects += object_seen ? 0 : 1;
  delta.triples += 1;
  std::string pos_key = EncodeKey(Permutation::kPos, q);
  batch.Put(core->cf(Permutation::kPos), pos_key, rocksdb::Slice());
  pos.Put(pos_key, std::string());
  Put(Permutation::kOsp, q);
  return Status();
}

Status BatchWriter::Impl::DropTriple(const IdQuad& q) {
  std::string spo_key = EncodeKey(Permutation::kSpo, q);
  std::string pos_key = EncodeKey(Permutation::kPos, q);
  batch.Delete(core->cf(Permutation::kSpo), spo_key);
  batch.Delete(core->cf(Permutation::kPos), pos_key);
  Delete(Permutation::kOsp, q);
  spo.Delete(spo_key);
  pos.Delete(pos_key);
  MARSAD_ASSIGN_OR_RETURN(bool subject_left, spo.PrefixExists(Prefix({q.s, q.p})));
  MARSAD_ASSIGN_OR_RETURN(bool object_left, pos.PrefixExists(Prefix({q.p, q.o})));
  StatsDelta::Predicate& pred = delta.predicates[q.p];
  pred.triples -= 1;
  pred.subjects -= subject_left ? 0 : 1;
  pred.objects -= object_left ? 0 : 1;
  delta.triples -= 1;
  return Status();
}

void BatchWriter::Impl::Reset() {
  batch.Clear();
  gspo.Clear();
  spo.Clear();
  pos.Clear();
  delta = StatsDelta();
  new_terms.clear();
  counter_dirty = false;
  default_changes.clear();
}

BatchWriter::BatchWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
BatchWriter::~BatchWriter() = default;

std::int64_t BatchWriter::pending_quad_delta() const { return impl_->delta.quads; }

Result<std::unique_ptr<BatchWriter>> Store::NewBatchWriter() {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  if (read_only()) {
    return Status(StatusCode::kNotSupported, "database " + path() + " is open read-only");
  }
  return std::make_unique<BatchWriter>(std::make_unique<BatchWriter::Impl>(core_.get()));
}

Result<std::vector<TermId>> BatchWriter::Encode(std::span<const Term> terms) {
  Impl& w = *impl_;
  std::vector<TermId> ids;
  std::vector<std::string> encoded;
  MARSAD_RETURN_IF_ERROR(LookupIds(*w.core, rocksdb::ReadOptions(), terms, &ids, &encoded));
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (ids[i] != kNoTerm) continue;
    auto known = w.new_terms.find(encoded[i]);
    if (known != w.new_terms.end()) {
      ids[i] = known->second;
      continue;
    }
    std::uint64_t counter = w.core->next_counter.fetch_add(1);
    if (counter > kPayloadMask) {
      return Status(StatusCode::kResourceExhausted, "the term dictionary is full");
    }
    TermId id = MakeId(DictionaryTagFor(terms[i]), counter);
    std::string id_key = EncodeFixed64(id);
    w.batch.Put(w.core->term2id, encoded[i], id_key);
    w.batch.Put(w.core->id2term, id_key, encoded[i]);
    w.new_terms.emplace(encoded[i], id);
    w.delta.terms += 1;
    w.counter_dirty = true;
    ids[i] = id;
  }
  return ids;
}

Result<std::vector<TermId>> BatchWriter::Lookup(std::span<const Term> terms) {
  Impl& w = *impl_;
  std::vector<TermId> ids;
  std::vector<std::string> encoded;
  MARSAD_RETURN_IF_ERROR(LookupIds(*w.core, rocksdb::ReadOptions(), terms, &ids, &encoded));
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (ids[i] != kNoTerm) continue;
    auto known = w.new_terms.find(encoded[i]);
    if (known != w.new_terms.end()) ids[i] = known->second;
  }
  return ids;
}

Result<bool> BatchWriter::Insert(const IdQuad& q) {
  Impl& w = *impl_;
  if (!IsTermId(q.s) || !IsTermId(q.p) || !IsTermId(q.o) || q.g == kNoTerm) {
    return Status(StatusCode::kInvalidArgument, "quad with an unset component");
  }
  const bool named = q.g != kDefaultGraph;
  if (named && !w.core->DefaultGraphInQuadIndexes()) {
    MARSAD_RETURN_IF_ERROR(w.MoveDefaultGraphIntoQuadIndexes());
  }
  // Without quad keys for the default graph (so with no named-graph quad), a default-graph
  // quad is present iff SPO says so.
  const bool quad_keys = w.core->DefaultGraphInQuadIndexes();
  std::string gspo_key;
  if (quad_keys) {
    gspo_key = EncodeKey(Permutation::kGspo, q);
    MARSAD_ASSIGN_OR_RETURN(bool present, w.gspo.Present(gspo_key));
    if (present) return false;
  }
  if (named) {
    MARSAD_ASSIGN_OR_RETURN(bool graph_seen, w.gspo.PrefixExists(Prefix({q.g})));
    if (!graph_seen) w.delta.graphs += 1;
  }
  std::string spo_key = EncodeKey(Permutation::kSpo, q);
  MARSAD_ASSIGN_OR_RETURN(TripleValue triple, w.ReadTriple(spo_key));
  if (!quad_keys && triple.in_default) return false;
  if (triple.empty()) MARSAD_RETURN_IF_ERROR(w.AddTriple(q));
  if (quad_keys) {
    w.PutQuadKeys(q, gspo_key);
  } else {
    w.default_changes.emplace_back(q, true);
  }
  if (named) {
    for (Permutation perm : kNamedOnly) w.Put(perm, q);
    triple.named_graphs += 1;
  } else {
    triple.in_default = true;
  }
  std::string value = EncodeTripleValue(triple);
  w.batch.Put(w.core->cf(Permutation::kSpo), spo_key, value);
  w.spo.Put(spo_key, std::move(value));
  w.delta.quads += 1;
  return true;
}

Result<bool> BatchWriter::Remove(const IdQuad& q) {
  Impl& w = *impl_;
  if (!IsTermId(q.s) || !IsTermId(q.p) || !IsTermId(q.o) || q.g == kNoTerm) return false;
  const bool named = q.g != kDefaultGraph;
  // Without quad keys for the default graph the store has no named-graph quad, and a
  // default-graph quad is present iff SPO says so.
  const bool quad_keys = w.core->DefaultGraphInQuadIndexes();
  if (named && !quad_keys) return false;
  std::string spo_key = EncodeKey(Permutation::kSpo, q);
  if (quad_keys) {
    std::string gspo_key = EncodeKey(Permutation::kGspo, q);
    MARSAD_ASSIGN_OR_RETURN(bool present, w.gspo.Present(gspo_key));
    if (!present) return false;
    w.DeleteQuadKeys(q, gspo_key);
  }
  if (named) {
    for (Permutation perm : kNamedOnly) w.Delete(perm, q);
    MARSAD_ASSIGN_OR_RETURN(bool graph_left, w.gspo.PrefixExists(Prefix({q.g})));
    if (!graph_left) w.delta.graphs -= 1;
  }
  MARSAD_ASSIGN_OR_RETURN(TripleValue triple, w.ReadTriple(spo_key));
  if (!quad_keys) {
    if (!triple.in_default) return false;
    w.default_changes.emplace_back(q, false);
  }
  if (named && triple.named_graphs > 0) triple.named_graphs -= 1;
  if (!named) triple.in_default = false;
  if (triple.empty()) {
    MARSAD_RETURN_IF_ERROR(w.DropTriple(q));
  } else {
    std::string value = EncodeTripleValue(triple);
    w.batch.Put(w.core->cf(Permutation::kSpo), spo_key, value);
    w.spo.Put(spo_key, std::move(value));
  }
  w.delta.quads -= 1;
  return true;
}

Status BatchWriter::Commit() {
  Impl& w = *impl_;
  if (w.counter_dirty) w.batch.Put(w.core->meta, kNextIdKey, EncodeFixed64(w.core->next_counter));
  w.core->stats.Preview(w.delta, [&w](std::string key, std::optional<std::string> value) {
    if (value) {
      w.batch.Put(w.core->meta, key, *value);
    } else {
      w.batch.Delete(w.core->meta, key);
    }
  });
  rocksdb::Status s = w.core->db->Write(w.core->write_options(), &w.batch);
  if (!s.ok()) {
    w.Reset();
    return FromRocksDb(s, "committing a batch");
  }
  w.core->stats.Apply(w.delta);
  for (const auto& [encoded, id] : w.new_terms) w.core->cache.Add(encoded, id);
  w.Reset();
  return Status();
}

}  // namespace marsad::store
