// Pattern scans: choosing the permutation (PlanScan), the prefix-bounded iterator, and
// cardinality estimates.
#include <rocksdb/iterator.h>

#include "base/status_macros.h"
#include "store/rocksdb_status.h"
#include "store/store_core.h"

namespace marsad::store {
namespace {

// Results are counted exactly up to this many keys by EstimateCount.
constexpr std::uint64_t kExactCountLimit = 128;

bool IsGraphFirst(GraphScope scope) {
  return scope == GraphScope::kDefault || scope == GraphScope::kNamed;
}

}  // namespace

ScanPlan PlanScan(const IdPattern& pattern) {
  bool s = pattern.s.has_value();
  bool p = pattern.p.has_value();
  bool o = pattern.o.has_value();
  // 0 = S-first (spo), 1 = P-first (pos), 2 = O-first (osp) within each family.
  int shape = 0;
  if (s && !p && o) {
    shape = 2;
  } else if (!s && p) {
    shape = 1;
  } else if (!s && !p && o) {
    shape = 2;
  }
  int family = 0;  // triple permutations
  if (IsGraphFirst(pattern.graph)) family = 3;
  if (pattern.graph == GraphScope::kAnyNamed) family = 6;
  ScanPlan plan;
  plan.permutation = static_cast<Permutation>(family + shape);
  plan.bound = int(s) + int(p) + int(o) + (IsGraphFirst(pattern.graph) ? 1 : 0);
  return plan;
}

namespace {

// Sets `prefix` to the key prefix fixed by the pattern's bound components, in the plan's
// permutation order (reusing its buffer: restarts happen once per outer row of a join).
void SetBoundPrefix(const IdPattern& pattern, const ScanPlan& plan, std::string* prefix) {
  IdQuad bound;
  if (pattern.s) bound.s = *pattern.s;
  if (pattern.p) bound.p = *pattern.p;
  if (pattern.o) bound.o = *pattern.o;
  bound.g = pattern.graph == GraphScope::kDefault ? kDefaultGraph : pattern.graph_id;
  prefix->clear();
  for (int i = 0; i < plan.bound; ++i)
    AppendId(bound.Get(ComponentAt(plan.permutation, i)), prefix);
}

std::string BoundPrefix(const IdPattern& pattern, const ScanPlan& plan) {
  std::string prefix;
  SetBoundPrefix(pattern, plan, &prefix);
  return prefix;
}

bool DefaultFromTriples(const IdPattern& pattern, const Snapshot& snapshot) {
  return pattern.graph == GraphScope::kDefault && !snapshot.default_graph_in_quad_indexes();
}

// The index a scan reads: the plan's, except that a default-graph scan of a store whose
// default graph is kept in the triple indexes alone (statistics.h, DefaultGraphLayout) reads
// the triple permutation of the same shape. Its keys come in the same order, without the
// constant graph component, so the plan (what callers see) stays the same.
ScanPlan IndexPlan(const IdPattern& pattern, const ScanPlan& plan, const Snapshot& snapshot) {
  if (!DefaultFromTriples(pattern, snapshot)) return plan;
  return ScanPlan{static_cast<Permutation>(int(plan.permutation) - 3), plan.bound - 1};
}

}  // namespace

struct QuadIterator::Impl {
  SnapshotPtr snapshot;  // keeps the RocksDB snapshot alive as long as the iterator
  rocksdb::DB* db = nullptr;
  rocksdb::ColumnFamilyHandle* cf = nullptr;
  Permutation permutation = Permutation::kSpo;
  std::string prefix;
  std::string upper;
  rocksdb::Slice upper_slice;
  std::unique_ptr<rocksdb::Iterator> it;
  bool point = false;  // every key component bound: one Get instead of an iterator
  // Whether `it` stops at `upper` by itself; a restarted iterator is unbounded and Next()
  // ends the range at the first key outside the prefix.
  bool bounded = true;
  bool started = false;
  bool done = false;
  bool positioned = false;  // SeekTo moved the iterator; the next Next() must not advance
  // Reading a triple index for the default graph: results get g = kDefaultGraph.
  bool default_from_triples = false;
  Status status;
};

QuadIterator::QuadIterator(std::unique_ptr<Impl> impl, const ScanPlan& plan)
    : impl_(std::move(impl)), plan_(plan) {}
QuadIterator::~QuadIterator() = default;

Status QuadIterator::status() const { return impl_->status; }

bool QuadIterator::Next() {
  Impl& impl = *impl_;
  if (!impl.status.ok() || impl.done) return false;
  if (impl.point) {
    impl.done = true;
    impl.started = true;
    const rocksdb::ReadOptions read = DataReadOptions(impl.snapshot->get());
    rocksdb::PinnableSlice value;
    rocksdb::Status s = impl.db->Get(read, impl.cf, impl.prefix, &value);
    if (s.IsNotFound()) return false;
    impl.status = FromRocksDb(s, "reading an index");
    if (!impl.status.ok()) return false;
    ++keys_read_;
    current_ = IdQuad{};
    if (impl.default_from_triples) current_.g = kDefaultGraph;
    return DecodeKey(impl.permutation, impl.prefix, &current_);
  }
  if (!impl.started) {
    impl.it->Seek(impl.prefix);
    impl.started = true;
  } else if (impl.positioned) {
    impl.positioned = false;
  } else {
    impl.it->Next();
  }
  if (!impl.it->Valid()) {
    impl.done = true;
    impl.status = FromRocksDb(impl.it->status(), "scanning an index");
    return false;
  }
  ++keys_read_;
  std::string_view key = impl.it->key().ToStringView();
  current_ = IdQuad{};
  if (!impl.bounded && !key.starts_with(impl.prefix)) {
    impl.done = true;
    return false;
  }
  if (!key.starts_with(impl.prefix) || !DecodeKey(impl.permutation, key, &current_)) {
    impl.status =
        Status(StatusCode::kCorruption, "index " + std::string(PermutationName(impl.permutation)) +
                                            " returned a key outside the scanned range");
    return false;
  }
  if (impl.default_from_triples) current_.g = kDefaultGraph;
  return true;
}

void QuadIterator::SeekTo(TermId value) {
  Impl& impl = *impl_;
  if (impl.point || !impl.status.ok()) return;
  std::string target = impl.prefix;
  AppendId(value, &target);
  impl.it->Seek(target);
  impl.started = true;
  impl.positioned = true;
  impl.done = false;
}

bool QuadIterator::Restart(const IdPattern& pattern) {
  Impl& impl = *impl_;
  if (!impl.status.ok()) return false;
  if (pattern.graph == GraphScope::kNamed &&
      (pattern.graph_id == kNoTerm || pattern.graph_id == kDefaultGraph)) {
    return false;  // Scan reports the error
  }
  const ScanPlan plan = PlanScan(pattern);
  const ScanPlan index = IndexPlan(pattern, plan, *impl.snapshot);
  const bool point = index.bound == ComponentCount(index.permutation);
  if (index.permutation != impl.permutation || point != impl.point) return false;
  if (!point && impl.bounded) {
    // The RocksDB iterator's upper bound is fixed at creation: continue with an unbounded one.
    impl.it.reset(impl.db->NewIterator(DataReadOptions(impl.snapshot->get()), impl.cf));
    impl.bounded = false;
  }
  plan_ = plan;
  impl.default_from_triples = DefaultFromTriples(pattern, *impl.snapshot);
  SetBoundPrefix(pattern, index, &impl.prefix);
  impl.started = impl.positioned = impl.done = false;
  return true;
}

Result<std::unique_ptr<QuadIterator>> Store::Scan(SnapshotPtr snapshot,
                                                  const IdPattern& pattern) const {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  if (pattern.graph == GraphScope::kNamed &&
      (pattern.graph_id == kNoTerm || pattern.graph_id == kDefaultGraph)) {
    return Status(StatusCode::kInvalidArgument, "a named-graph scan needs a named graph id");
  }
  if (snapshot == nullptr) snapshot = GetSnapshot();
  ScanPlan plan = PlanScan(pattern);
  const ScanPlan index = IndexPlan(pattern, plan, *snapshot);
  auto impl = std::make_unique<QuadIterator::Impl>();
  impl->default_from_triples = DefaultFromTriples(pattern, *snapshot);
  impl->snapshot = std::move(snapshot);
  impl->db = core_->db.get();
  impl->permutation = index.permutation;
  impl->cf = core_->cf(index.permutation);
  impl->prefix = BoundPrefix(pattern, index);
  impl->point = index.bound == ComponentCount(index.permutation);
  if (!impl->point) {
    impl->upper = PrefixSuccessor(impl->prefix);
    rocksdb::ReadOptions read = DataReadOptions(impl->snapshot->get());
    if (!impl->upper.empty()) {
      impl->upper_slice = rocksdb::Slice(impl->upper);
      read.iterate_upper_bound = &impl->upper_slice;
    }
    impl->it.reset(core_->db->NewIterator(read, impl->cf));
  }
  return std::make_unique<QuadIterator>(std::move(impl), plan);
}

Status Store::Rescan(SnapshotPtr snapshot, const IdPattern& pattern,
                     std::unique_ptr<QuadIterator>* it) const {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  if (*it != nullptr && (*it)->Restart(pattern)) return Status();
  MARSAD_ASSIGN_OR_RETURN(*it, Scan(std::move(snapshot), pattern));
  return Status();
}

Result<std::uint64_t> Store::CountKeysRaw(Permutation perm) const {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  SnapshotPtr snapshot = GetSnapshot();
  rocksdb::ReadOptions read;
  read.snapshot = snapshot->get();
  std::unique_ptr<rocksdb::Iterator> it(core_->db->NewIterator(read, core_->cf(perm)));
  std::uint64_t count = 0;
  for (it->SeekToFirst(); it->Valid(); it->Next()) ++count;
  MARSAD_RETURN_IF_ERROR(FromRocksDb(it->status(), "scanning an index"));
  return count;
}

namespace {

// Counts up to kExactCountLimit matches, scales RocksDB's approximate sizes beyond.
Result<std::uint64_t> EstimateFromIndex(const Store& store, Store::Core& core,
                                        const IdPattern& pattern) {
  SnapshotPtr snapshot = store.GetSnapshot();
  MARSAD_ASSIGN_OR_RETURN(auto it, store.Scan(snapshot, pattern));
  std::uint64_t count = 0;
  while (count < kExactCountLimit && it->Next()) ++count;
  MARSAD_RETURN_IF_ERROR(it->status());
  if (count < kExactCountLimit) return count;
  // Large range: scale the key estimate of the whole column family by the range's share of
  // its bytes.
  const ScanPlan index = IndexPlan(pattern, it->plan(), *snapshot);
  rocksdb::ColumnFamilyHandle* cf = core.cf(index.permutation);
  std::string begin = BoundPrefix(pattern, index);
  std::string end = PrefixSuccessor(begin);
  if (end.empty()) end.assign(32, '\xff');
  std::string all_begin;
  std::string all_end(32, '\xff');
  rocksdb::Range ranges[2] = {rocksdb::Range(begin, end), rocksdb::Range(all_begin, all_end)};
  std::uint64_t sizes[2] = {0, 0};
  rocksdb::SizeApproximationOptions approx;
  approx.include_memtables = true;
  approx.include_files = true;
  rocksdb::Status s = core.db->GetApproximateSizes(approx, cf, ranges, 2, sizes);
  std::uint64_t keys = 0;
  core.db->GetIntProperty(cf, "rocksdb.estimate-num-keys", &keys);
  if (!s.ok() || sizes[1] == 0 || keys == 0) return count;
  double share = double(sizes[0]) / double(sizes[1]);
  return std::max<std::uint64_t>(count, std::uint64_t(share * double(keys)));
}

}  // namespace

Result<std::uint64_t> Store::EstimateCount(const IdPattern& pattern) const {
  MARSAD_RETURN_IF_ERROR(core_->CheckOpen());
  bool only_p = pattern.p && !pattern.s && !pattern.o;
  bool none = !pattern.s && !pattern.p && !pattern.o;
  if (pattern.graph == GraphScope::kUnion && none) return core_->stats.Get().triples;
  if (pattern.graph == GraphScope::kUnion && only_p) {
    auto counts = core_->stats.Predicate(*pattern.p);
    return counts ? counts->triples : 0;
  }
  // What needs index reads is kept until the next commit (StatsKeeper's estimate cache).
  const std::uint64_t generation = core_->stats.generation();
  if (auto cached = core_->stats.CachedEstimate(pattern)) return *cached;
  MARSAD_ASSIGN_OR_RETURN(std::uint64_t estimate, EstimateFromIndex(*this, *core_, pattern));
  core_->stats.CacheEstimate(pattern, generation, estimate);
  return estimate;
}

}  // namespace marsad::store
