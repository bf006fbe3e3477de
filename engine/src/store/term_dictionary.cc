// Dictionary reads: term -> id (term2id) and id -> term (id2term), batched and cached.
#include <rocksdb/iterator.h>

#include <algorithm>
#include <array>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/status_macros.h"
#include "store/rocksdb_status.h"
#include "store/store_core.h"
#include "store/term_codec.h"

namespace marsad::store {
namespace {

// From this many distinct ids on, the dictionary is read with one iterator walking the sorted
// ids (a Next is far cheaper than a point lookup when ids are close, as the ids of one
// result often are); smaller batches use one MultiGet.
constexpr std::size_t kWalkMinIds = 32;
// The walk steps with Next when the wanted id is at most this far past the current entry (so
// at most this many entries lie between them) and seeks otherwise. Ids of different tags are
// 2^56 apart, so the walk always seeks across a tag.
constexpr TermId kMaxWalkGap = 8;
// MultiGet reads at most this many keys per call, bounding its pinned values.
constexpr std::size_t kMultiGetChunk = 512;

struct WantedId {
  TermId id;
  std::size_t position;  // index into the caller's output
  friend auto operator<=>(const WantedId&, const WantedId&) = default;
};

using KeyBytes = std::array<char, kIdBytes>;

// The id2term key of `id`: its 8 big-endian bytes, without allocating.
KeyBytes IdKey(TermId id) {
  KeyBytes key;
  for (int i = static_cast<int>(kIdBytes) - 1; i >= 0; --i) {
    key[i] = static_cast<char>(id & 0xFF);
    id >>= 8;
  }
  return key;
}

Status NotInDictionary(TermId id) {
  return Status(StatusCode::kNotFound,
                "term id " + std::to_string(id) + " is not in the dictionary");
}

Status DecodeValue(TermId id, std::string_view value, Term* term) {
  if (!DecodeTermInto(value, term)) {
    return Status(StatusCode::kCorruption,
                  "undecodable id2term entry for id " + std::to_string(id));
  }
  return Status();
}

// The encoded terms a decode read from the dictionary, kept for the shared cache: the k-th
// fetched id's bytes are bytes[ends[k-1], ends[k]).
struct FetchedBytes {
  std::string bytes;
  std::vector<std::size_t> ends;

