// The hot-term cache: encoded term -> id (an LRU bounded in bytes, for the constants of
// queries and the terms of writes) and id -> term (IdTermCache, for decoding results).
//
// Only committed dictionary entries go in (a BatchWriter adds its new terms after Commit), so a
// cached answer is always true for the latest state. Thread-safe.
#pragma once

#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "marsad/term.h"
#include "store/id_term_cache.h"
#include "store/term_id.h"

namespace marsad::store {

class TermCache {
 public:
  // `capacity_bytes` is split between the two directions, three quarters of it for
  // id -> term, which decoding results reads far more often; 0 disables caching.
  explicit TermCache(std::size_t capacity_bytes);

  std::optional<TermId> FindId(const std::string& encoded_term);
  std::optional<Term> FindTerm(TermId id);
  // Records that `encoded_term` (the dictionary bytes of a term, EncodeTerm's output) has
  // `id`, in both directions.
  void Add(const std::string& encoded_term, TermId id);

  // Batch forms for decoding (id -> term only; see IdTermCache): FindTerms decodes every
  // cached ids[i] into *out[i] and appends the other positions to `*misses` in increasing
  // order; AddEncoded records ids[i] -> encoded[i].
  void FindTerms(std::span<const TermId> ids, std::span<Term* const> out,
                 std::vector<std::size_t>* misses) {
    terms_.Find(ids, out, misses);
  }
  void AddEncoded(std::span<const TermId> ids, std::span<const std::string_view> encoded) {
    terms_.Add(ids, encoded);
  }
  bool caches_terms() const { return terms_.enabled(); }

  std::size_t id_entries() const;
  std::size_t term_entries() const { return terms_.size(); }

 private:
  // term -> id: an LRU bounded in bytes, under one mutex.
  class IdLru {
   public:
    explicit IdLru(std::size_t capacity) : capacity_(capacity) {}
    const TermId* Find(const std::string& key);
    void Put(const std::string& key, TermId id);
    std::size_t size() const { return index_.size(); }

   private:
    struct Entry {
      std::string key;
      TermId id;
    };
    std::size_t capacity_;
    std::size_t used_ = 0;
    std::list<Entry> order_;  // most recently used first
    std::unordered_map<std::string_view, std::list<Entry>::iterator> index_;
  };

  mutable std::mutex ids_mutex_;
  IdLru ids_;
  IdTermCache terms_;
};

}  // namespace marsad::store
