// Bulk load: same result as row-by-row inserts, exact statistics, all or nothing.
#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <set>

#include "bulk_test_util.h"

namespace marsad::store {
namespace {

using ::testing::HasSubstr;

std::set<Quad> AllQuads(Store& store) {
  std::set<Quad> out;
  for (GraphScope scope : {GraphScope::kDefault, GraphScope::kAnyNamed}) {
    IdPattern pattern;
    pattern.graph = scope;
    auto it = store.Scan(nullptr, pattern);
    EXPECT_TRUE(it.ok());
    while ((*it)->Next()) {
      const IdQuad& q = (*it)->quad();
      std::vector<TermId> ids = {q.s, q.p, q.o};
      if (q.g != kDefaultGraph) ids.push_back(q.g);
      auto terms = store.Decode(ids);
      EXPECT_TRUE(terms.ok());
      Quad quad{(*terms)[0], (*terms)[1], (*terms)[2], ids.size() == 4 ? (*terms)[3] : Term()};
      out.insert(quad);
    }
  }
  return out;
}

TEST_F(StoreTest, BulkLoadEqualsRowByRowInserts) {
  std::vector<Quad> quads = RandomQuads(3000, 5);
  quads.push_back(quads.front());  // an explicit duplicate
  auto report = store_->BulkLoad(SourceOf(quads));
  ASSERT_OK(report);
  EXPECT_EQ(report->quads_read, quads.size());

  marsad::testing::TempDir other_dir;
  std::unique_ptr<Store> other;
  std::uint64_t added = 0;
  ASSERT_NO_FATAL_FAILURE(InsertRowByRow(quads, other_dir.Sub("db"), &other, &added));

  EXPECT_EQ(report->quads_added, added);
  EXPECT_EQ(AllQuads(*store_), AllQuads(*other));
  StoreStatistics bulk = store_->GetStatistics();
  ExpectSameCounts(bulk, other->GetStatistics());
  ExpectStatisticsMatchIndexes();
  // The store keeps working normally after a bulk load, and survives a reopen.
  Reopen();
  EXPECT_EQ(store_->GetStatistics(), bulk);
  auto more = store_->NewBatchWriter();
  ASSERT_OK(more);
  std::vector<Quad> extra = RandomQuads(50, 99);
  ASSERT_OK((*more)->InsertQuads(extra));
  ASSERT_OK((*more)->RemoveQuads(std::span<const Quad>(quads).subspan(0, 100)));
  ASSERT_OK((*more)->Commit());
  more->reset();
  ExpectStatisticsMatchIndexes();
}

// Per-predicate statistics keyed by the predicate's term (ids differ between two stores).
std::map<std::string, std::vector<std::uint64_t>> PredicateStats(Store& store) {
  std::map<std::string, std::vector<std::uint64_t>> out;
  for (const PredicateCounts& p : store.GetStatistics().predicates) {
    auto term = store.Decode(std::vector<TermId>{p.predicate});
    EXPECT_TRUE(term.ok());
    out[(*term)[0].ToNTriples()] = {p.triples, p.distinct_subjects, p.distinct_objects};
  }
  return out;
}

TEST_F(StoreTest, DefaultGraphBulkLoadEqualsRowByRowInsertsInEveryIndex) {
  // Enough quads for the two-thread sort; no named graph, so the loader takes its
  // default-graph path (SPO/GSPO, POS/GPOS, OSP/GOSP written in pairs).
  std::vector<Quad> quads = RandomQuads(70000, 11);
  for (Quad& q : quads) q.graph = Term();
  quads.push_back(quads[17]);
  ASSERT_OK(store_->BulkLoad(SourceOf(quads)));

  marsad::testing::TempDir other_dir;
  std::unique_ptr<Store> other;
  ASSERT_NO_FATAL_FAILURE(InsertRowByRow(quads, other_dir.Sub("db"), &other, nullptr));

  EXPECT_EQ(EveryScope(*store_), EveryScope(*other));
  ExpectSameCounts(store_->GetStatistics(), other->GetStatistics());
  EXPECT_EQ(store_->GetStatistics().graphs, 0u);
  EXPECT_EQ(PredicateStats(*store_), PredicateStats(*other));
  ExpectStatisticsMatchIndexes();
  // Bound scans on each permutation pair: by subject (SPO/GSPO), predicate (POS/GPOS) and
  // object (OSP/GOSP), in the union and the default graph.
  const Quad& probe = quads[100];
  auto ids = store_->Lookup(std::vector<Term>{probe.subject, probe.predicate, probe.object});
  ASSERT_OK(ids);
  for (GraphScope scope : {GraphScope::kUnion, GraphScope::kDefault}) {
    IdPattern by_s{.s = (*ids)[0], .graph = scope};
    IdPattern by_p{.p = (*ids)[1], .graph = scope};
    IdPattern by_o{.o = (*ids)[2], .graph = scope};
    for (const IdPattern& pattern : {by_s, by_p, by_o}) {
      std::uint64_t keys_read = 0;
      std::vector<IdQuad> found = ScanAll(pattern, &keys_read);
      EXPECT_FALSE(found.empty());
      EXPECT_EQ(keys_read, found.size());  // no non-matching key read
    }
  }
}

TEST_F(StoreTest, NamedGraphBulkLoadKeepsStatisticsOfEveryPredicate) {
  std::vector<Quad> quads = RandomQuads(5000, 12);
  ASSERT_OK(store_->BulkLoad(SourceOf(quads)));
  marsad::testing::TempDir other_dir;
  std::unique_ptr<Store> other;
  ASSERT_NO_FATAL_FAILURE(InsertRowByRow(quads, other_dir.Sub("db"), &other, nullptr));
  EXPECT_EQ(EveryScope(*store_), EveryScope(*other));
  EXPECT_EQ(PredicateStats(*store_), PredicateStats(*other));
  EXPECT_EQ(store_->GetStatistics().graphs, other->GetStatistics().graphs);
}

// Bytes of the store's SST files as they are on disk.
std::uint64_t SstBytes(const std::string& dir) {
  std::uint64_t bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".sst") bytes += entry.file_size();
  }
  return bytes;
}

