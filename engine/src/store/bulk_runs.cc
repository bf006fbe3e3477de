#include "store/bulk_runs.h"

#include <algorithm>
#include <thread>

namespace marsad::store {
namespace {

// Comparator over the components of a permutation, fixed at compile time: the sorts are the
// bulk loader's second-largest cost, and a member-pointer loop would keep the compiler from
// inlining the four comparisons.
template <TermId IdQuad::*A, TermId IdQuad::*B, TermId IdQuad::*C, TermId IdQuad::*D>
struct Less {
  bool operator()(const IdQuad& x, const IdQuad& y) const {
    if (x.*A != y.*A) return x.*A < y.*A;
    if (x.*B != y.*B) return x.*B < y.*B;
    if (x.*C != y.*C) return x.*C < y.*C;
    return x.*D < y.*D;
  }
};

// Triple permutations ignore g, so sorting them by g last is harmless (it only orders equal
// triples, which callers merge) and lets every permutation use a four-component comparator.
template <typename F>
void WithComparator(Permutation perm, F&& f) {
  using Q = IdQuad;
  switch (perm) {
    case Permutation::kSpo:
    case Permutation::kSpog:
      return f(Less<&Q::s, &Q::p, &Q::o, &Q::g>());
    case Permutation::kPos:
    case Permutation::kPosg:
      return f(Less<&Q::p, &Q::o, &Q::s, &Q::g>());
    case Permutation::kOsp:
    case Permutation::kOspg:
      return f(Less<&Q::o, &Q::s, &Q::p, &Q::g>());
    case Permutation::kGspo:
      return f(Less<&Q::g, &Q::s, &Q::p, &Q::o>());
    case Permutation::kGpos:
      return f(Less<&Q::g, &Q::p, &Q::o, &Q::s>());
    case Permutation::kGosp:
      return f(Less<&Q::g, &Q::o, &Q::s, &Q::p>());
  }
}

}  // namespace

void SortForPermutation(Permutation perm, std::vector<IdQuad>* quads) {
  WithComparator(perm, [quads](auto less) { std::sort(quads->begin(), quads->end(), less); });
}

void ParallelSortForPermutation(Permutation perm, std::vector<IdQuad>* quads) {
  constexpr std::size_t kMinParallel = 1 << 16;  // below this a thread costs more than it saves
  if (quads->size() < kMinParallel) return SortForPermutation(perm, quads);
  WithComparator(perm, [quads](auto less) {
    const auto middle = quads->begin() + static_cast<std::ptrdiff_t>(quads->size() / 2);
    std::thread first([&] { std::sort(quads->begin(), middle, less); });
    std::sort(middle, quads->end(), less);
    first.join();
    std::inplace_merge(quads->begin(), middle, quads->end(), less);
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

void TripleRunStats::MergeObjectCounts(const TripleRunStats& pos_order) {
  for (const auto& [id, counts] : pos_order.predicates_) {
    PredicateCounts& mine = predicates_[id];
    mine.predicate = id;
    mine.distinct_objects += counts.distinct_objects;
  }
}

std::vector<PredicateCounts> TripleRunStats::Predicates() const {
  std::vector<PredicateCounts> out;
  out.reserve(predicates_.size());
  for (const auto& [id, counts] : predicates_) out.push_back(counts);
  return out;
}

}  // namespace marsad::store
