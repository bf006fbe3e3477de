// The statement cache: parsed requests (ast::Request) of recently run query texts, so that a
// query run again skips the PEGTL parse and the AST build (a third of a small query's CPU).
//
//   std::shared_ptr<const ast::Request> request;
//   MARSAD_ASSIGN_OR_RETURN(request, ProcessStatementCache().Parse(text));
//
// Only the parse is cached. The AST depends on nothing but the text (prefixes the request does
// not declare are left for the binder, see grammar/query/ast.h), whereas binding and planning
// read the store's dictionary and statistics, so they run for every query. The key is the exact
// text: "SELECT  ?x" and "SELECT ?x" are two entries. Syntax errors are not cached: a failing
// text is parsed again each time (errors are rare and cheap next to the message they carry).
//
// Bounded by entries and by approximate bytes (the text plus an estimate of its AST);
// least-recently-used entries go first. A request too large for a quarter of the byte bound is
// parsed and returned without being cached (large INSERT DATA updates). Thread-safe: lookups
// take one mutex; parsing runs outside it, so two threads missing on the same text may both
// parse it (the first insert wins, both results are equal).
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "grammar/query/ast.h"
#include "marsad/status.h"

namespace marsad::query {

struct StatementCacheLimits {
  std::size_t max_entries = 256;
  std::size_t max_bytes = std::size_t{8} << 20;
};

struct StatementCacheStats {
  std::uint64_t hits = 0;
  std::uint64_t misses = 0;     // lookups that parsed (errors and uncacheable texts included)
  std::uint64_t evictions = 0;  // entries dropped to stay within the limits
  std::size_t entries = 0;
  std::size_t bytes = 0;  // approximate, as charged against max_bytes
};

class StatementCache {
 public:
  using ParseFunction = Result<ast::Request> (*)(std::string_view text);

  // `parse` is ParseQuery except in tests, which count the parses it does.
  explicit StatementCache(StatementCacheLimits limits = {}, ParseFunction parse = nullptr);
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  // The parsed request for `text`, from the cache or parsed now (and cached when it parsed and
  // fits). Errors are ParseQuery's, with their locations.
  Result<std::shared_ptr<const ast::Request>> Parse(std::string_view text);

  StatementCacheStats stats() const;
  void Clear();

  // What an entry for `text` is charged: the key plus an estimate of its AST, which grows with
  // the text. Measured with mallinfo2 around ParseQuery: 11 to 25 heap bytes per text byte on
  // the LUBM queries (comments included), 32 to 45 on the acceptance queries (tests/acceptance).
  static std::size_t ChargeFor(std::string_view text);
  static constexpr std::size_t kAstBytesPerTextByte = 32;

 private:
  struct Entry {
    std::string text;
    std::shared_ptr<const ast::Request> request;
    std::size_t bytes = 0;
  };
  using Lru = std::list<Entry>;  // most recently used first

  void InsertLocked(std::string_view text, std::shared_ptr<const ast::Request> request,
                    std::size_t bytes);

  const StatementCacheLimits limits_;
  const ParseFunction parse_;
  mutable std::mutex mutex_;
  Lru lru_;
  // Keys view the text of their own entry (list nodes never move).
  std::unordered_map<std::string_view, Lru::iterator> index_;
  StatementCacheStats stats_;
};

// The cache RunQuery uses, shared by every database and thread of the process.
StatementCache& ProcessStatementCache();

}  // namespace marsad::query