// The input-size hint only reserves memory: a hint far too small or far too large loads the
// same quads with the same statistics as none.
TEST_F(StoreTest, BulkLoadInputSizeHintChangesNothingStored) {
  const std::vector<Quad> quads = RandomQuads(2000, 8);
  ASSERT_OK(store_->BulkLoad(SourceOf(quads)));
  for (std::uint64_t input_bytes : {std::uint64_t{1}, std::uint64_t{1} << 30}) {
    marsad::testing::TempDir dir;
    auto hinted = Store::Open(dir.Sub("db"), Options());
    ASSERT_OK(hinted);
    BulkLoadOptions options;
    options.input_bytes = input_bytes;
    auto report = (*hinted)->BulkLoad(SourceOf(quads), options);
    ASSERT_OK(report);
    EXPECT_EQ(report->quads_read, quads.size());
    EXPECT_EQ(EveryScope(**hinted), EveryScope(*store_)) << input_bytes;
    EXPECT_EQ((*hinted)->GetStatistics(), store_->GetStatistics()) << input_bytes;
  }
}

// The bulk SSTs are written in their final form (bottommost compression) into the bottom
// level, so a full compaction has next to nothing left to gain. LZ4-compressed bulk files
// were about 1.8 times their compacted size on LUBM data.
TEST_F(StoreTest, BulkLoadLeavesTheDatabaseNearItsCompactedSize) {
  std::vector<Quad> quads;
  const char* predicates[] = {"memberOf", "takesCourse", "advisor", "name", "email"};
  for (int i = 0; i < 40000; ++i) {
    const std::string dept = "http://www.Department" + std::to_string(i % 15) + ".University" +
                             std::to_string(i % 7) + ".edu/";
    const std::string predicate = predicates[i % 5];
    Term object = i % 5 < 3 ? Term::Iri(dept + "Course" + std::to_string(i % 301))
                            : Term::Literal(predicate + " of student " + std::to_string(i / 5));
    quads.push_back({Term::Iri(dept + "Student" + std::to_string(i / 5)),
                     Term::Iri("http://swat.cse.lehigh.edu/onto/univ-bench.owl#" + predicate),
                     std::move(object), Term()});
  }
  ASSERT_OK(store_->BulkLoad(SourceOf(quads)));
  const std::uint64_t bulk_bytes = SstBytes(dir_.Sub("db"));
  auto compacted = store_->CompactAndMeasure();
  ASSERT_OK(compacted);
  EXPECT_GT(bulk_bytes, 0u);
  EXPECT_LE(double(bulk_bytes), 1.15 * double(*compacted))
      << "bulk " << bulk_bytes << " bytes, compacted " << *compacted;
  ExpectStatisticsMatchIndexes();
}

TEST_F(StoreTest, BulkLoadRefusesANonEmptyStore) {
  std::vector<TermId> t = Ids({"s", "p", "o"});
  InsertAll({{t[0], t[1], t[2], kDefaultGraph}});
  EXPECT_STATUS(store_->BulkLoad(SourceOf(RandomQuads(10, 1))), StatusCode::kNotSupported,
                HasSubstr("empty database"));
}

TEST_F(StoreTest, BulkLoadFailingSourceLeavesNothing) {
  std::vector<Quad> quads = RandomQuads(100, 2);
  QuadSource failing = [&quads](const QuadSink& sink) -> Status {
    for (int i = 0; i < 50; ++i) {
      Quad quad = quads[i];  // the sink may move from it
      Status status = sink(quad);
      if (!status.ok()) return status;
    }
    return Status(StatusCode::kSyntaxError, "bad line 51");
  };
  EXPECT_STATUS(store_->BulkLoad(failing), StatusCode::kSyntaxError, HasSubstr("line 51"));
  EXPECT_EQ(store_->GetStatistics(), StoreStatistics{});
  EXPECT_TRUE(ScanAll(IdPattern{}).empty());
  ExpectStatisticsMatchIndexes();
  ASSERT_OK(store_->BulkLoad(SourceOf(quads)));  // still empty, so still bulk-loadable
  ExpectStatisticsMatchIndexes();
}

}  // namespace
}  // namespace marsad::store
