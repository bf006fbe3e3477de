// Statistics kept current by every commit, and their layout in the `meta` column family.
//
// DO NOT CHANGE the meta keys or value layouts (docs/storage-format.md, "Meta"):
//   "format_version"          8-byte big-endian kFormatVersion
//   "next_id"                 8-byte big-endian next dictionary counter (payload of the next id)
//   "stats.quads" / "stats.triples" / "stats.terms" / "stats.graphs"   8-byte big-endian
//   "pred." + 8-byte id       varint triples, varint distinct subjects, varint distinct objects
//                             (absent when the predicate has no triple left)
//   "default_graph_layout"    8-byte big-endian DefaultGraphLayout (absent: kInQuadIndexes;
//                             format 1 stores never have it)
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/store.h"

namespace marsad::store {

// Format 2 added the default-graph layout; format 1 stores open unchanged (their default
// graph is always in the quad indexes), but a format 1 build must refuse format 2 stores,
// whose default graph it would not find.
inline constexpr std::uint64_t kFormatVersion = 2;
inline constexpr std::uint64_t kOldestReadableFormatVersion = 1;
inline constexpr std::string_view kFormatVersionKey = "format_version";
inline constexpr std::string_view kNextIdKey = "next_id";
inline constexpr std::string_view kQuadsKey = "stats.quads";
inline constexpr std::string_view kTriplesKey = "stats.triples";
inline constexpr std::string_view kTermsKey = "stats.terms";
inline constexpr std::string_view kGraphsKey = "stats.graphs";
inline constexpr std::string_view kPredicatePrefix = "pred.";
inline constexpr std::string_view kDefaultGraphLayoutKey = "default_graph_layout";

// Where the default graph's quads are kept. Normally in GSPO/GPOS/GOSP like every quad. A bulk
// load with no named graph keeps them in SPO/POS/OSP alone: there every triple is a
// default-graph quad and the graph-first copies would repeat the triple indexes key for key
// behind a constant prefix (three of the load's eight files). The first named-graph quad
// written to such a store copies the default graph into the quad indexes
// (default_graph_copy.h), for good.
enum class DefaultGraphLayout : std::uint64_t {
  kInQuadIndexes = 0,
  kInTripleIndexesOnly = 1,
};

std::string EncodeFixed64(std::uint64_t value);
// nullopt unless `bytes` is exactly 8 bytes.
std::optional<std::uint64_t> DecodeFixed64(std::string_view bytes);
std::string PredicateKey(TermId predicate);
std::string EncodePredicateCounts(const PredicateCounts& counts);
bool DecodePredicateCounts(std::string_view key, std::string_view value, PredicateCounts* out);

// Changes made by one batch, applied to the stored values at commit.
struct StatsDelta {
  struct Predicate {
    std::int64_t triples = 0;
    std::int64_t subjects = 0;
    std::int64_t objects = 0;
  };
  std::int64_t quads = 0;
  std::int64_t triples = 0;
  std::int64_t terms = 0;
  std::int64_t graphs = 0;
  std::map<TermId, Predicate> predicates;

  bool empty() const;
};

// The in-memory copy of the statistics, and the cardinality estimates Store::EstimateCount
// had to read the indexes for, kept until the data changes: planning a query reads no index
// for a pattern an earlier query estimated since the last commit. Thread-safe: readers share
// a lock, the (single) writer installs a committed delta under an exclusive one.
class StatsKeeper {
 public:
  // At most this many estimates are kept; past it the cache starts afresh.
  static constexpr std::size_t kMaxCachedEstimates = 4096;

  void Reset(const StoreStatistics& stats);
  StoreStatistics Get() const;
  std::optional<PredicateCounts> Predicate(TermId predicate) const;
  // Calls put(key, value) for every meta entry `delta` changes, with the value after the
  // delta, and put(key, nullopt) for entries to delete. Does not change the keeper.
  void Preview(const StatsDelta& delta,
               const std::function<void(std::string, std::optional<std::string>)>& put) const;
  // Installs `delta` (after its batch committed).
  void Apply(const StatsDelta& delta);

  // Counts the data changes installed so far (Apply and Reset, both called after the data
  // they describe is written); it drops the cached estimates. Read it before computing an
  // estimate to cache.
  std::uint64_t generation() const;
  std::optional<std::uint64_t> CachedEstimate(const IdPattern& pattern) const;
  // Keeps `count` as the estimate of `pattern` unless the data changed since `generation`
  // (the estimate may then describe the old data).
  void CacheEstimate(const IdPattern& pattern, std::uint64_t generation, std::uint64_t count);

 private:
  // An IdPattern as a hash key: unset components are kNoTerm, which no pattern holds.
  struct EstimateKey {
    TermId s = kNoTerm, p = kNoTerm, o = kNoTerm, graph_id = kNoTerm;
    GraphScope graph = GraphScope::kUnion;
    friend bool operator==(const EstimateKey&, const EstimateKey&) = default;
  };
  struct EstimateKeyHash {
    std::size_t operator()(const EstimateKey& key) const;
  };
  static EstimateKey KeyOf(const IdPattern& pattern);
  // REQUIRES: mutex_ held exclusively.
  void Changed();

  mutable std::shared_mutex mutex_;
  std::uint64_t generation_ = 0;
  std::unordered_map<EstimateKey, std::uint64_t, EstimateKeyHash> estimates_;
  std::uint64_t quads_ = 0;
  std::uint64_t triples_ = 0;
  std::uint64_t terms_ = 0;
  std::uint64_t graphs_ = 0;
  std::unordered_map<TermId, PredicateCounts> predicates_;
};

}  // namespace marsad::store
