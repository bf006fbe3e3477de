#include "store/term_cache.h"

namespace marsad::store {
namespace {

// Rough per-entry overhead of the list node and hash slot, so tiny terms are not free.
constexpr std::size_t kEntryOverhead = 64;

std::size_t TermBytes(const Term& term) {
  return term.value().size() + term.datatype().size() + term.language().size() + sizeof(Term);
}

}  // namespace

template <typename Key, typename Value>
const Value* TermCache::Lru<Key, Value>::Find(const Key& key) {
  auto found = index_.find(key);
  if (found == index_.end()) return nullptr;
  order_.splice(order_.begin(), order_, found->second);
  return &found->second->value;
}

template <typename Key, typename Value>
void TermCache::Lru<Key, Value>::Put(const Key& key, Value value, std::size_t bytes) {
  bytes += kEntryOverhead;
  if (bytes > capacity_) return;
  auto found = index_.find(key);
  if (found != index_.end()) {
    used_ -= found->second->bytes;
    order_.erase(found->second);
    index_.erase(found);
  }
  order_.push_front(Entry{key, std::move(value), bytes});
  index_.emplace(key, order_.begin());
  used_ += bytes;
  while (used_ > capacity_ && !order_.empty()) {
    used_ -= order_.back().bytes;
    index_.erase(order_.back().key);
    order_.pop_back();
  }
}

TermCache::TermCache(std::size_t capacity_bytes)
    : ids_(capacity_bytes / 2), terms_(capacity_bytes / 2) {}

std::optional<TermId> TermCache::FindId(const std::string& encoded_term) {
  std::lock_guard<std::mutex> lock(mutex_);
  const TermId* id = ids_.Find(encoded_term);
  if (id == nullptr) return std::nullopt;
  return *id;
}

std::optional<Term> TermCache::FindTerm(TermId id) {
  std::lock_guard<std::mutex> lock(mutex_);
  const Term* term = terms_.Find(id);
  if (term == nullptr) return std::nullopt;
  return *term;
}

void TermCache::Add(const std::string& encoded_term, TermId id, const Term& term) {
  std::lock_guard<std::mutex> lock(mutex_);
  ids_.Put(encoded_term, id, encoded_term.size() * 2);
  terms_.Put(id, term, TermBytes(term));
}

void TermCache::FindTerms(std::span<const TermId> ids, std::span<Term> terms,
                          std::vector<std::size_t>* misses) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (const Term* term = terms_.Find(ids[i])) {
      terms[i] = *term;
    } else {
      misses->push_back(i);
    }
  }
}

void TermCache::AddTerms(std::span<const TermId> ids, std::span<const Term> terms) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (std::size_t i = 0; i < ids.size(); ++i) terms_.Put(ids[i], terms[i], TermBytes(terms[i]));
}

std::size_t TermCache::id_entries() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return ids_.size();
}

std::size_t TermCache::term_entries() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return terms_.size();
}

}  // namespace marsad::store
