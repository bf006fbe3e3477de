// Cardinality estimates for join ordering.
#include <algorithm>
#include <cmath>

#include "query/plan/planner.h"

namespace marsad::query::plan {
namespace {

// Patterns with nothing known are ranked by this many rows.
constexpr double kUnknownRows = 1e4;
// The lowest estimate of a fully bound pattern's chance to match (see EstimateTriple).
constexpr double kMinCheckSelectivity = 1e-3;

bool Local(exec::TermId id) {
  return static_cast<std::uint8_t>(store::TagOf(id)) == exec::kLocalTag;
}

}  // namespace

// The store's estimate for the pattern's constants, then narrowed for each variable that
// earlier steps bind: with a constant predicate, by the predicate's distinct subjects or
// objects (rows per subject = triples / distinct subjects); otherwise by a fixed factor.
double Planner::EstimateTriple(const exec::ScanSpec& scan, const SlotSet& bound) {
  if (scan.empty) return 0;
  auto it = base_estimates_.find(&scan);
  if (it == base_estimates_.end()) {
    store::IdPattern pattern;
    auto constant = [](const exec::PatternSlot& p) -> std::optional<exec::TermId> {
      if (p.is_var() || p.id == exec::kNoTerm || Local(p.id)) return std::nullopt;
      return p.id;
    };
    pattern.s = constant(scan.s);
    pattern.p = constant(scan.p);
    pattern.o = constant(scan.o);
    if (scan.mode == exec::GraphMode::kNamed) {
      pattern.graph = store::GraphScope::kAnyNamed;
      if (auto g = constant(scan.graph)) {
        pattern.graph = store::GraphScope::kNamed;
        pattern.graph_id = *g;
      }
    }
    Result<std::uint64_t> n = ctx_->store().EstimateCount(pattern);
    it = base_estimates_.emplace(&scan, n.ok() ? static_cast<double>(*n) : kUnknownRows).first;
  }
  double rows = it->second;
  const bool s_bound = scan.s.is_var() && bound.contains(scan.s.slot);
  const bool o_bound = scan.o.is_var() && bound.contains(scan.o.slot);
  const bool p_bound = scan.p.is_var() && bound.contains(scan.p.slot);
  if (!scan.p.is_var()) {
    auto pc = std::lower_bound(stats_.predicates.begin(), stats_.predicates.end(), scan.p.id,
                               [](const store::PredicateCounts& c, exec::TermId id) {
                                 return c.predicate < id;
                               });
    if (pc != stats_.predicates.end() && pc->predicate == scan.p.id && pc->triples > 0) {
      const double t = static_cast<double>(pc->triples);
      if (s_bound && o_bound) {
        // A membership check: the chance that a given subject has a given object. Under
        // independence it is rows per subject over distinct objects, but variables joined
        // earlier are usually correlated with it (a department's head works for it), so the
        // estimate takes the square root and a floor. What matters is that checks which
        // filter rank before checks which keep every row (a type test that always holds).
        const double per_subject = t / std::max<double>(1, pc->distinct_subjects);
        const double chance = std::sqrt(per_subject / std::max<double>(1, pc->distinct_objects));
        return std::min(rows, std::clamp(chance, kMinCheckSelectivity, 1.0));
      }
      // With the other end a constant, `rows` already counts the pattern's matches: a bound
      // variable is one of the predicate's distinct subjects (objects), and holds with the
      // share rows / distinct, damped like a membership check.
      const double ds = std::max<double>(1, pc->distinct_subjects);
      const double dobj = std::max<double>(1, pc->distinct_objects);
      if (s_bound && !scan.o.is_var()) {
        return std::min(rows, std::clamp(std::sqrt(rows / ds), kMinCheckSelectivity, 1.0));
      }
      if (o_bound && !scan.s.is_var()) {
        return std::min(rows, std::clamp(std::sqrt(rows / dobj), kMinCheckSelectivity, 1.0));
      }
      if (s_bound) return std::min(rows, t / ds);
      if (o_bound) return std::min(rows, t / dobj);
      return rows;
    }
  }
  for (bool b : {s_bound, o_bound, p_bound}) {
    if (b) rows = std::max(1.0, rows / 100);
  }
  return rows;
}

double Planner::Estimate(const LElement& e, const SlotSet& bound) {
  auto any_bound = [&]() {
    return std::any_of(e.certain.begin(), e.certain.end(),
                       [&](int s) { return bound.contains(s); });
  };
  switch (e.kind) {
    case ElementKind::kTriple:
      return EstimateTriple(e.scan, bound);
    case ElementKind::kValues:
      // With all its variables bound, VALUES only checks membership.
      if (!e.certain.empty() && std::all_of(e.certain.begin(), e.certain.end(),
                                            [&](int s) { return bound.contains(s); })) {
        return 1;
      }
      return static_cast<double>(e.values.size());
    case ElementKind::kPath: {
      const bool from_known = !e.subject.is_var() || bound.contains(e.subject.slot);
      const bool to_known = !e.object.is_var() || bound.contains(e.object.slot);
      return from_known || to_known ? 100 : 1e7;
    }
    default:
      return any_bound() ? kUnknownRows / 10 : kUnknownRows;
  }
}

}  // namespace marsad::query::plan
