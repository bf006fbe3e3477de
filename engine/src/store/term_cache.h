// The hot-term cache: encoded term -> id and id -> term, each an LRU bounded in bytes.
//
// Only committed dictionary entries go in (a BatchWriter adds its new terms after Commit), so a
// cached answer is always true for the latest state. Thread-safe (one mutex; the critical
// sections are a hash lookup and a list splice).
#pragma once

#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "marsad/term.h"
#include "store/term_id.h"

namespace marsad::store {

class TermCache {
 public:
  // `capacity_bytes` is split evenly between the two directions; 0 disables caching.
  explicit TermCache(std::size_t capacity_bytes);

  std::optional<TermId> FindId(const std::string& encoded_term);
  std::optional<Term> FindTerm(TermId id);
  // Records that `encoded_term` (the bytes of `term`) has `id`, in both directions.
  void Add(const std::string& encoded_term, TermId id, const Term& term);

  // Batch forms for decoding, each under one lock acquisition.
  // FindTerms: for every ids[i] in the cache, terms[i] receives its term; the positions i not
  // in the cache are appended to `*misses` in increasing order. REQUIRES terms.size() ==
  // ids.size().
  void FindTerms(std::span<const TermId> ids, std::span<Term> terms,
                 std::vector<std::size_t>* misses);
  // AddTerms records ids[i] -> terms[i] in the id -> term direction only: a decoder has the
  // term but not its encoded bytes, and building them just to fill the other direction would
  // cost more than the lookups it might save. REQUIRES terms.size() == ids.size().
  void AddTerms(std::span<const TermId> ids, std::span<const Term> terms);

  std::size_t id_entries() const;
  std::size_t term_entries() const;

 private:
  template <typename Key, typename Value>
  class Lru {
   public:
    explicit Lru(std::size_t capacity) : capacity_(capacity) {}
    const Value* Find(const Key& key);
    void Put(const Key& key, Value value, std::size_t bytes);
    std::size_t size() const { return index_.size(); }

   private:
    struct Entry {
      Key key;
      Value value;
      std::size_t bytes;
    };
    std::size_t capacity_;
    std::size_t used_ = 0;
    std::list<Entry> order_;  // most recently used first
    std::unordered_map<Key, typename std::list<Entry>::iterator> index_;
  };

  mutable std::mutex mutex_;
  Lru<std::string, TermId> ids_;
  Lru<TermId, Term> terms_;
};

}  // namespace marsad::store
