// The index and dictionary halves of Store::Check.
//
// Fast path: one sequential scan per column family builds an order-independent fingerprint
// (count and two sums of 64-bit hashes) of the set each index holds, in canonical s, p, o, g
// form, so the nine permutations compare without sorting or holding them in memory. Only when
// two fingerprints differ does a second pass look every key of one index up in the other (both
// ways), naming each quad that is missing.
#include <rocksdb/iterator.h>

#include <algorithm>
#include <unordered_set>

#include "base/status_macros.h"
#include "store/rocksdb_status.h"
#include "store/statistics.h"
#include "store/store_check.h"
#include "store/term_codec.h"

namespace marsad::store {
namespace {

std::uint64_t Mix(std::uint64_t x) {  // splitmix64's finaliser
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::uint64_t HashIds(std::initializer_list<std::uint64_t> values, std::uint64_t salt) {
  std::uint64_t h = Mix(salt);
  for (std::uint64_t v : values) h = Mix(h ^ v);
  return h;
}

std::uint64_t HashBytes(std::string_view bytes) {  // FNV-1a, then mixed
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) h = (h ^ c) * 0x100000001b3ULL;
  return Mix(h);
}

struct Fingerprint {
  std::uint64_t count = 0;
  std::uint64_t sum = 0;
  std::uint64_t sum2 = 0;
  void Add(std::uint64_t h) {
    ++count;
    sum += h;
    sum2 += Mix(h ^ 0x5bd1e995ULL);
  }
  friend bool operator==(const Fingerprint&, const Fingerprint&) = default;
};

// Which families the nine permutations form: each is compared with the first of its family.
Permutation Reference(Permutation perm) {
  if (IsTriplePermutation(perm)) return Permutation::kSpo;
  return static_cast<int>(perm) < 6 ? Permutation::kGspo : Permutation::kSpog;
}

class IndexChecker {
 public:
  IndexChecker(Store::Core& core, const Snapshot& snapshot, ProblemList* problems)
      : core_(core),
        problems_(problems),
        default_in_quads_(snapshot.default_graph_in_quad_indexes()) {
    read_.snapshot = snapshot.get();
    read_.fill_cache = false;
  }

  Status Run() {
    MARSAD_RETURN_IF_ERROR(ScanDictionary());
    for (int i = 0; i < kPermutationCount; ++i) {
      MARSAD_RETURN_IF_ERROR(ScanIndex(static_cast<Permutation>(i)));
    }
    for (int i = 0; i < kPermutationCount; ++i) {
      auto perm = static_cast<Permutation>(i);
      Permutation ref = Reference(perm);
      if (perm == ref || index_[i] == index_[int(ref)]) continue;
      MARSAD_RETURN_IF_ERROR(CrossCheck(perm, ref));
      MARSAD_RETURN_IF_ERROR(CrossCheck(ref, perm));
    }
    if (!(named_in_gspo_ == index_[int(Permutation::kSpog)])) {
      MARSAD_RETURN_IF_ERROR(CrossCheck(Permutation::kGspo, Permutation::kSpog));
      MARSAD_RETURN_IF_ERROR(CrossCheck(Permutation::kSpog, Permutation::kGspo));
    }
    if (projected_from_quads_ != projected_from_triples_) MARSAD_RETURN_IF_ERROR(CheckTriples());
    return Status();
  }

 private:
  template <typename Visit>
  Status ForEach(rocksdb::ColumnFamilyHandle* cf, Visit visit) {
    std::unique_ptr<rocksdb::Iterator> it(core_.db->NewIterator(read_, cf));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      visit(it->key().ToStringView(), it->value().ToStringView());
    }
    return FromRocksDb(it->status(), "checking " + core_.path);
  }

