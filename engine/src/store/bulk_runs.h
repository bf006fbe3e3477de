// Sorting and counting helpers of the bulk loader (no RocksDB here, so they are unit-tested
// on their own).
#pragma once

#include <map>
#include <vector>

#include "store/key_codec.h"
#include "store/store.h"

namespace marsad::store {

// Sorts `quads` in the key order of `perm` (triple permutations ignore g).
void SortForPermutation(Permutation perm, std::vector<IdQuad>* quads);
// Same order, sorting the two halves on two threads and merging them.
void ParallelSortForPermutation(Permutation perm, std::vector<IdQuad>* quads);

inline bool SameTriple(const IdQuad& a, const IdQuad& b) {
  return a.s == b.s && a.p == b.p && a.o == b.o;
}

// Distinct named graphs (g != kDefaultGraph). REQUIRES: `quads` sorted by g first.
std::uint64_t CountNamedGraphs(const std::vector<IdQuad>& quads);

// Per-predicate statistics from distinct triples seen in SPO order (subjects: runs of equal
// (s, p)) and then in POS order (objects: runs of equal (p, o)).
class TripleRunStats {
 public:
  void AddInSpoOrder(const IdQuad& triple);
  void AddInPosOrder(const IdQuad& triple);
  // Adds the distinct-object counts another instance gathered with AddInPosOrder (so the two
  // orders can be walked on two threads).
  void MergeObjectCounts(const TripleRunStats& pos_order);
  // Sorted by predicate id.
  std::vector<PredicateCounts> Predicates() const;

 private:
  std::map<TermId, PredicateCounts> predicates_;
  IdQuad last_spo_{kNoTerm, kNoTerm, kNoTerm, kNoTerm};
  IdQuad last_pos_{kNoTerm, kNoTerm, kNoTerm, kNoTerm};
};

}  // namespace marsad::store
