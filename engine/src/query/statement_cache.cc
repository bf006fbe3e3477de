#include "query/statement_cache.h"

#include <utility>

#include "grammar/query/parse_query.h"

namespace marsad::query {

StatementCache::StatementCache(StatementCacheLimits limits, ParseFunction parse)
    : limits_(limits), parse_(parse != nullptr ? parse : &ParseQuery) {}

std::size_t StatementCache::ChargeFor(std::string_view text) {
  return sizeof(Entry) + text.size() * (1 + kAstBytesPerTextByte);
}

Result<std::shared_ptr<const ast::Request>> StatementCache::Parse(std::string_view text) {
  {
    std::lock_guard lock(mutex_);
    if (auto it = index_.find(text); it != index_.end()) {
      lru_.splice(lru_.begin(), lru_, it->second);
      ++stats_.hits;
      return it->second->request;
    }
    ++stats_.misses;
  }
  Result<ast::Request> parsed = parse_(text);
  if (!parsed.ok()) return parsed.status();
  auto request = std::make_shared<const ast::Request>(std::move(*parsed));
  const std::size_t bytes = ChargeFor(text);
  if (bytes <= limits_.max_bytes / 4 && limits_.max_entries > 0) {
    std::lock_guard lock(mutex_);
    InsertLocked(text, request, bytes);
  }
  return request;
}

void StatementCache::InsertLocked(std::string_view text,
                                  std::shared_ptr<const ast::Request> request, std::size_t bytes) {
  if (index_.contains(text)) return;  // another thread parsed the same text meanwhile
  while (!lru_.empty() && (lru_.size() >= limits_.max_entries ||
                           stats_.bytes + bytes > limits_.max_bytes)) {
    index_.erase(lru_.back().text);
    stats_.bytes -= lru_.back().bytes;
    lru_.pop_back();
    ++stats_.evictions;
  }
  lru_.push_front(Entry{std::string(text), std::move(request), bytes});
  index_.emplace(lru_.front().text, lru_.begin());
  stats_.bytes += bytes;
}

StatementCacheStats StatementCache::stats() const {
  std::lock_guard lock(mutex_);
  StatementCacheStats out = stats_;
  out.entries = lru_.size();
  return out;
}

void StatementCache::Clear() {
  std::lock_guard lock(mutex_);
  index_.clear();
  lru_.clear();
  stats_.bytes = 0;
}

StatementCache& ProcessStatementCache() {
  static StatementCache* const cache = new StatementCache();  // never destroyed: no exit order
  return *cache;
}

}  // namespace marsad::query