  Result<bool> Has(Permutation perm, const IdQuad& quad, std::string* value) {
    rocksdb::Status s = core_.db->Get(read_, core_.cf(perm), EncodeKey(perm, quad), value);
    if (s.IsNotFound()) return false;
    MARSAD_RETURN_IF_ERROR(FromRocksDb(s, "checking " + core_.path));
    return true;
  }

  Status ScanDictionary();
  Status ScanIndex(Permutation perm);
  void CheckIds(const IdQuad& quad);
  Status CrossCheck(Permutation from, Permutation to);
  Status CheckTriples();

  Store::Core& core_;
  ProblemList* problems_;
  // False when SPO/POS/OSP alone hold the default graph (statistics.h, DefaultGraphLayout):
  // every triple is then a default-graph quad, and no graph-first key may have g = default.
  const bool default_in_quads_;
  rocksdb::ReadOptions read_;
  std::vector<TermId> dictionary_ids_;  // id2term keys, ascending
  std::unordered_set<TermId> reported_ids_;
  Fingerprint index_[kPermutationCount];
  Fingerprint named_in_gspo_;  // the named-graph quads of GSPO, which SPOG must equal
  // Graph counts of every triple, from the quads and from SPO's values: a named-graph quad
  // adds hash_a(s, p, o), a default-graph quad hash_b(s, p, o).
  std::uint64_t projected_from_quads_ = 0;
  std::uint64_t projected_from_triples_ = 0;
};

Status IndexChecker::ScanDictionary() {
  Fingerprint by_id;
  Fingerprint by_term;
  TermId max_payload = 0;
  MARSAD_RETURN_IF_ERROR(ForEach(core_.id2term, [&](std::string_view key, std::string_view value) {
    auto id = DecodeFixed64(key);
    auto term = DecodeTerm(value);
    if (!id || !IsDictionaryId(*id) || !term || DictionaryTagFor(*term) != TagOf(*id)) {
      problems_->Add(CheckProblemKind::kBadEntry, kId2TermCf,
                     "entry with a " + std::to_string(key.size()) +
                         "-byte key does not hold a dictionary id and its term");
      return;
    }
    dictionary_ids_.push_back(*id);
    max_payload = std::max(max_payload, PayloadOf(*id));
    by_id.Add(HashIds({*id, HashBytes(value)}, 1));
  }));
  MARSAD_RETURN_IF_ERROR(ForEach(core_.term2id, [&](std::string_view key, std::string_view value) {
    auto id = DecodeFixed64(value);
    if (!id) {
      problems_->Add(CheckProblemKind::kBadEntry, kTerm2IdCf, "entry with a bad id value");
      return;
    }
    by_term.Add(HashIds({*id, HashBytes(key)}, 1));
  }));
  if (max_payload >= core_.next_counter.load()) {
    problems_->Add(CheckProblemKind::kBadEntry, kMetaCf,
                   "next_id " + std::to_string(core_.next_counter.load()) +
                       " is not above the largest dictionary id payload " +
                       std::to_string(max_payload));
  }
  if (by_id == by_term) return Status();
  // Localise: every id2term entry must be found in term2id and the other way round.
  MARSAD_RETURN_IF_ERROR(ForEach(core_.id2term, [&](std::string_view key, std::string_view value) {
    auto id = DecodeFixed64(key);
    auto term = DecodeTerm(value);
    if (!id || !term) return;
    std::string found;
    rocksdb::Status s = core_.db->Get(read_, core_.term2id, value, &found);
    if (s.ok() && DecodeFixed64(found) == id) return;
    problems_->Add(CheckProblemKind::kDictionaryMismatch, kTerm2IdCf,
                   "id2term maps id " + std::to_string(*id) + " to " + term->ToNTriples() +
                       (s.ok() ? ", but term2id maps that term to another id"
                               : ", but term2id has no entry for that term"));
  }));
  return ForEach(core_.term2id, [&](std::string_view key, std::string_view value) {
    auto id = DecodeFixed64(value);
    auto term = DecodeTerm(key);
    if (!id) return;
    std::string found;
    rocksdb::Status s = core_.db->Get(read_, core_.id2term, EncodeFixed64(*id), &found);
    if (s.ok() && found == key) return;
    problems_->Add(CheckProblemKind::kDictionaryMismatch, kId2TermCf,
                   "term2id maps " + (term ? term->ToNTriples() : std::string("a bad term")) +
                       " to id " + std::to_string(*id) +
                       (s.ok() ? ", but id2term gives that id another term"
                               : ", but id2term has no entry for that id"));
  });
}

void IndexChecker::CheckIds(const IdQuad& quad) {
  const std::string_view index = default_in_quads_ || quad.g != kDefaultGraph ? "gspo" : "spo";
  for (TermId id : {quad.s, quad.p, quad.o, quad.g}) {
    bool bad = false;
    if (id == kDefaultGraph && id == quad.g) continue;
    if (IsDictionaryId(id)) {
      bad = !std::binary_search(dictionary_ids_.begin(), dictionary_ids_.end(), id);
    } else {
      bad = !IsInlineId(id) || !DecodeInlineId(id).has_value();
    }
    if (!bad || !reported_ids_.insert(id).second) continue;
    problems_->Add(CheckProblemKind::kUnknownTerm, kId2TermCf,
                   "term id " + std::to_string(id) + " (used in " + std::string(index) + " by " +
                       DescribeQuad(core_, quad) + ") does not decode: " +
                       (IsDictionaryId(id) ? "no id2term entry" : "not a valid inline id"));
  }
}

Status IndexChecker::ScanIndex(Permutation perm) {
  // Only SPO carries the graph counts (TripleValue); every other index has empty values.
  const bool valued = perm == Permutation::kSpo;
  const bool triples = IsTriplePermutation(perm);
  const std::string_view name = PermutationName(perm);
  return ForEach(core_.cf(perm), [&](std::string_view key, std::string_view value) {
    IdQuad quad;
    TripleValue graphs;
    bool ok = DecodeKey(perm, key, &quad) &&
              (valued ? DecodeTripleValue(value, &graphs) && !graphs.empty() : value.empty());
    if (ok && (static_cast<int>(perm) >= 6 || !default_in_quads_)) ok = quad.g != kDefaultGraph;
    if (ok && !triples) ok = quad.g != kNoTerm;
    if (!ok) {
      problems_->Add(CheckProblemKind::kBadEntry, name,
                     "malformed entry (" + std::to_string(key.size()) + "-byte key, " +
                         std::to_string(value.size()) + "-byte value)");
      return;
    }
    index_[int(perm)].Add(HashIds({quad.s, quad.p, quad.o, triples ? kNoTerm : quad.g}, 2));
    if (perm == Permutation::kSpo) {
      projected_from_triples_ += graphs.named_graphs * HashIds({quad.s, quad.p, quad.o}, 3) +
                                 (graphs.in_default ? HashIds({quad.s, quad.p, quad.o}, 4) : 0);
      if (!default_in_quads_) {  // the triple is its default-graph quad
        CheckIds(IdQuad{quad.s, quad.p, quad.o, kDefaultGraph});
        projected_from_quads_ += HashIds({quad.s, quad.p, quad.o}, 4);
      }
    } else if (perm == Permutation::kGspo) {
      CheckIds(quad);
      bool named = quad.g != kDefaultGraph;
      projected_from_quads_ += HashIds({quad.s, quad.p, quad.o}, named ? 3 : 4);
      if (named) named_in_gspo_.Add(HashIds({quad.s, quad.p, quad.o, quad.g}, 2));
    }
  });
}

// Names each quad of `from` missing from `to` (default-graph quads are skipped when `to`
// holds named graphs only).
Status IndexChecker::CrossCheck(Permutation from, Permutation to) {
  Status failure;
  std::string from_name(PermutationName(from));
  std::string to_name(PermutationName(to));
  MARSAD_RETURN_IF_ERROR(ForEach(core_.cf(from), [&](std::string_view key, std::string_view) {
    IdQuad quad;
    if (!failure.ok() || !DecodeKey(from, key, &quad)) return;
    if (static_cast<int>(to) >= 6 && quad.g == kDefaultGraph) return;
    std::string found;
    Result<bool> has = Has(to, quad, &found);
    if (!has.ok()) {
      failure = has.status();
    } else if (!*has) {
      problems_->Add(CheckProblemKind::kIndexMismatch, to_name,
                     (IsTriplePermutation(from) ? "triple " : "quad ") +
                         DescribeQuad(core_, quad) + " is in " + from_name + " but not in " +
                         to_name);
    }
  }));
  return failure;
}

// SPO's graph counts against the quads: each triple's named-graph count is its SPOG keys, its
// default flag its GSPO default-graph key; each quad's triple must be in SPO.
Status IndexChecker::CheckTriples() {
  Status failure;
  MARSAD_RETURN_IF_ERROR(ForEach(core_.cf(Permutation::kSpo), [&](std::string_view key,
                                                                 std::string_view value) {
    IdQuad triple;
    TripleValue stored;
    if (!failure.ok() || !DecodeKey(Permutation::kSpo, key, &triple) ||
        !DecodeTripleValue(value, &stored)) {
      return;
    }
    TripleValue counted;
    std::string prefix(key);
    std::string upper = PrefixSuccessor(prefix);
    rocksdb::Slice upper_slice(upper);
    rocksdb::ReadOptions read = read_;
    read.iterate_upper_bound = &upper_slice;
    std::unique_ptr<rocksdb::Iterator> it(
        core_.db->NewIterator(read, core_.cf(Permutation::kSpog)));
    for (it->Seek(prefix); it->Valid(); it->Next()) ++counted.named_graphs;
    IdQuad in_default = triple;
    in_default.g = kDefaultGraph;
    std::string ignored;
    Result<bool> has = default_in_quads_ ? Has(Permutation::kGspo, in_default, &ignored) : true;
    if (!it->status().ok() || !has.ok()) {
      failure = !has.ok() ? has.status() : FromRocksDb(it->status(), "checking " + core_.path);
      return;
    }
    counted.in_default = *has;
    if (counted.named_graphs == stored.named_graphs && counted.in_default == stored.in_default) {
      return;
    }
    problems_->Add(CheckProblemKind::kIndexMismatch, "spo",
                   "triple " + DescribeQuad(core_, triple) + " is recorded in " +
                       std::to_string(stored.named_graphs) + " named graphs" +
                       (stored.in_default ? " and the default graph" : "") +
                       " but the quads put it in " +
                       std::to_string(counted.named_graphs) +
                       (counted.in_default ? " and the default graph" : ""));
  }));
  MARSAD_RETURN_IF_ERROR(failure);
  MARSAD_RETURN_IF_ERROR(ForEach(core_.cf(Permutation::kGspo), [&](std::string_view key,
                                                                  std::string_view) {
    IdQuad quad;
    if (!failure.ok() || !DecodeKey(Permutation::kGspo, key, &quad)) return;
    IdQuad triple{quad.s, quad.p, quad.o, kNoTerm};
    std::string ignored;
    Result<bool> has = Has(Permutation::kSpo, triple, &ignored);
    if (!has.ok()) {
      failure = has.status();
    } else if (!*has) {
      problems_->Add(CheckProblemKind::kIndexMismatch, "spo",
                     "quad " + DescribeQuad(core_, quad) +
                         " is in gspo but its triple is not in spo");
    }
  }));
  return failure;
}

}  // namespace

Status CheckIndexesAndDictionary(Store::Core& core, const Snapshot& snapshot,
                                 ProblemList* problems) {
  return IndexChecker(core, snapshot, problems).Run();
}

}  // namespace marsad::store
