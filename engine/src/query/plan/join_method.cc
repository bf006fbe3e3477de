// Choosing how each join step runs: merge join, hash join or index nested loop.
#include <algorithm>

#include "query/exec/adaptive_join_op.h"
#include "query/exec/materialize_op.h"
#include "query/exec/scan_op.h"
#include "query/plan/planner.h"

namespace marsad::query::plan {
namespace {

// Relative costs, in units of one index entry read by a running scan: opening a scan (a
// RocksDB iterator and its first seek, or a point Get) costs about as much as reading 30
// entries; building a hash table entry (scan, copy, hash) 3; probing it 2.
constexpr double kOpenCost = 30;
constexpr double kBuildCost = 3;
constexpr double kProbeCost = 2;
// Bytes a hash-join build row takes beyond its ids (vector header, bucket entry).
constexpr double kBuildRowOverhead = 64;
// An adaptive step probes at least this many outer rows by index before it may build.
constexpr double kMinProbesBeforeSwitch = 256;

// The variable slot a scan of `scan` is sorted on once `bound` slots are fixed: the one at
// the first key position left free by the permutation the store would pick. None when the
// scan is a point lookup or a constant sits there (a repeated variable cannot).
std::optional<int> SortSlot(const exec::ScanSpec& scan, const SlotSet& bound) {
  auto fixed = [&](const exec::PatternSlot& p) { return !p.is_var() || bound.contains(p.slot); };
  // Any id will do: PlanScan looks only at which positions are set.
  constexpr exec::TermId kAny = 1;
  store::IdPattern pattern;
  if (fixed(scan.s)) pattern.s = kAny;
  if (fixed(scan.p)) pattern.p = kAny;
  if (fixed(scan.o)) pattern.o = kAny;
  if (scan.mode == exec::GraphMode::kNamed) {
    pattern.graph = fixed(scan.graph) ? store::GraphScope::kNamed : store::GraphScope::kAnyNamed;
    pattern.graph_id = kAny;
  }
  const store::ScanPlan plan = store::PlanScan(pattern);
  if (plan.bound >= store::ComponentCount(plan.permutation)) return std::nullopt;
  const exec::PatternSlot* pos = &scan.s;
  switch (store::ComponentAt(plan.permutation, plan.bound)) {
    case store::Component::kS: pos = &scan.s; break;
    case store::Component::kP: pos = &scan.p; break;
    case store::Component::kO: pos = &scan.o; break;
    case store::Component::kG: pos = &scan.graph; break;
  }
  if (!pos->is_var()) return std::nullopt;
  return pos->slot;
}

}  // namespace

std::optional<int> Planner::MergeSlot(const LElement& a, const LElement& b,
                                      const SlotSet& now) {
  if (a.kind != ElementKind::kTriple || b.kind != ElementKind::kTriple) return std::nullopt;
  if (a.scan.empty || b.scan.empty) return std::nullopt;
  // Only where a join starts: a step under many rows is better served by the other methods.
  if (std::any_of(a.certain.begin(), a.certain.end(), [&](int s) { return now.contains(s); })) {
    return std::nullopt;
  }
  std::optional<int> sa = SortSlot(a.scan, now);
  std::optional<int> sb = SortSlot(b.scan, now);
  if (!sa || !sb || *sa != *sb) return std::nullopt;
  return sa;
}

exec::OperatorPtr Planner::MakeJoinStep(const LElement& e, const SlotSet& now,
                                        double outer_rows, double fanout) {
  if (e.kind != ElementKind::kTriple || e.scan.empty) return MakeStep(e, now);
  std::vector<int> keys;
  for (int s : e.certain) {
    if (now.contains(s) && std::find(keys.begin(), keys.end(), s) == keys.end()) {
      keys.push_back(s);
    }
  }
  if (keys.empty()) return MakeStep(e, now);
  const double build_rows = EstimateTriple(e.scan, {});
  const double nested = outer_rows * (kOpenCost + fanout);
  const double hash = build_rows * kBuildCost + outer_rows * (kProbeCost + fanout);
  const double build_bytes =
      build_rows * (static_cast<double>(4 * sizeof(exec::TermId)) + kBuildRowOverhead);
  if (build_bytes > static_cast<double>(ctx_->memory_budget()) / 4) return MakeStep(e, now);
  auto scan = NewScan(e.scan);
  scan->estimated_rows = build_rows;
  // The build rows keep only the pattern's variables.
  std::vector<int> columns;
  for (const exec::PatternSlot* pos : {&e.scan.s, &e.scan.p, &e.scan.o, &e.scan.graph}) {
    if (pos->is_var() && std::find(columns.begin(), columns.end(), pos->slot) == columns.end()) {
      columns.push_back(pos->slot);
    }
  }
  auto hash_join = std::make_unique<exec::MaterializeOp>(ctx_, std::move(scan), slot_count_,
                                                         std::move(keys), std::move(columns));
  if (hash < nested) return hash_join;
  // The nested loop is cheaper only as long as the outer rows stay near the estimate: past
  // the number of probes that costs as much as the build, switch to the hash join.
  const auto switch_after = static_cast<std::uint64_t>(
      std::max(kMinProbesBeforeSwitch, build_rows * kBuildCost / kOpenCost));
  exec::OperatorPtr probe = MakeStep(e, now);
  probe->estimated_rows = fanout;
  hash_join->estimated_rows = fanout;
  return std::make_unique<exec::AdaptiveJoinOp>(ctx_, std::move(probe), std::move(hash_join),
                                                switch_after);
}

}  // namespace marsad::query::plan
