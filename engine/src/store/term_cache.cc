#include "store/term_cache.h"

namespace marsad::store {
namespace {

// Rough per-entry overhead of the list node and hash slot, so tiny terms are not free.
constexpr std::size_t kEntryOverhead = 64;

}  // namespace

const TermId* TermCache::IdLru::Find(const std::string& key) {
  auto found = index_.find(key);
  if (found == index_.end()) return nullptr;
  order_.splice(order_.begin(), order_, found->second);
  return &found->second->id;
}

void TermCache::IdLru::Put(const std::string& key, TermId id) {
  // The key is held twice: in the entry and (as a view) in the index.
  const std::size_t bytes = key.size() + sizeof(Entry) + kEntryOverhead;
  if (bytes > capacity_ || index_.contains(key)) return;
  order_.push_front(Entry{key, id});
  index_.emplace(order_.front().key, order_.begin());
  used_ += bytes;
  while (used_ > capacity_ && !order_.empty()) {
    used_ -= order_.back().key.size() + sizeof(Entry) + kEntryOverhead;
    index_.erase(order_.back().key);
    order_.pop_back();
  }
}

TermCache::TermCache(std::size_t capacity_bytes)
    : ids_(capacity_bytes / 4), terms_(capacity_bytes - capacity_bytes / 4) {}

std::optional<TermId> TermCache::FindId(const std::string& encoded_term) {
  std::lock_guard<std::mutex> lock(ids_mutex_);
  const TermId* id = ids_.Find(encoded_term);
  if (id == nullptr) return std::nullopt;
  return *id;
}

std::optional<Term> TermCache::FindTerm(TermId id) {
  Term term;
  Term* out = &term;
  std::vector<std::size_t> misses;
  terms_.Find(std::span<const TermId>(&id, 1), std::span<Term* const>(&out, 1), &misses);
  if (!misses.empty()) return std::nullopt;
  return term;
}

void TermCache::Add(const std::string& encoded_term, TermId id) {
  {
    std::lock_guard<std::mutex> lock(ids_mutex_);
    ids_.Put(encoded_term, id);
  }
  const std::string_view encoded = encoded_term;
  terms_.Add(std::span<const TermId>(&id, 1), std::span<const std::string_view>(&encoded, 1));
}

std::size_t TermCache::id_entries() const {
  std::lock_guard<std::mutex> lock(ids_mutex_);
  return ids_.size();
}

}  // namespace marsad::store
