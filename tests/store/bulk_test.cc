// Bulk load: same result as row-by-row inserts, exact statistics, all or nothing.
#include <random>
#include <set>

#include "store_test_util.h"

namespace marsad::store {
namespace {

using ::testing::HasSubstr;

std::vector<Quad> RandomQuads(int count, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<Quad> quads;
  for (int i = 0; i < count; ++i) {
    Quad q;
    q.subject = rng() % 5 == 0 ? Term::Blank("b" + std::to_string(rng() % 10))
                               : Term::Iri("http://s/" + std::to_string(rng() % 40));
    q.predicate = Term::Iri("http://p/" + std::to_string(rng() % 6));
    switch (rng() % 4) {
      case 0:
        q.object = Term::Iri("http://s/" + std::to_string(rng() % 40));
        break;
      case 1:
        q.object = Term::Integer(int(rng() % 50));
        break;
      case 2:
        q.object = Term::LangLiteral("اسم " + std::to_string(rng() % 30), "ar");
        break;
      default:
        q.object = Term::Literal("a longer literal " + std::to_string(rng() % 30));
    }
    if (rng() % 2 == 0) q.graph = Term::Iri("http://g/" + std::to_string(rng() % 4));
    quads.push_back(q);
  }
  return quads;
}

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

QuadSource SourceOf(std::vector<Quad> quads) {
  return [quads](const QuadSink& sink) mutable -> Status {
    for (Quad& q : quads) {
      Status status = sink(q);
      if (!status.ok()) return status;
    }
    return Status();
  };
}

TEST_F(StoreTest, BulkLoadEqualsRowByRowInserts) {
  std::vector<Quad> quads = RandomQuads(3000, 5);
  quads.push_back(quads.front());  // an explicit duplicate
  auto report = store_->BulkLoad(SourceOf(quads));
  ASSERT_OK(report);
  EXPECT_EQ(report->quads_read, quads.size());

  marsad::testing::TempDir other_dir;
  auto other = Store::Open(other_dir.Sub("db"), FastOptions());
  ASSERT_OK(other);
  auto writer = (*other)->NewBatchWriter();
  ASSERT_OK(writer);
  auto added = (*writer)->InsertQuads(quads);
  ASSERT_OK(added);
  ASSERT_OK((*writer)->Commit());
  writer->reset();

  EXPECT_EQ(report->quads_added, *added);
  EXPECT_EQ(AllQuads(*store_), AllQuads(**other));
  StoreStatistics bulk = store_->GetStatistics();
  StoreStatistics rows = (*other)->GetStatistics();
  EXPECT_EQ(bulk.quads, rows.quads);
  EXPECT_EQ(bulk.triples, rows.triples);
  EXPECT_EQ(bulk.terms, rows.terms);
  EXPECT_EQ(bulk.graphs, rows.graphs);
  EXPECT_EQ(bulk.predicates.size(), rows.predicates.size());
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
      Status status = sink(quads[i]);
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