  void Keep(std::string_view value) {
    bytes.append(value);
    ends.push_back(bytes.size());
  }
  // Hands the kept entries of `ids` (the fetched ids, in fetch order) to the cache.
  void AddTo(TermCache& cache, std::span<const TermId> ids) const {
    std::vector<std::string_view> encoded(ends.size());
    for (std::size_t k = 0, begin = 0; k < ends.size(); begin = ends[k], ++k) {
      encoded[k] = std::string_view(bytes).substr(begin, ends[k] - begin);
    }
    cache.AddEncoded(ids.first(encoded.size()), encoded);
  }
};

// The fetchers below read the id2term entries of `ids` (REQUIRES: sorted ascending, distinct)
// and decode the k-th into *term_at(k), in order, keeping its bytes in *kept when given.

template <typename TermAt>
Status FetchByMultiGet(Store::Core& core, std::span<const TermId> ids, TermAt&& term_at,
                       FetchedBytes* kept) {
  std::vector<KeyBytes> key_bytes(std::min(ids.size(), kMultiGetChunk));
  std::vector<rocksdb::Slice> keys(key_bytes.size());
  std::vector<rocksdb::PinnableSlice> values(key_bytes.size());
  std::vector<rocksdb::Status> statuses(key_bytes.size());
  for (std::size_t begin = 0; begin < ids.size(); begin += kMultiGetChunk) {
    const std::size_t count = std::min(kMultiGetChunk, ids.size() - begin);
    for (std::size_t k = 0; k < count; ++k) {
      key_bytes[k] = IdKey(ids[begin + k]);
      keys[k] = rocksdb::Slice(key_bytes[k].data(), kIdBytes);
      values[k].Reset();
    }
    core.db->MultiGet(DataReadOptions(), core.id2term, count, keys.data(), values.data(),
                      statuses.data(), /*sorted_input=*/true);
    for (std::size_t k = 0; k < count; ++k) {
      const TermId id = ids[begin + k];
      if (statuses[k].IsNotFound()) return NotInDictionary(id);
      if (!statuses[k].ok()) return FromRocksDb(statuses[k], "reading the term dictionary");
      MARSAD_RETURN_IF_ERROR(DecodeValue(id, values[k].ToStringView(), term_at(begin + k)));
      if (kept != nullptr) kept->Keep(values[k].ToStringView());
    }
  }
  return Status();
}

// One iterator that steps to near ids and seeks to far ones.
template <typename TermAt>
Status FetchByWalk(Store::Core& core, std::span<const TermId> ids, TermAt&& term_at,
                   FetchedBytes* kept) {
  // Dictionary tags are below 0x04, so ids.back() + 1 does not overflow.
  const KeyBytes upper_bytes = IdKey(ids.back() + 1);
  const rocksdb::Slice upper(upper_bytes.data(), kIdBytes);
  rocksdb::ReadOptions read = DataReadOptions();
  read.iterate_upper_bound = &upper;
  std::unique_ptr<rocksdb::Iterator> it(core.db->NewIterator(read, core.id2term));
  auto current = [&]() -> TermId {
    return it->Valid() && it->key().size() == kIdBytes ? ReadId(it->key().ToStringView())
                                                       : kNoTerm;
  };
  for (std::size_t k = 0; k < ids.size(); ++k) {
    const TermId id = ids[k];
    TermId at = current();
    if (at != kNoTerm && at < id && id - at <= kMaxWalkGap) {
      while (at != kNoTerm && at < id) {
        it->Next();
        at = current();
      }
    } else if (at != id) {
      const KeyBytes key = IdKey(id);
      it->Seek(rocksdb::Slice(key.data(), kIdBytes));
      at = current();
    }
    if (at != id) {
      if (!it->status().ok()) return FromRocksDb(it->status(), "reading the term dictionary");
      return NotInDictionary(id);
    }
    MARSAD_RETURN_IF_ERROR(DecodeValue(id, it->value().ToStringView(), term_at(k)));
    if (kept != nullptr) kept->Keep(it->value().ToStringView());
  }
  return FromRocksDb(it->status(), "reading the term dictionary");
}

// Reads `ids` (sorted, distinct) from id2term and offers what it read to the shared cache.
template <typename TermAt>
Status FetchTerms(Store::Core& core, std::span<const TermId> ids, TermAt&& term_at) {
  FetchedBytes kept;
  FetchedBytes* keep = core.cache.caches_terms() ? &kept : nullptr;
  MARSAD_RETURN_IF_ERROR(ids.size() >= kWalkMinIds ? FetchByWalk(core, ids, term_at, keep)
                                                   : FetchByMultiGet(core, ids, term_at, keep));
  if (keep != nullptr) kept.AddTo(core.cache, ids);
  return Status();
}

// Decodes the dictionary ids `ids` into the output positions `positions`: from the shared
// cache what it holds, the rest from id2term, sorted and deduplicated (every position asking
// for an id gets its term).
Status DecodeDictionaryIds(Store::Core& core, std::span<const TermId> ids,
                           std::span<const std::size_t> positions, std::vector<Term>* terms) {
  std::vector<std::size_t> misses;
  if (core.cache.caches_terms()) {
    std::vector<Term*> out(ids.size());
    for (std::size_t k = 0; k < ids.size(); ++k) out[k] = &(*terms)[positions[k]];
    core.cache.FindTerms(ids, out, &misses);
    if (misses.empty()) return Status();
  } else {
    misses.resize(ids.size());
    for (std::size_t k = 0; k < ids.size(); ++k) misses[k] = k;
  }
  std::vector<WantedId> wanted;
  wanted.reserve(misses.size());
  for (std::size_t k : misses) wanted.push_back({ids[k], positions[k]});
  if (std::adjacent_find(wanted.begin(), wanted.end(), [](const WantedId& a, const WantedId& b) {
        return a.id >= b.id;
      }) == wanted.end()) {
    // Already sorted and distinct (the query engine's batches are): decode in place.
    std::vector<TermId> sorted_ids(wanted.size());
    for (std::size_t k = 0; k < wanted.size(); ++k) sorted_ids[k] = wanted[k].id;
    return FetchTerms(core, sorted_ids,
                      [&](std::size_t k) { return &(*terms)[wanted[k].position]; });
  }
  std::sort(wanted.begin(), wanted.end());
  std::vector<TermId> unique_ids;
  unique_ids.reserve(wanted.size());
  for (const WantedId& w : wanted) {
    if (unique_ids.empty() || unique_ids.back() != w.id) unique_ids.push_back(w.id);
  }
  std::vector<Term> fetched(unique_ids.size());
  MARSAD_RETURN_IF_ERROR(FetchTerms(core, unique_ids, [&](std::size_t k) { return &fetched[k]; }));
  // Every position but the last asking for an id gets a copy; the last one takes the term.
  std::size_t u = 0;
  for (std::size_t k = 0; k < wanted.size(); ++k) {
    if (k > 0 && wanted[k].id != wanted[k - 1].id) ++u;
    const bool last = k + 1 == wanted.size() || wanted[k + 1].id != wanted[k].id;
    if (last) {
      (*terms)[wanted[k].position] = std::move(fetched[u]);
    } else {
      (*terms)[wanted[k].position] = fetched[u];
    }
  }
  return Status();
}

}  // namespace

Status LookupIds(Store::Core& core, const rocksdb::ReadOptions& read, std::span<const Term> terms,
                 std::vector<TermId>* ids, std::vector<std::string>* encoded) {
  ids->assign(terms.size(), kNoTerm);
  encoded->assign(terms.size(), std::string());
  std::vector<std::size_t> missing;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (auto inline_id = InlineIdOf(terms[i])) {
      (*ids)[i] = *inline_id;
      continue;
    }
    Status status = EncodeTerm(terms[i], &(*encoded)[i]);
    if (!status.ok()) return status;
    if (auto cached = core.cache.FindId((*encoded)[i])) {
      (*ids)[i] = *cached;
    } else {
      missing.push_back(i);
    }
  }
  if (missing.empty()) return Status();
  std::vector<rocksdb::Slice> keys;
  keys.reserve(missing.size());
  for (std::size_t i : missing) keys.emplace_back((*encoded)[i]);
  std::vector<rocksdb::PinnableSlice> values(missing.size());
  std::vector<rocksdb::Status> statuses(missing.size());
  core.db->MultiGet(read, core.term2id, keys.size(), keys.data(), values.data(), statuses.data());
  for (std::size_t k = 0; k < missing.size(); ++k) {
    std::size_t i = missing[k];
    if (statuses[k].IsNotFound()) continue;
    if (!statuses[k].ok()) return FromRocksDb(statuses[k], "reading the term dictionary");
    auto id = DecodeFixed64(values[k].ToStringView());
    if (!id) {
      return Status(StatusCode::kCorruption,
                    "term2id entry with a bad id for " + terms[i].ToNTriples());
    }
    (*ids)[i] = *id;
    core.cache.Add((*encoded)[i], *id);
  }
  return Status();
}

Status DecodeIds(Store::Core& core, std::span<const TermId> ids, std::vector<Term>* terms) {
  terms->resize(ids.size());
  std::vector<TermId> dictionary_ids;
  std::vector<std::size_t> positions;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const TermId id = ids[i];
    if (IsInlineId(id)) {
      auto term = DecodeInlineId(id);
      if (!term) return Status(StatusCode::kCorruption, "bad inline term id " + std::to_string(id));
      (*terms)[i] = std::move(*term);
    } else if (!IsDictionaryId(id)) {
      return Status(StatusCode::kInvalidArgument,
                    "term id " + std::to_string(id) + " does not name a term");
    } else {
      dictionary_ids.push_back(id);
      positions.push_back(i);
    }
  }
  if (dictionary_ids.empty()) return Status();
  return DecodeDictionaryIds(core, dictionary_ids, positions, terms);
}

}  // namespace marsad::store
