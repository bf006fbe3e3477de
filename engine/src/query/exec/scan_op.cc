#include "query/exec/scan_op.h"

namespace marsad::query::exec {

std::string ScanOp::Label() const {
  std::string label = "Scan " + spec_.text;
  if (spec_.empty) label += " [constant not in dictionary: empty]";
  if (!spec_.ranges.empty()) label += " [ranges on ?" + std::to_string(spec_.range_slot) + "]";
  if (!permutation_.empty()) label += " via " + permutation_;
  return label;
}

bool ScanOp::Resolve(const PatternSlot& pos, const Row& parent,
                     std::optional<TermId>* id) const {
  TermId value = pos.is_var() ? parent[pos.slot] : pos.id;
  if (value == kNoTerm) return true;  // free position
  // Terms made during the query (local ids) are in no index.
  if (static_cast<std::uint8_t>(store::TagOf(value)) == kLocalTag) return false;
  *id = value;
  return true;
}

void ScanOp::DoOpen(const Row& parent) {
  parent_ = parent;
  active_ = false;
  if (spec_.empty) return;
  store::IdPattern pattern;
  if (!Resolve(spec_.s, parent, &pattern.s) || !Resolve(spec_.p, parent, &pattern.p) ||
      !Resolve(spec_.o, parent, &pattern.o)) {
    return;
  }
  if (spec_.mode == GraphMode::kNamed) {
    std::optional<TermId> g;
    if (!Resolve(spec_.graph, parent, &g)) return;
    pattern.graph = g ? store::GraphScope::kNamed : store::GraphScope::kAnyNamed;
    if (g) pattern.graph_id = *g;
  }
  // Under a join this runs once per outer row: the iterator is kept and re-seeked.
  Status status = ctx_->store().Rescan(ctx_->snapshot(), pattern, &it_);
  if (!status.ok()) {
    ctx_->Fail(std::move(status));
    return;
  }
  active_ = true;
  permutation_ = store::PermutationName(it_->plan().permutation);
  ranged_ = !spec_.ranges.empty() && parent[spec_.range_slot] == kNoTerm &&
            SortedOn(spec_.range_slot);
  if (ranged_) {
    const store::ScanPlan& plan = it_->plan();
    range_component_ = store::ComponentAt(plan.permutation, plan.bound);
    range_index_ = 0;
    it_->SeekTo(spec_.ranges[0].lo);
  }
}

bool ScanOp::SortedOn(int slot) const {
  if (!active_) return true;
  const store::ScanPlan& plan = it_->plan();
  if (plan.bound >= store::ComponentCount(plan.permutation)) return false;
  const PatternSlot* pos = nullptr;
  switch (store::ComponentAt(plan.permutation, plan.bound)) {
    case store::Component::kS: pos = &spec_.s; break;
    case store::Component::kP: pos = &spec_.p; break;
    case store::Component::kO: pos = &spec_.o; break;
    case store::Component::kG: pos = &spec_.graph; break;
  }
  return pos != nullptr && pos->is_var() && pos->slot == slot;
}

bool ScanOp::Bind(const PatternSlot& pos, TermId value, Row& out) const {
  if (!pos.is_var()) return true;
  TermId& cell = out[pos.slot];
  if (cell != kNoTerm) return cell == value;  // a variable repeated in the pattern
  cell = value;
  return true;
}

bool ScanOp::InRanges(TermId value, std::optional<TermId>* seek) {
  const std::vector<IdRange>& ranges = spec_.ranges;
  while (range_index_ < ranges.size() && ranges[range_index_].hi < value) ++range_index_;
  if (range_index_ == ranges.size()) return false;
  if (value < ranges[range_index_].lo) *seek = ranges[range_index_].lo;
  return true;
}

bool ScanOp::DoNext(Row& out) {
  if (!active_) return false;
  while (it_->Next()) {
    if (ctx_->Interrupted()) return false;
    const store::IdQuad& q = it_->quad();
    if (ranged_) {
      std::optional<TermId> seek;
      if (!InRanges(q.Get(range_component_), &seek)) break;
      if (seek) {
        it_->SeekTo(*seek);
        continue;
      }
    }
    out = parent_;
    if (Bind(spec_.s, q.s, out) && Bind(spec_.p, q.p, out) && Bind(spec_.o, q.o, out) &&
        (spec_.mode != GraphMode::kNamed || Bind(spec_.graph, q.g, out))) {
      return true;
    }
  }
  if (!it_->status().ok()) ctx_->Fail(it_->status());
  active_ = false;
  return false;
}

}  // namespace marsad::query::exec
