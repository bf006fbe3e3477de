// The bulk loader's sorts: the two-thread sort gives exactly the single-thread order for every
// permutation, whatever the input's shape (random, already sorted, reversed, all equal).
#include "store/bulk_runs.h"

#include <algorithm>
#include <random>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

namespace marsad::store {
namespace {

// Above ParallelSortForPermutation's threshold, so both threads run.
constexpr std::size_t kQuads = 200000;

// Few distinct values per component: many ties, so every component decides some comparisons.
std::vector<IdQuad> RandomIdQuads(unsigned seed) {
  std::mt19937_64 rng(seed);
  std::vector<IdQuad> quads(kQuads);
  for (IdQuad& q : quads) q = {rng() % 500 + 1, rng() % 7 + 1, rng() % 300 + 1, rng() % 3 + 1};
  return quads;
}

// The permutation's key as a tuple: an order written independently of bulk_runs.cc.
std::tuple<TermId, TermId, TermId, TermId> Key(Permutation perm, const IdQuad& q) {
  switch (perm) {
    case Permutation::kSpo:
    case Permutation::kSpog: return {q.s, q.p, q.o, q.g};
    case Permutation::kPos:
    case Permutation::kPosg: return {q.p, q.o, q.s, q.g};
    case Permutation::kOsp:
    case Permutation::kOspg: return {q.o, q.s, q.p, q.g};
    case Permutation::kGspo: return {q.g, q.s, q.p, q.o};
    case Permutation::kGpos: return {q.g, q.p, q.o, q.s};
    case Permutation::kGosp: return {q.g, q.o, q.s, q.p};
  }
  return {};
}

std::vector<IdQuad> ReferenceSort(Permutation perm, std::vector<IdQuad> quads) {
  std::sort(quads.begin(), quads.end(),
            [perm](const IdQuad& a, const IdQuad& b) { return Key(perm, a) < Key(perm, b); });
  return quads;
}

constexpr Permutation kEveryPermutation[] = {
    Permutation::kSpo,  Permutation::kPos,  Permutation::kOsp,  Permutation::kSpog,
    Permutation::kPosg, Permutation::kOspg, Permutation::kGspo, Permutation::kGpos,
    Permutation::kGosp};

TEST(BulkRunsTest, ParallelSortMatchesAReferenceSortForEveryPermutation) {
  const std::vector<IdQuad> input = RandomIdQuads(1);
  for (Permutation perm : kEveryPermutation) {
    std::vector<IdQuad> parallel = input;
    ParallelSortForPermutation(perm, &parallel);
    EXPECT_EQ(parallel, ReferenceSort(perm, input)) << static_cast<int>(perm);
    std::vector<IdQuad> single = input;
    SortForPermutation(perm, &single);
    EXPECT_EQ(single, parallel) << static_cast<int>(perm);
  }
}

TEST(BulkRunsTest, ParallelSortHandlesSortedReversedAndConstantInputs) {
  std::vector<IdQuad> sorted = ReferenceSort(Permutation::kSpog, RandomIdQuads(2));
  std::vector<IdQuad> reversed(sorted.rbegin(), sorted.rend());
  // All equal: the sampled median is the minimum, so one side of the split is empty.
  std::vector<IdQuad> constant(kQuads, IdQuad{4, 3, 2, 1});
  // The input shape of a dump: ids in first-seen order, subjects mostly ascending.
  std::vector<IdQuad> almost = sorted;
  std::mt19937 rng(3);
  for (int i = 0; i < 1000; ++i) std::swap(almost[rng() % kQuads], almost[rng() % kQuads]);
  for (const std::vector<IdQuad>* input : {&sorted, &reversed, &constant, &almost}) {
    std::vector<IdQuad> quads = *input;
    ParallelSortForPermutation(Permutation::kSpog, &quads);
    EXPECT_EQ(quads, ReferenceSort(Permutation::kSpog, *input));
  }
}

TEST(BulkRunsTest, SmallInputsSortOnOneThreadInTheSameOrder) {
  std::vector<IdQuad> input = RandomIdQuads(4);
  input.resize(1000);
  std::vector<IdQuad> quads = input;
  ParallelSortForPermutation(Permutation::kOsp, &quads);
  EXPECT_EQ(quads, ReferenceSort(Permutation::kOsp, input));
}

}  // namespace
}  // namespace marsad::store
