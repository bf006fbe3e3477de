#include "store/statistics.h"

#include <algorithm>
#include <mutex>

namespace marsad::store {
namespace {

std::uint64_t Add(std::uint64_t value, std::int64_t delta) {
  return static_cast<std::uint64_t>(static_cast<std::int64_t>(value) + delta);
}

}  // namespace

std::string EncodeFixed64(std::uint64_t value) {
  std::string out;
  AppendId(value, &out);
  return out;
}

std::optional<std::uint64_t> DecodeFixed64(std::string_view bytes) {
  if (bytes.size() != 8) return std::nullopt;
  return ReadId(bytes);
}

std::string PredicateKey(TermId predicate) {
  std::string key(kPredicatePrefix);
  AppendId(predicate, &key);
  return key;
}

std::string EncodePredicateCounts(const PredicateCounts& counts) {
  std::string out;
  AppendVarint(counts.triples, &out);
  AppendVarint(counts.distinct_subjects, &out);
  AppendVarint(counts.distinct_objects, &out);
  return out;
}

bool DecodePredicateCounts(std::string_view key, std::string_view value, PredicateCounts* out) {
  if (key.size() != kPredicatePrefix.size() + 8 || !key.starts_with(kPredicatePrefix)) {
    return false;
  }
  out->predicate = ReadId(key.substr(kPredicatePrefix.size()));
  return ReadVarint(&value, &out->triples) && ReadVarint(&value, &out->distinct_subjects) &&
         ReadVarint(&value, &out->distinct_objects) && value.empty();
}

bool StatsDelta::empty() const {
  if (quads != 0 || triples != 0 || terms != 0 || graphs != 0) return false;
  return std::all_of(predicates.begin(), predicates.end(), [](const auto& entry) {
    const Predicate& p = entry.second;
    return p.triples == 0 && p.subjects == 0 && p.objects == 0;
  });
}

void StatsKeeper::Reset(const StoreStatistics& stats) {
  std::unique_lock lock(mutex_);
  Changed();
  quads_ = stats.quads;
  triples_ = stats.triples;
  terms_ = stats.terms;
  graphs_ = stats.graphs;
  predicates_.clear();
  for (const PredicateCounts& p : stats.predicates) predicates_[p.predicate] = p;
}

StoreStatistics StatsKeeper::Get() const {
  std::shared_lock lock(mutex_);
  StoreStatistics stats;
  stats.quads = quads_;
  stats.triples = triples_;
  stats.terms = terms_;
  stats.graphs = graphs_;
  stats.predicates.reserve(predicates_.size());
  for (const auto& [id, counts] : predicates_) stats.predicates.push_back(counts);
  std::sort(stats.predicates.begin(), stats.predicates.end(),
            [](const auto& a, const auto& b) { return a.predicate < b.predicate; });
  return stats;
}

std::optional<PredicateCounts> StatsKeeper::Predicate(TermId predicate) const {
  std::shared_lock lock(mutex_);
  auto found = predicates_.find(predicate);
  if (found == predicates_.end()) return std::nullopt;
  return found->second;
}

void StatsKeeper::Preview(
    const StatsDelta& delta,
    const std::function<void(std::string, std::optional<std::string>)>& put) const {
  std::shared_lock lock(mutex_);
  if (delta.quads != 0) put(std::string(kQuadsKey), EncodeFixed64(Add(quads_, delta.quads)));
  if (delta.triples != 0) {
    put(std::string(kTriplesKey), EncodeFixed64(Add(triples_, delta.triples)));
  }
  if (delta.terms != 0) put(std::string(kTermsKey), EncodeFixed64(Add(terms_, delta.terms)));
  if (delta.graphs != 0) put(std::string(kGraphsKey), EncodeFixed64(Add(graphs_, delta.graphs)));
  for (const auto& [id, change] : delta.predicates) {
    if (change.triples == 0 && change.subjects == 0 && change.objects == 0) continue;
    PredicateCounts counts{id, 0, 0, 0};
    auto found = predicates_.find(id);
    if (found != predicates_.end()) counts = found->second;
    counts.triples = Add(counts.triples, change.triples);
    counts.distinct_subjects = Add(counts.distinct_subjects, change.subjects);
    counts.distinct_objects = Add(counts.distinct_objects, change.objects);
    if (counts.triples == 0) {
      put(PredicateKey(id), std::nullopt);
    } else {
      put(PredicateKey(id), EncodePredicateCounts(counts));
    }
  }
}

void StatsKeeper::Apply(const StatsDelta& delta) {
  std::unique_lock lock(mutex_);
  // Every commit, even one whose counts cancel out, may change what a pattern matches.
  Changed();
  quads_ = Add(quads_, delta.quads);
  triples_ = Add(triples_, delta.triples);
  terms_ = Add(terms_, delta.terms);
  graphs_ = Add(graphs_, delta.graphs);
  for (const auto& [id, change] : delta.predicates) {
    PredicateCounts& counts = predicates_[id];
    counts.predicate = id;
    counts.triples = Add(counts.triples, change.triples);
    counts.distinct_subjects = Add(counts.distinct_subjects, change.subjects);
    counts.distinct_objects = Add(counts.distinct_objects, change.objects);
    if (counts.triples == 0) predicates_.erase(id);
  }
}

void StatsKeeper::Changed() {
  ++generation_;
  estimates_.clear();
}

std::uint64_t StatsKeeper::generation() const {
  std::shared_lock lock(mutex_);
  return generation_;
}

std::size_t StatsKeeper::EstimateKeyHash::operator()(const EstimateKey& key) const {
  std::uint64_t h = static_cast<std::uint64_t>(key.graph);
  for (TermId id : {key.s, key.p, key.o, key.graph_id}) h = (h ^ id) * 0x9E3779B97F4A7C15ULL;
  return static_cast<std::size_t>(h ^ (h >> 32));
}

StatsKeeper::EstimateKey StatsKeeper::KeyOf(const IdPattern& pattern) {
  EstimateKey key;
  key.s = pattern.s.value_or(kNoTerm);
  key.p = pattern.p.value_or(kNoTerm);
  key.o = pattern.o.value_or(kNoTerm);
  key.graph = pattern.graph;
  key.graph_id = pattern.graph == GraphScope::kNamed ? pattern.graph_id : kNoTerm;
  return key;
}

std::optional<std::uint64_t> StatsKeeper::CachedEstimate(const IdPattern& pattern) const {
  const EstimateKey key = KeyOf(pattern);
  std::shared_lock lock(mutex_);
  auto found = estimates_.find(key);
  if (found == estimates_.end()) return std::nullopt;
  return found->second;
}

void StatsKeeper::CacheEstimate(const IdPattern& pattern, std::uint64_t generation,
                                std::uint64_t count) {
  const EstimateKey key = KeyOf(pattern);
  std::unique_lock lock(mutex_);
  if (generation != generation_) return;
  if (estimates_.size() >= kMaxCachedEstimates) estimates_.clear();
  estimates_[key] = count;
}

}  // namespace marsad::store
