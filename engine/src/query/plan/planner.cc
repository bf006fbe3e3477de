#include "query/plan/planner.h"

#include <algorithm>

#include "query/exec/filter_op.h"
#include "query/exec/join_chain_op.h"
#include "query/exec/materialize_op.h"
#include "query/exec/optional_op.h"
#include "query/exec/union_op.h"
#include "query/exec/values_op.h"

namespace marsad::query::plan {
namespace {

std::vector<int> Certain(const LGroup& g) {
  std::set<int> out;
  for (const LElement& e : g.elements) out.insert(e.certain.begin(), e.certain.end());
  return {out.begin(), out.end()};
}

bool Subset(const std::vector<int>& slots, const std::set<int>& bound) {
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
  const std::set<int> certain_set(certain.begin(), certain.end());
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

exec::OperatorPtr Planner::PlanBranch(const LGroup& group, const std::set<int>& bound) {
  if (Safe(group)) return PlanGroup(group, bound);
  return std::make_unique<exec::MaterializeOp>(ctx_, PlanGroup(group, {}), slot_count_,
                                               Certain(group));
}

exec::OperatorPtr Planner::MakeStep(const LElement& e, const std::set<int>& bound) {
  switch (e.kind) {
    case ElementKind::kTriple:
      return std::make_unique<exec::ScanOp>(ctx_, e.scan);
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

exec::OperatorPtr Planner::PlanGroup(const LGroup& group, const std::set<int>& bound) {
  std::vector<const LElement*> filters;
  for (const LElement& e : group.elements) {
    if (e.kind == ElementKind::kFilter) filters.push_back(&e);
  }
  std::vector<exec::OperatorPtr> steps;
  std::set<int> now = bound;
  auto place_filters = [&](bool all) {
    for (auto it = filters.begin(); it != filters.end();) {
      if (all || (!(*it)->has_exists && Subset((*it)->reads, now))) {
        steps.push_back(MakeStep(**it, now));
        it = filters.erase(it);
      } else {
        ++it;
      }
    }
  };
  std::vector<const LElement*> segment;
  auto flush_segment = [&]() {
    while (!segment.empty()) {
      std::size_t best = 0;
      double best_cost = 0;
      bool best_connected = false;
      for (std::size_t i = 0; i < segment.size(); ++i) {
        const auto& c = segment[i]->certain;
        const bool connected = now.empty() || std::any_of(c.begin(), c.end(), [&](int s) {
                                 return now.contains(s);
                               });
        const double cost = Estimate(*segment[i], now);
        if (i == 0 || (connected && !best_connected) ||
            (connected == best_connected && cost < best_cost)) {
          best = i, best_cost = cost, best_connected = connected;
        }
      }
      exec::OperatorPtr step = MakeStep(*segment[best], now);
      step->estimated_rows = best_cost;
      steps.push_back(std::move(step));
      now.insert(segment[best]->certain.begin(), segment[best]->certain.end());
      segment.erase(segment.begin() + static_cast<std::ptrdiff_t>(best));
      place_filters(false);
    }
  };
  place_filters(false);
  for (const LElement& e : group.elements) {
    if (e.kind == ElementKind::kFilter) continue;
    if (!IsBarrier(e.kind)) {
      segment.push_back(&e);
      continue;
    }
    flush_segment();
    steps.push_back(MakeStep(e, now));
    place_filters(false);
  }
  flush_segment();
  place_filters(true);
  if (steps.size() == 1) return std::move(steps[0]);
  return std::make_unique<exec::JoinChainOp>(ctx_, std::move(steps));
}

}  // namespace marsad::query::plan
