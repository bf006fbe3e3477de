// Writes: duplicates, deletes, statistics, atomicity, dictionary, snapshot isolation.
#include <atomic>
#include <random>
#include <set>
#include <thread>

#include "store_test_util.h"

namespace marsad::store {
namespace {

using ::testing::HasSubstr;

TEST_F(StoreTest, InsertingAPresentQuadChangesNothing) {
  std::vector<TermId> t = Ids({"s", "p", "o", "g"});
  IdQuad quad{t[0], t[1], t[2], t[3]};
  EXPECT_EQ(InsertAll({quad, quad}), 1u);
  StoreStatistics before = store_->GetStatistics();
  EXPECT_EQ(InsertAll({quad}), 0u);
  EXPECT_EQ(store_->GetStatistics(), before);
  EXPECT_EQ(before.quads, 1u);
  EXPECT_EQ(before.triples, 1u);
  EXPECT_EQ(before.graphs, 1u);
}

TEST_F(StoreTest, SameTripleInTwoGraphsIsOneUnionTriple) {
  std::vector<TermId> t = Ids({"s", "p", "o", "g"});
  InsertAll({{t[0], t[1], t[2], t[3]}, {t[0], t[1], t[2], kDefaultGraph}});
  StoreStatistics stats = store_->GetStatistics();
  EXPECT_EQ(stats.quads, 2u);
  EXPECT_EQ(stats.triples, 1u);
  EXPECT_EQ(ScanAll(IdPattern{}).size(), 1u);
  auto writer = store_->NewBatchWriter();
  ASSERT_OK(writer);
  ASSERT_TRUE(*(*writer)->Remove({t[0], t[1], t[2], t[3]}));
  ASSERT_OK((*writer)->Commit());
  EXPECT_EQ(ScanAll(IdPattern{}).size(), 1u);  // still in the default graph
  EXPECT_EQ(store_->GetStatistics().graphs, 0u);
  ExpectStatisticsMatchIndexes();
}

TEST_F(StoreTest, StatisticsEqualRecountAfterRandomInsertsAndDeletes) {
  std::vector<std::string> names;
  for (int i = 0; i < 16; ++i) names.push_back("n" + std::to_string(i));
  std::vector<TermId> t = Ids(names);
  std::mt19937 rng(3);
  std::set<IdQuad> model;
  for (int round = 0; round < 30; ++round) {
    auto writer = store_->NewBatchWriter();
    ASSERT_OK(writer);
    for (int op = 0; op < 40; ++op) {
      IdQuad q{t[rng() % 5], t[5 + rng() % 3], t[rng() % 6], kDefaultGraph};
      if (rng() % 2 == 0) q.g = t[12 + rng() % 3];
      bool insert = rng() % 3 != 0;
      auto changed = insert ? (*writer)->Insert(q) : (*writer)->Remove(q);
      ASSERT_OK(changed);
      bool expected = insert ? model.insert(q).second : model.erase(q) == 1;
      ASSERT_EQ(*changed, expected);
    }
    ASSERT_OK((*writer)->Commit());
    writer->reset();
    ExpectStatisticsMatchIndexes();
    ASSERT_EQ(store_->GetStatistics().quads, model.size());
  }
  // Statistics survive a reopen.
  StoreStatistics before = store_->GetStatistics();
  Reopen();
  EXPECT_EQ(store_->GetStatistics(), before);
}

TEST_F(StoreTest, AnUncommittedWriterLeavesNothing) {
  std::vector<TermId> t = Ids({"s", "p", "o"});
  StoreStatistics before = store_->GetStatistics();
  {
    auto writer = store_->NewBatchWriter();
    ASSERT_OK(writer);
    std::vector<Term> fresh = {Term::Iri("http://t/never-committed")};
    ASSERT_OK((*writer)->Encode(fresh));
    ASSERT_OK((*writer)->Insert({t[0], t[1], t[2], kDefaultGraph}));
    EXPECT_EQ((*writer)->pending_quad_delta(), 1);
  }
  EXPECT_EQ(store_->GetStatistics(), before);
  EXPECT_TRUE(ScanAll(IdPattern{}).empty());
  std::vector<Term> fresh = {Term::Iri("http://t/never-committed")};
  EXPECT_EQ((*store_->Lookup(fresh))[0], kNoTerm);
}

TEST_F(StoreTest, DictionaryRoundTripsTermsOfEveryKind) {
  std::vector<Term> terms = {
      Term::Iri("http://example.org/مدينة/القاهرة"),
      Term::Blank("b12"),
      Term::Literal("وزير الخارجية المصري"),
      Term::LangLiteral("كاراباخ", "ar"),
      Term::LangLiteral("Karabakh", "en-GB"),
      Term::Integer(42),
      Term::Typed("123456789012345678901234567890", std::string(xsd::kInteger)),
      Term::Typed("-3.25", std::string(xsd::kDecimal)),
      Term::Typed("6.02E23", std::string(xsd::kDouble)),
      Term::Boolean(true),
      Term::Typed("2023-10-07", std::string(xsd::kDate)),
      Term::Typed("2023-10-07T06:30:00+03:00", std::string(xsd::kDateTime)),
      Term::Literal("short"),
  };
  std::vector<TermId> ids;
  {
    auto writer = store_->NewBatchWriter();
    ASSERT_OK(writer);
    auto encoded = (*writer)->Encode(terms);
    ASSERT_OK(encoded);
    ids = *encoded;
    ASSERT_OK((*writer)->Commit());
  }
  Reopen();  // cold cache: decode from id2term
  auto decoded = store_->Decode(ids);
  ASSERT_OK(decoded);
  EXPECT_EQ(*decoded, terms);
  auto looked_up = store_->Lookup(terms);
  ASSERT_OK(looked_up);
  EXPECT_EQ(*looked_up, ids);
  std::set<TermId> distinct(ids.begin(), ids.end());
  EXPECT_EQ(distinct.size(), ids.size());
  // Integer 42, boolean, date and "short" are inline: 9 dictionary entries.
  EXPECT_EQ(store_->GetStatistics().terms, 9u);
}

TEST_F(StoreTest, LookupNeverCreatesAndDecodeRejectsUnknownIds) {
  std::vector<Term> terms = {Term::Iri("http://t/unknown"), Term::Integer(7)};
  auto ids = store_->Lookup(terms);
  ASSERT_OK(ids);
  EXPECT_EQ((*ids)[0], kNoTerm);
  EXPECT_TRUE(IsInlineId((*ids)[1]));
  EXPECT_EQ(store_->GetStatistics().terms, 0u);
  std::vector<TermId> bogus = {MakeId(IdTag::kIri, 999)};
  EXPECT_STATUS(store_->Decode(bogus), StatusCode::kNotFound, HasSubstr("not in the dictionary"));
  std::vector<TermId> none = {kNoTerm};
  EXPECT_STATUS(store_->Decode(none), StatusCode::kInvalidArgument, HasSubstr("does not name"));
}

TEST_F(StoreTest, TermLevelInsertAndRemoveUseTheDefaultGraphForNullGraphs) {
  auto writer = store_->NewBatchWriter();
  ASSERT_OK(writer);
  std::vector<Quad> quads = {
      {Term::Iri("http://t/a"), Term::Iri("http://t/name"), Term::LangLiteral("علي", "ar"), {}},
      {Term::Iri("http://t/a"), Term::Iri("http://t/age"), Term::Integer(30),
       Term::Iri("http://g")},
  };
  EXPECT_EQ(*(*writer)->InsertQuads(quads), 2u);
  ASSERT_OK((*writer)->Commit());
  IdPattern default_only;
  default_only.graph = GraphScope::kDefault;
  EXPECT_EQ(ScanAll(default_only).size(), 1u);
  std::vector<Quad> unknown = {
      {Term::Iri("http://t/zz"), Term::Iri("http://t/name"), Term::Literal("x"), {}}};
  EXPECT_EQ(*(*writer)->RemoveQuads(unknown), 0u);
  EXPECT_EQ(*(*writer)->RemoveQuads(quads), 2u);
  ASSERT_OK((*writer)->Commit());
  EXPECT_TRUE(ScanAll(IdPattern{}).empty());
  ExpectStatisticsMatchIndexes();
}

TEST_F(StoreTest, ReaderSeesOneSnapshotWhileAWriterRuns) {
  std::vector<std::string> names;
  for (int i = 0; i < 200; ++i) names.push_back("x" + std::to_string(i));
  std::vector<TermId> t = Ids(names);
  std::vector<IdQuad> first;
  for (int i = 0; i < 100; ++i) first.push_back({t[i], t[0], t[i + 1], kDefaultGraph});
  InsertAll(first);
  SnapshotPtr snapshot = store_->GetSnapshot();
  std::atomic<bool> writer_done{false};
  std::thread writer_thread([&] {
    for (int i = 100; i < 199; ++i) {
      auto writer = store_->NewBatchWriter();
      ASSERT_OK(writer);
      ASSERT_OK((*writer)->Insert({t[i], t[0], t[i + 1], kDefaultGraph}));
      ASSERT_OK((*writer)->Remove({t[i - 100], t[0], t[i - 99], kDefaultGraph}));
      ASSERT_OK((*writer)->Commit());
    }
    writer_done = true;
  });
  int scans = 0;
  do {
    auto it = store_->Scan(snapshot, IdPattern{});
    ASSERT_OK(it);
    std::vector<IdQuad> seen;
    while ((*it)->Next()) seen.push_back((*it)->quad());
    ASSERT_EQ(seen.size(), 100u);
    EXPECT_EQ(seen.front().s, t[0]);
    ++scans;
  } while (!writer_done);
  writer_thread.join();
  EXPECT_GT(scans, 0);
  EXPECT_EQ(ScanAll(IdPattern{}).front().s, t[99]);
}

}  // namespace
}  // namespace marsad::store
