// A bulk load without named graphs keeps its default graph in the triple indexes alone
// (statistics.h, DefaultGraphLayout); its first named-graph quad copies the default graph into
// the quad indexes. In each state every graph scope must read as in a store written row by
// row, the statistics must match a recount, and Check must find nothing.
#include <optional>

#include "bulk_test_util.h"
#include "store/statistics.h"

namespace marsad::store {
namespace {

using ::testing::HasSubstr;

std::vector<Quad> DefaultGraphQuads(int count, unsigned seed) {
  std::vector<Quad> quads = RandomQuads(count, seed);
  for (Quad& q : quads) q.graph = Term();
  return quads;
}

std::vector<Quad> NamedGraphQuads(int count, unsigned seed) {
  std::vector<Quad> quads = RandomQuads(count, seed);
  for (std::size_t i = 0; i < quads.size(); ++i) {
    quads[i].graph = Term::Iri("http://g/" + std::to_string(i % 3));
  }
  return quads;
}

// One batch of removals, then insertions, applied alike to a store and its reference.
struct Changes {
  std::vector<Quad> remove;
  std::vector<Quad> insert;
};

class DefaultGraphLayoutTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    loaded_ = DefaultGraphQuads(3000, 21);
    ASSERT_OK(store_->BulkLoad(SourceOf(loaded_)));
    ASSERT_NO_FATAL_FAILURE(InsertRowByRow(loaded_, reference_dir_.Sub("db"), &reference_, nullptr));
  }

  // Keys of GSPO, GPOS and GOSP together.
  std::uint64_t QuadIndexKeys() {
    std::uint64_t keys = 0;
    for (Permutation perm : {Permutation::kGspo, Permutation::kGpos, Permutation::kGosp}) {
      auto count = store_->CountKeysRaw(perm);
      EXPECT_OK(count);
      keys += count.ok() ? *count : 0;
    }
    return keys;
  }

  // Applies `changes` to both stores; expects both to report the same counts.
  void Apply(const Changes& changes) {
    std::vector<std::uint64_t> counts;
    for (Store* store : {store_.get(), reference_.get()}) {
      auto writer = store->NewBatchWriter();
      ASSERT_OK(writer);
      auto removed = (*writer)->RemoveQuads(changes.remove);
      ASSERT_OK(removed);
      auto added = (*writer)->InsertQuads(changes.insert);
      ASSERT_OK(added);
      ASSERT_OK((*writer)->Commit());
      counts.push_back(*removed);
      counts.push_back(*added);
    }
    EXPECT_EQ(counts[0], counts[2]) << "quads removed";
    EXPECT_EQ(counts[1], counts[3]) << "quads added";
  }

  void ExpectSameAsReference() {
    EXPECT_EQ(EveryScope(*store_), EveryScope(*reference_));
    ExpectSameCounts(store_->GetStatistics(), reference_->GetStatistics());
    ExpectStatisticsMatchIndexes();
    auto report = store_->Check(CheckOptions{});
    ASSERT_OK(report);
    EXPECT_TRUE(report->ok()) << report->problems.front().message;
  }

  std::vector<Quad> loaded_;
  marsad::testing::TempDir reference_dir_;
  std::unique_ptr<Store> reference_;
};

TEST_F(DefaultGraphLayoutTest, BulkLoadWithoutNamedGraphsWritesNoQuadIndexKey) {
  EXPECT_EQ(QuadIndexKeys(), 0u);
  EXPECT_GT(store_->GetStatistics().quads, 2000u);
  ExpectSameAsReference();
  // Every bound shape of the default graph is still one scan reading only matching keys,
  // and its results carry the default graph.
  const Quad& probe = loaded_[42];
  auto ids = store_->Lookup(std::vector<Term>{probe.subject, probe.predicate, probe.object});
  ASSERT_OK(ids);
  const IdPattern patterns[] = {
      {.s = (*ids)[0], .graph = GraphScope::kDefault},
      {.p = (*ids)[1], .graph = GraphScope::kDefault},
      {.o = (*ids)[2], .graph = GraphScope::kDefault},
      {.s = (*ids)[0], .o = (*ids)[2], .graph = GraphScope::kDefault},
      {.s = (*ids)[0], .p = (*ids)[1], .o = (*ids)[2], .graph = GraphScope::kDefault},
  };
  for (const IdPattern& pattern : patterns) {
    std::uint64_t keys_read = 0;
    std::vector<IdQuad> found = ScanAll(pattern, &keys_read);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(keys_read, found.size());
    for (const IdQuad& q : found) EXPECT_EQ(q.g, kDefaultGraph);
    // Small ranges are counted; large ones are scaled from the bytes of the index read.
    auto estimate = store_->EstimateCount(pattern);
    ASSERT_OK(estimate);
    if (found.size() < 100) {
      EXPECT_EQ(*estimate, found.size());
    } else {
      EXPECT_GE(*estimate, 128u);
    }
  }
  EXPECT_TRUE(ScanAll({.graph = GraphScope::kAnyNamed}).empty());
  Reopen();
  EXPECT_EQ(QuadIndexKeys(), 0u);
  ExpectSameAsReference();
}

