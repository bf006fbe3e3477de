// Every pattern shape (bound s/p/o x graph scope) against a brute-force model.
#include <algorithm>
#include <random>
#include <set>
#include <tuple>

#include "store/statistics.h"
#include "store_test_util.h"

namespace marsad::store {
namespace {

struct Shape {
  bool s;
  bool p;
  bool o;
  GraphScope graph;
};

std::string ShapeName(const ::testing::TestParamInfo<Shape>& info) {
  const Shape& shape = info.param;
  std::string name =
      std::string(shape.s ? "S" : "x") + (shape.p ? "P" : "x") + (shape.o ? "O" : "x");
  const char* graphs[] = {"Union", "Default", "Named", "AnyNamed"};
  return name + graphs[int(shape.graph)];
}

std::vector<Shape> AllShapes() {
  std::vector<Shape> shapes;
  for (int graph = 0; graph < 4; ++graph) {
    for (int bits = 0; bits < 8; ++bits) {
      shapes.push_back(
          {(bits & 4) != 0, (bits & 2) != 0, (bits & 1) != 0, static_cast<GraphScope>(graph)});
    }
  }
  return shapes;
}

class ScanShapeTest : public StoreTest, public ::testing::WithParamInterface<Shape> {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    std::vector<std::string> names;
    for (int i = 0; i < 24; ++i) names.push_back("t" + std::to_string(i));
    ids_ = Ids(names);
    std::mt19937 rng(7);
    auto pick = [&](int from, int count) { return ids_[from + rng() % count]; };
    std::vector<IdQuad> quads;
    for (int i = 0; i < 600; ++i) {
      IdQuad q{pick(0, 8), pick(8, 4), pick(0, 12), kDefaultGraph};
      if (rng() % 3 != 0) q.g = pick(20, 4);
      quads.push_back(q);
      model_.insert(q);
    }
    ASSERT_EQ(InsertAll(quads), model_.size());
  }

  std::vector<IdQuad> Expected(const IdPattern& pattern) {
    std::set<IdQuad> out;
    for (const IdQuad& q : model_) {
      if ((pattern.s && *pattern.s != q.s) || (pattern.p && *pattern.p != q.p) ||
          (pattern.o && *pattern.o != q.o)) {
        continue;
      }
      switch (pattern.graph) {
        case GraphScope::kUnion:
          out.insert(IdQuad{q.s, q.p, q.o, kNoTerm});
          break;
        case GraphScope::kDefault:
          if (q.g == kDefaultGraph) out.insert(q);
          break;
        case GraphScope::kNamed:
          if (q.g == pattern.graph_id) out.insert(q);
          break;
        case GraphScope::kAnyNamed:
          if (q.g != kDefaultGraph) out.insert(q);
          break;
      }
    }
    std::vector<IdQuad> sorted(out.begin(), out.end());
    Permutation perm = PlanScan(pattern).permutation;
    std::sort(sorted.begin(), sorted.end(), [perm](const IdQuad& a, const IdQuad& b) {
      return EncodeKey(perm, a) < EncodeKey(perm, b);
    });
    return sorted;
  }

