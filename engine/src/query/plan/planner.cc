#include "query/plan/planner.h"

#include <algorithm>
#include <set>
#include <utility>

#include "query/exec/filter_op.h"
#include "query/exec/join_chain_op.h"
#include "query/exec/materialize_op.h"
#include "query/exec/merge_join_op.h"
#include "query/exec/optional_op.h"
#include "query/exec/union_op.h"
#include "query/exec/values_op.h"
#include "query/plan/filter_ranges.h"

namespace marsad::query::plan {
namespace {

std::vector<int> Certain(const LGroup& g) {
  std::set<int> out;
  for (const LElement& e : g.elements) out.insert(e.certain.begin(), e.certain.end());
  return {out.begin(), out.end()};
}

bool Subset(const std::vector<int>& slots, const SlotSet& bound) {
  return std::all_of(slots.begin(), slots.end(), [&](int s) { return bound.contains(s); });
}

bool IsBarrier(ElementKind k) {
  return k == ElementKind::kOptional || k == ElementKind::kMinus || k == ElementKind::kBind;
}

}  // namespace

Planner::Planner(exec::ExecContext* ctx, int slot_count)
    : ctx_(ctx), slot_count_(slot_count), stats_(ctx->store().GetStatistics()) {}

bool Planner::Safe(const LGroup& group) const {
  const std::vector<int> certain = Certain(group);
  SlotSet certain_set;
  certain_set.insert(certain.begin(), certain.end());
  for (const LElement& e : group.elements) {
    switch (e.kind) {
      case ElementKind::kTriple:
      case ElementKind::kPath:
      case ElementKind::kValues:
      case ElementKind::kSubSelect:  // always evaluated bottom-up by its MaterializeOp
        break;
      case ElementKind::kUnion:
      case ElementKind::kGroup:
        for (const LGroup& g : e.groups) {
          if (!Safe(g)) return false;
        }
        break;
      case ElementKind::kFilter:
        if (e.has_exists || !Subset(e.reads, certain_set)) return false;
        break;
      default:
        return false;  // OPTIONAL, MINUS, BIND see outer bindings differently
    }
  }
  return true;
}

exec::OperatorPtr Planner::PlanBranch(const LGroup& group, const SlotSet& bound) {
  if (Safe(group)) return PlanGroup(group, bound);
  return std::make_unique<exec::MaterializeOp>(ctx_, PlanGroup(group, {}), slot_count_,
                                               Certain(group));
}

exec::OperatorPtr Planner::MakeStep(const LElement& e, const SlotSet& bound) {
  switch (e.kind) {
    case ElementKind::kTriple:
      return NewScan(e.scan);
    case ElementKind::kPath:
      return std::make_unique<exec::PathOp>(ctx_, e.subject, e.path, e.object, e.scan, e.text);
    case ElementKind::kValues: {
      std::vector<exec::Row> rows = e.values;
      for (exec::Row& r : rows) r.resize(slot_count_, exec::kNoTerm);
      return std::make_unique<exec::ValuesOp>(ctx_, std::move(rows));
    }
    case ElementKind::kUnion: {
      std::vector<exec::OperatorPtr> branches;
      for (const LGroup& g : e.groups) branches.push_back(PlanBranch(g, bound));
      return std::make_unique<exec::UnionOp>(ctx_, std::move(branches));
    }
    case ElementKind::kGroup:
      return PlanBranch(e.groups[0], bound);
    case ElementKind::kSubSelect:
      return std::make_unique<exec::MaterializeOp>(ctx_, PlanSelect(*e.select), slot_count_,
                                                   e.certain);
    case ElementKind::kOptional:
      return std::make_unique<exec::OptionalOp>(ctx_, PlanBranch(e.groups[0], bound), e.expr);
    case ElementKind::kMinus:
      return std::make_unique<exec::MinusOp>(ctx_, PlanGroup(e.groups[0], {}), slot_count_);
    case ElementKind::kBind:
      return std::make_unique<exec::ExtendOp>(ctx_, *e.expr, e.slot, e.text);
    case ElementKind::kFilter:
      return std::make_unique<exec::FilterOp>(ctx_, *e.expr, e.text);
  }
  return nullptr;
}

void Planner::PlaceFilters(GroupBuild& b, bool all) {
  for (auto it = b.filters.begin(); it != b.filters.end();) {
    if (all || (!(*it)->has_exists && Subset((*it)->reads, b.now))) {
      b.steps.push_back(MakeStep(**it, b.now));
      it = b.filters.erase(it);
    } else {
      ++it;
    }
  }
}

std::size_t Planner::PickNext(const std::vector<const LElement*>& segment,
                              const SlotSet& now, double* rows) {
  auto connected = [&](const LElement& e, const SlotSet& bound) {
    return bound.empty() || std::any_of(e.certain.begin(), e.certain.end(),
                                        [&](int s) { return bound.contains(s); });
  };
  std::size_t best = 0;
  double best_score = 0, best_rows = 0;
  bool best_connected = false;
  for (std::size_t i = 0; i < segment.size(); ++i) {
    const bool c = connected(*segment[i], now);
    const double r = Estimate(*segment[i], now);
    // Lookahead: the rows after the cheapest connected element that could follow.
    SlotSet after = now;
    after.insert(segment[i]->certain.begin(), segment[i]->certain.end());
    double next = -1;
    for (std::size_t j = 0; j < segment.size(); ++j) {
      if (j == i || !connected(*segment[j], after)) continue;
      const double rj = Estimate(*segment[j], after);
      if (next < 0 || rj < next) next = rj;
    }
    const double score = next < 0 ? r : r * next;
    if (i == 0 || (c && !best_connected) ||
        (c == best_connected &&
         (score < best_score || (score == best_score && r < best_rows)))) {
      best = i, best_score = score, best_rows = r, best_connected = c;
    }
  }
  *rows = best_rows;
  return best;
}

void Planner::FlushSegment(GroupBuild& b, std::vector<const LElement*>& segment) {
  while (!segment.empty()) {
    double rows = 0;
    const std::size_t i = PickNext(segment, b.now, &rows);
    const LElement& e = *segment[i];
    segment.erase(segment.begin() + static_cast<std::ptrdiff_t>(i));
    exec::OperatorPtr step;
    SlotSet after = b.now;
    after.insert(e.certain.begin(), e.certain.end());
    if (!segment.empty()) {
      double next_rows = 0;
      const std::size_t j = PickNext(segment, after, &next_rows);
      if (std::optional<int> slot = MergeSlot(e, *segment[j], b.now)) {
        auto left = NewScan(e.scan);
        auto right = NewScan(segment[j]->scan);
        left->estimated_rows = rows;
        right->estimated_rows = EstimateTriple(segment[j]->scan, b.now);
        step = std::make_unique<exec::MergeJoinOp>(ctx_, std::move(left), std::move(right),
                                                   *slot);
        rows *= next_rows;
        after.insert(segment[j]->certain.begin(), segment[j]->certain.end());
        segment.erase(segment.begin() + static_cast<std::ptrdiff_t>(j));
      }
    }
    if (!step) step = MakeJoinStep(e, b.now, b.rows, rows);
    step->estimated_rows = rows;
    b.steps.push_back(std::move(step));
    b.rows *= std::max(rows, 1e-3);
    b.now = std::move(after);
    PlaceFilters(b, false);
  }
}

std::unique_ptr<exec::ScanOp> Planner::NewScan(const exec::ScanSpec& spec) const {
  exec::ScanSpec ranged = spec;
  for (const exec::PatternSlot* pos : {&spec.s, &spec.p, &spec.o, &spec.graph}) {
    if (!pos->is_var()) continue;
    if (auto it = ranges_.find(pos->slot); it != ranges_.end()) {
      ranged.range_slot = pos->slot;
      ranged.ranges = it->second;
      break;
    }
  }
  return std::make_unique<exec::ScanOp>(ctx_, std::move(ranged));
}

exec::OperatorPtr Planner::PlanGroup(const LGroup& group, const SlotSet& bound) {
  GroupBuild b;
  b.now = bound;
  std::vector<const expr::Expr*> filter_exprs;
  for (const LElement& e : group.elements) {
    if (e.kind != ElementKind::kFilter) continue;
    b.filters.push_back(&e);
    if (e.expr) filter_exprs.push_back(&*e.expr);
  }
  // Nested groups plan with their own filters' ranges; this group's come back after.
  std::map<int, std::vector<exec::IdRange>> outer_ranges =
      std::exchange(ranges_, FilterRanges(filter_exprs));
  exec::OperatorPtr plan = PlanGroupSteps(group, b);
  ranges_ = std::move(outer_ranges);
  return plan;
}

exec::OperatorPtr Planner::PlanGroupSteps(const LGroup& group, GroupBuild& b) {
  std::vector<const LElement*> segment;
  PlaceFilters(b, false);
  for (const LElement& e : group.elements) {
    if (e.kind == ElementKind::kFilter) continue;
    if (!IsBarrier(e.kind)) {
      segment.push_back(&e);
      continue;
    }
    FlushSegment(b, segment);
    b.steps.push_back(MakeStep(e, b.now));
    PlaceFilters(b, false);
  }
  FlushSegment(b, segment);
  PlaceFilters(b, true);
  if (b.steps.size() == 1) return std::move(b.steps[0]);
  return std::make_unique<exec::JoinChainOp>(ctx_, std::move(b.steps));
}

}  // namespace marsad::query::plan
