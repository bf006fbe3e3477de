#include "store/bulk_runs.h"

#include <algorithm>
#include <array>

namespace marsad::store {
namespace {

using Member = TermId IdQuad::*;

Member MemberFor(Component c) {
  switch (c) {
    case Component::kS:
      return &IdQuad::s;
    case Component::kP:
      return &IdQuad::p;
    case Component::kO:
      return &IdQuad::o;
    case Component::kG:
      return &IdQuad::g;
  }
  return &IdQuad::s;
}

}  // namespace

void SortForPermutation(Permutation perm, std::vector<IdQuad>* quads) {
  std::array<Member, 4> order{};
  int count = ComponentCount(perm);
  for (int i = 0; i < count; ++i) order[i] = MemberFor(ComponentAt(perm, i));
  std::sort(quads->begin(), quads->end(), [&order, count](const IdQuad& a, const IdQuad& b) {
    for (int i = 0; i < count; ++i) {
      TermId x = a.*order[i];
      TermId y = b.*order[i];
      if (x != y) return x < y;
    }
    return false;
  });
}

std::uint64_t CountNamedGraphs(const std::vector<IdQuad>& quads) {
  std::uint64_t graphs = 0;
  TermId last = kNoTerm;
  for (const IdQuad& q : quads) {
    if (q.g != last && q.g != kDefaultGraph) ++graphs;
    last = q.g;
  }
  return graphs;
}

void TripleRunStats::AddInSpoOrder(const IdQuad& triple) {
  PredicateCounts& counts = predicates_[triple.p];
  counts.predicate = triple.p;
  counts.triples += 1;
  if (triple.s != last_spo_.s || triple.p != last_spo_.p) counts.distinct_subjects += 1;
  last_spo_ = triple;
}

void TripleRunStats::AddInPosOrder(const IdQuad& triple) {
  PredicateCounts& counts = predicates_[triple.p];
  if (triple.p != last_pos_.p || triple.o != last_pos_.o) counts.distinct_objects += 1;
  last_pos_ = triple;
}

std::vector<PredicateCounts> TripleRunStats::Predicates() const {
  std::vector<PredicateCounts> out;
  out.reserve(predicates_.size());
  for (const auto& [id, counts] : predicates_) out.push_back(counts);
  return out;
}

}  // namespace marsad::store