  std::vector<TermId> ids_;
  std::set<IdQuad> model_;
};

TEST_P(ScanShapeTest, ReturnsExactlyTheMatchesInPermutationOrderReadingNoOtherKey) {
  const Shape& shape = GetParam();
  std::mt19937 rng(11);
  std::vector<IdQuad> samples(model_.begin(), model_.end());
  int nonempty = 0;
  for (int round = 0; round < 40; ++round) {
    const IdQuad& sample = samples[rng() % samples.size()];
    IdPattern pattern;
    // Mostly values from stored quads; sometimes a term that never occurs in that position.
    bool miss = round % 10 == 9;
    if (shape.s) pattern.s = miss ? ids_[19] : sample.s;
    if (shape.p) pattern.p = sample.p;
    if (shape.o) pattern.o = sample.o;
    pattern.graph = shape.graph;
    if (shape.graph == GraphScope::kNamed) {
      pattern.graph_id = sample.g == kDefaultGraph ? ids_[20 + round % 4] : sample.g;
    }
    std::uint64_t keys_read = 0;
    std::vector<IdQuad> actual = ScanAll(pattern, &keys_read);
    std::vector<IdQuad> expected = Expected(pattern);
    ASSERT_EQ(actual, expected) << "round " << round;
    EXPECT_EQ(keys_read, actual.size()) << "a scan read a non-matching key";
    nonempty += actual.empty() ? 0 : 1;
  }
  EXPECT_GT(nonempty, 0);
}

// A nested-loop join re-probes one pattern shape with new values: Rescan keeps one iterator
// (same object, restarted) and every probe still returns exactly its matches.
TEST_P(ScanShapeTest, RescanReusesOneIteratorAcrossProbesOfTheShape) {
  const Shape& shape = GetParam();
  std::mt19937 rng(13);
  std::vector<IdQuad> samples(model_.begin(), model_.end());
  SnapshotPtr snapshot = store_->GetSnapshot();
  std::unique_ptr<QuadIterator> it;
  const QuadIterator* first = nullptr;
  for (int round = 0; round < 40; ++round) {
    const IdQuad& sample = samples[rng() % samples.size()];
    IdPattern pattern;
    if (shape.s) pattern.s = round % 7 == 6 ? ids_[19] : sample.s;
    if (shape.p) pattern.p = sample.p;
    if (shape.o) pattern.o = sample.o;
    pattern.graph = shape.graph;
    if (shape.graph == GraphScope::kNamed) {
      pattern.graph_id = sample.g == kDefaultGraph ? ids_[20 + round % 4] : sample.g;
    }
    ASSERT_OK(store_->Rescan(snapshot, pattern, &it));
    if (first == nullptr) first = it.get();
    EXPECT_EQ(it.get(), first) << "round " << round << ": the iterator was not reused";
    // Stop early on some rounds: the next restart must not depend on reaching the end.
    std::vector<IdQuad> actual;
    const std::size_t stop = round % 5 == 4 ? 1 : SIZE_MAX;
    while (actual.size() < stop && it->Next()) actual.push_back(it->quad());
    ASSERT_OK(it->status());
    std::vector<IdQuad> expected = Expected(pattern);
    if (expected.size() > stop) expected.resize(stop);
    ASSERT_EQ(actual, expected) << "round " << round;
    EXPECT_FALSE(actual.size() < stop && it->Next()) << "an ended scan went on";
  }
}

TEST_F(StoreTest, RescanToAnotherPermutationReplacesTheIterator) {
  std::vector<TermId> t = Ids({"s", "p", "o"});
  InsertAll({{t[0], t[1], t[2], kDefaultGraph}});
  SnapshotPtr snapshot = store_->GetSnapshot();
  std::unique_ptr<QuadIterator> it;
  IdPattern by_subject;
  by_subject.s = t[0];
  ASSERT_OK(store_->Rescan(snapshot, by_subject, &it));
  EXPECT_EQ(it->plan().permutation, Permutation::kSpo);
  IdPattern by_object;
  by_object.o = t[2];
  EXPECT_FALSE(it->Restart(by_object));
  ASSERT_OK(store_->Rescan(snapshot, by_object, &it));
  EXPECT_EQ(it->plan().permutation, Permutation::kOsp);
  ASSERT_TRUE(it->Next());
  EXPECT_EQ(it->quad(), (IdQuad{t[0], t[1], t[2], kNoTerm}));
  EXPECT_FALSE(it->Next());
}

INSTANTIATE_TEST_SUITE_P(AllShapes, ScanShapeTest, ::testing::ValuesIn(AllShapes()), ShapeName);

TEST_F(StoreTest, PlanScanDocumentsTheOrderOfResults) {
  IdPattern pattern;
  pattern.p = 5;
  ScanPlan plan = PlanScan(pattern);
  EXPECT_EQ(plan.permutation, Permutation::kPos);
  EXPECT_EQ(plan.bound, 1);
  EXPECT_EQ(ComponentAt(plan.permutation, plan.bound), Component::kO);
  pattern.graph = GraphScope::kNamed;
  pattern.graph_id = 9;
  plan = PlanScan(pattern);
  EXPECT_EQ(plan.permutation, Permutation::kGpos);
  EXPECT_EQ(plan.bound, 2);
  pattern = IdPattern{};
  pattern.s = 1;
  pattern.o = 2;
  pattern.graph = GraphScope::kAnyNamed;
  plan = PlanScan(pattern);
  EXPECT_EQ(plan.permutation, Permutation::kOspg);
  EXPECT_EQ(ComponentAt(plan.permutation, plan.bound), Component::kP);
}

TEST_F(StoreTest, SeekToSkipsToTheFirstResultAtOrAfterTheValue) {
  std::vector<TermId> t = Ids({"s", "p", "a", "b", "c", "d"});
  InsertAll({{t[0], t[1], t[2], kDefaultGraph},
             {t[0], t[1], t[3], kDefaultGraph},
             {t[0], t[1], t[5], kDefaultGraph}});
  IdPattern pattern;
  pattern.s = t[0];
  pattern.p = t[1];
  auto it = store_->Scan(nullptr, pattern);
  ASSERT_OK(it);
  (*it)->SeekTo(t[4]);  // between b and d
  ASSERT_TRUE((*it)->Next());
  EXPECT_EQ((*it)->quad().o, t[5]);
  EXPECT_FALSE((*it)->Next());
}

TEST_F(StoreTest, EstimateCountIsExactForSmallRangesAndPredicates) {
  std::vector<TermId> t = Ids({"s1", "s2", "p", "q", "o"});
  InsertAll({{t[0], t[2], t[4], kDefaultGraph},
             {t[1], t[2], t[4], kDefaultGraph},
             {t[1], t[3], t[4], t[0]}});
  IdPattern by_p;
  by_p.p = t[2];
  EXPECT_EQ(*store_->EstimateCount(by_p), 2u);
  IdPattern by_o;
  by_o.o = t[4];
  EXPECT_EQ(*store_->EstimateCount(by_o), 3u);
  by_o.graph = GraphScope::kAnyNamed;
  EXPECT_EQ(*store_->EstimateCount(by_o), 1u);
  EXPECT_EQ(*store_->EstimateCount(IdPattern{}), 3u);
}

// Estimates that read the index are cached; every commit must drop them, even one whose
// predicate counts cancel out (one quad of p removed, another added).
TEST_F(StoreTest, EstimateCountSeesEveryCommit) {
  std::vector<TermId> t = Ids({"s1", "s2", "s3", "p", "o", "other"});
  InsertAll({{t[0], t[3], t[4], kDefaultGraph}, {t[1], t[3], t[4], kDefaultGraph}});
  IdPattern by_po;
  by_po.p = t[3];
  by_po.o = t[4];
  EXPECT_EQ(*store_->EstimateCount(by_po), 2u);
  EXPECT_EQ(*store_->EstimateCount(by_po), 2u);  // now from the cache
  InsertAll({{t[2], t[3], t[4], kDefaultGraph}});
  EXPECT_EQ(*store_->EstimateCount(by_po), 3u);
  {
    auto writer = store_->NewBatchWriter();
    ASSERT_OK(writer);
    ASSERT_OK((*writer)->Remove({t[2], t[3], t[4], kDefaultGraph}));
    ASSERT_OK((*writer)->Insert({t[2], t[3], t[5], kDefaultGraph}));
    ASSERT_TRUE((*writer)->Commit().ok());
  }
  EXPECT_EQ(*store_->EstimateCount(by_po), 2u);
  by_po.o = t[5];
  EXPECT_EQ(*store_->EstimateCount(by_po), 1u);
  Reopen();
  EXPECT_EQ(*store_->EstimateCount(by_po), 1u);
}

// An estimate computed while a commit landed may describe the old data: it is not kept.
TEST(StatsKeeperTest, EstimateFromBeforeACommitIsNotCached) {
  StatsKeeper keeper;
  IdPattern pattern;
  pattern.p = 77;
  pattern.o = 78;
  std::uint64_t generation = keeper.generation();
  keeper.CacheEstimate(pattern, generation, 5);
  EXPECT_EQ(keeper.CachedEstimate(pattern), std::optional<std::uint64_t>(5));
  generation = keeper.generation();
  StatsDelta delta;
  delta.quads = 1;
  keeper.Apply(delta);
  EXPECT_EQ(keeper.CachedEstimate(pattern), std::nullopt);  // the commit dropped it
  keeper.CacheEstimate(pattern, generation, 6);              // computed before the commit
  EXPECT_EQ(keeper.CachedEstimate(pattern), std::nullopt);
  keeper.CacheEstimate(pattern, keeper.generation(), 7);
  EXPECT_EQ(keeper.CachedEstimate(pattern), std::optional<std::uint64_t>(7));
  pattern.graph = GraphScope::kAnyNamed;  // another pattern
  EXPECT_EQ(keeper.CachedEstimate(pattern), std::nullopt);
  keeper.Reset(StoreStatistics{});
  pattern.graph = GraphScope::kUnion;
  EXPECT_EQ(keeper.CachedEstimate(pattern), std::nullopt);
}

}  // namespace
}  // namespace marsad::store