TEST_F(DefaultGraphLayoutTest, DefaultGraphChangesStayInTheTripleIndexes) {
  Changes changes;
  changes.remove = {loaded_.begin(), loaded_.begin() + 200};
  changes.remove.push_back(NamedGraphQuads(1, 3)[0]);  // absent: nothing named is stored
  changes.insert = DefaultGraphQuads(300, 22);         // partly new, partly already there
  changes.insert.push_back(loaded_[0]);                // removed above, then back
  ASSERT_NO_FATAL_FAILURE(Apply(changes));
  EXPECT_EQ(QuadIndexKeys(), 0u);
  ExpectSameAsReference();
  Reopen();
  ExpectSameAsReference();
}

TEST_F(DefaultGraphLayoutTest, FirstNamedGraphQuadCopiesTheDefaultGraphIntoTheQuadIndexes) {
  SnapshotPtr before = store_->GetSnapshot();
  const std::uint64_t quads_before = store_->GetStatistics().quads;
  Changes changes;
  // Default-graph changes before and after the first named quad of the same batch.
  changes.remove = {loaded_.begin() + 100, loaded_.begin() + 150};
  changes.insert = DefaultGraphQuads(100, 23);
  for (const Quad& q : NamedGraphQuads(200, 24)) changes.insert.push_back(q);
  Quad also_named = loaded_[0];  // a triple already in the default graph, now named too
  also_named.graph = Term::Iri("http://g/extra");
  changes.insert.push_back(also_named);
  for (const Quad& q : DefaultGraphQuads(100, 25)) changes.insert.push_back(q);
  ASSERT_NO_FATAL_FAILURE(Apply(changes));
  EXPECT_EQ(QuadIndexKeys(), 3 * store_->GetStatistics().quads);
  ExpectSameAsReference();

  // A snapshot from before the copy still reads its own default graph, through the triple
  // indexes, and no named graph.
  std::uint64_t old_default = 0;
  auto it = store_->Scan(before, {.graph = GraphScope::kDefault});
  ASSERT_OK(it);
  while ((*it)->Next()) ++old_default;
  EXPECT_EQ(old_default, quads_before);
  it = store_->Scan(before, {.graph = GraphScope::kAnyNamed});
  ASSERT_OK(it);
  EXPECT_FALSE((*it)->Next());
  it->reset();
  before.reset();

  Reopen();
  ExpectSameAsReference();
  // Later removals of default-graph quads now go through the quad indexes too.
  Changes more;
  more.remove = {loaded_.begin(), loaded_.begin() + 300};
  ASSERT_NO_FATAL_FAILURE(Apply(more));
  ExpectSameAsReference();
}

TEST_F(DefaultGraphLayoutTest, CheckReportsADefaultGraphKeyInAQuadIndex) {
  auto ids = store_->Lookup(std::vector<Term>{loaded_[7].subject, loaded_[7].predicate,
                                              loaded_[7].object});
  ASSERT_OK(ids);
  const IdQuad stray{(*ids)[0], (*ids)[1], (*ids)[2], kDefaultGraph};
  ASSERT_OK(store_->WriteRawForTesting("gpos", EncodeKey(Permutation::kGpos, stray), ""));
  auto report = store_->Check(CheckOptions{});
  ASSERT_OK(report);
  ASSERT_FALSE(report->ok());
  EXPECT_EQ(report->problems.front().kind, CheckProblemKind::kBadEntry);
  EXPECT_EQ(report->problems.front().location, "gpos");
}

TEST_F(StoreTest, OpensFormatOneAndRefusesNewerFormats) {
  std::vector<TermId> t = Ids({"s", "p", "o"});
  InsertAll({{t[0], t[1], t[2], kDefaultGraph}});
  ASSERT_OK(store_->WriteRawForTesting("meta", kFormatVersionKey, EncodeFixed64(1)));
  Reopen();  // format 1: the default graph is in the quad indexes, as this store has it
  EXPECT_EQ(ScanAll({.graph = GraphScope::kDefault}).size(), 1u);
  ASSERT_OK(store_->WriteRawForTesting("meta", kFormatVersionKey,
                                       EncodeFixed64(kFormatVersion + 1)));
  store_.reset();
  EXPECT_STATUS(Store::Open(dir_.Sub("db"), FastOptions()), StatusCode::kNotSupported,
                HasSubstr("reads formats 1 to " + std::to_string(kFormatVersion)));
}

TEST_F(StoreTest, RefusesAnUnknownDefaultGraphLayout) {
  ASSERT_OK(store_->WriteRawForTesting("meta", kDefaultGraphLayoutKey, EncodeFixed64(7)));
  store_.reset();
  EXPECT_STATUS(Store::Open(dir_.Sub("db"), FastOptions()), StatusCode::kCorruption,
                HasSubstr("default-graph layout"));
}

}  // namespace
}  // namespace marsad::store
