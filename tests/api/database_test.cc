// marsad::Database: the public API over the store (patterns, import, export, statistics).
#include "marsad/database.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "support/test_util.h"

namespace marsad {
namespace {

using ::testing::HasSubstr;

class DatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override { db_ = OpenAt(dir_.Sub("db")); }

  static std::unique_ptr<Database> OpenAt(const std::string& path) {
    Options options;
    options.sync_writes = false;
    auto db = Database::Open(path, options);
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    return db.ok() ? std::move(db).value() : nullptr;
  }

  static std::set<Quad> All(const Database& db, const QuadPattern& pattern = {}) {
    std::set<Quad> out;
    auto cursor = db.Match(pattern);
    EXPECT_TRUE(cursor.ok());
    while ((*cursor)->Next()) out.insert((*cursor)->quad());
    EXPECT_TRUE((*cursor)->status().ok()) << (*cursor)->status().ToString();
    return out;
  }

  static ImportOptions NQuads() {
    ImportOptions options;
    options.format = RdfFormat::kNQuads;
    options.source_name = "data.nq";
    return options;
  }

  marsad::testing::TempDir dir_;
  std::unique_ptr<Database> db_;
};

const Quad kCity{Term::Iri("http://k/cairo"), Term::Iri("http://k/name"),
                 Term::LangLiteral("القاهرة", "ar"), Term::Iri("http://k/article1")};
const Quad kPopulation{Term::Iri("http://k/cairo"), Term::Iri("http://k/population"),
                       Term::Integer(10000000), Term()};

TEST_F(DatabaseTest, MatchReturnsQuadsWithTheirGraphs) {
  std::vector<Quad> quads = {kCity, kPopulation};
  EXPECT_EQ(*db_->Insert(quads), 2u);
  EXPECT_EQ(*db_->Insert(quads), 0u);
  EXPECT_EQ(All(*db_), std::set<Quad>(quads.begin(), quads.end()));
  QuadPattern named;
  named.graph = GraphSelector::kNamed;
  named.graph_name = kCity.graph;
  EXPECT_EQ(All(*db_, named), std::set<Quad>{kCity});
  QuadPattern by_default;
  by_default.graph = GraphSelector::kDefault;
  EXPECT_EQ(All(*db_, by_default), std::set<Quad>{kPopulation});
  QuadPattern by_object;
  by_object.object = Term::LangLiteral("القاهرة", "ar");
  EXPECT_EQ(All(*db_, by_object), std::set<Quad>{kCity});
  QuadPattern unknown;
  unknown.subject = Term::Iri("http://k/never-seen");
  EXPECT_TRUE(All(*db_, unknown).empty());
}

TEST_F(DatabaseTest, RemoveAndStatisticsAgree) {
  std::vector<Quad> quads = {kCity, kPopulation};
  ASSERT_OK(db_->Insert(quads));
  auto stats = db_->GetStatistics();
  ASSERT_OK(stats);
  EXPECT_EQ(stats->quads, 2u);
  EXPECT_EQ(stats->graphs, 1u);
  ASSERT_EQ(stats->predicates.size(), 2u);
  EXPECT_EQ(stats->predicates[0].distinct_subjects, 1u);
  std::vector<Quad> one = {kCity};
  EXPECT_EQ(*db_->Remove(one), 1u);
  EXPECT_EQ(*db_->Remove(one), 0u);
  stats = db_->GetStatistics();
  EXPECT_EQ(stats->quads, 1u);
  EXPECT_EQ(stats->graphs, 0u);
  ASSERT_EQ(stats->predicates.size(), 1u);
  EXPECT_EQ(stats->predicates[0].predicate, kPopulation.predicate);
}

TEST_F(DatabaseTest, SyntaxErrorDiscardsOnlyTheCurrentBatch) {
  std::istringstream in(
      "<http://a> <http://p> \"1\" .\n"
      "<http://b> <http://p> \"2\" .\n"
      "<http://c> <http://p> \"3\" .\n"
      "<http://d> <http://p> \"4\" \n");
  ImportOptions options = NQuads();
  options.batch_quads = 2;
  auto report = db_->Import(in, options);
  EXPECT_EQ(report.status().code(), StatusCode::kSyntaxError);
  ASSERT_TRUE(report.status().where().has_value());
  EXPECT_EQ(report.status().where()->source, "data.nq");
  EXPECT_EQ(report.status().where()->line, 4u);
  std::set<Quad> stored = All(*db_);
  EXPECT_EQ(stored.size(), 2u);  // the first batch; "3" was in the discarded one
  EXPECT_EQ(db_->GetStatistics()->quads, 2u);
}

TEST_F(DatabaseTest, SkipBadCountsBadLinesAndGoesOn) {
  std::istringstream in(
      "<http://a> <http://p> \"1\" .\n"
      "this is not rdf\n"
      "<http://c> <http://p> \"3\" <http://g> .\n");
  ImportOptions options = NQuads();
  options.skip_bad = true;
  std::uint64_t progress_calls = 0;
  options.on_progress = [&](const ImportProgress&) { ++progress_calls; };
  auto report = db_->Import(in, options);
  ASSERT_OK(report);
  EXPECT_EQ(report->bad_lines, 1u);
  EXPECT_THAT(report->first_error, HasSubstr("data.nq:2"));
  EXPECT_EQ(report->quads_added, 2u);
  EXPECT_GT(progress_calls, 0u);
}

TEST_F(DatabaseTest, ExportThenImportYieldsTheSameDatabase) {
  std::vector<Quad> quads = {kCity,
                             kPopulation,
                             {Term::Blank("x"), Term::Iri("http://k/p"),
                              Term::Typed("2.5", std::string(xsd::kDecimal)), Term()}};
  ASSERT_OK(db_->Insert(quads));
  std::ostringstream out;
  ExportOptions export_options;
  export_options.format = RdfFormat::kNQuads;
  ASSERT_OK(db_->Export(out, export_options));
  auto copy = OpenAt(dir_.Sub("copy"));
  std::istringstream in(out.str());
  ASSERT_OK(copy->Import(in, NQuads()));
  // Import scopes blank node labels to the imported document, so the copy has the same quads
  // up to the blank node's label (one blank node here: erasing labels checks isomorphism).
  auto erase_blank_labels = [](const std::set<Quad>& stored) {
    std::set<Quad> erased;
    for (Quad q : stored) {
      for (Term* t : {&q.subject, &q.object, &q.graph}) {
        if (t->is_blank()) *t = Term::Blank("_");
      }
      erased.insert(q);
    }
    return erased;
  };
  EXPECT_EQ(erase_blank_labels(All(*copy)), erase_blank_labels(All(*db_)));
  EXPECT_EQ(All(*copy).size(), All(*db_).size());
  EXPECT_EQ(copy->GetStatistics()->triples, db_->GetStatistics()->triples);
}

TEST_F(DatabaseTest, BulkImportEqualsBatchedImport) {
  std::string data;
  for (int i = 0; i < 500; ++i) {
    data += "<http://s/" + std::to_string(i % 37) + "> <http://p/" + std::to_string(i % 5) +
            "> \"v" + std::to_string(i % 91) + "\"@ar <http://g/" + std::to_string(i % 3) + "> .\n";
  }
  ImportOptions bulk = NQuads();
  bulk.bulk = true;
  std::istringstream bulk_in(data);
  ASSERT_OK(db_->Import(bulk_in, bulk));
  auto batched = OpenAt(dir_.Sub("batched"));
  std::istringstream batched_in(data);
  ASSERT_OK(batched->Import(batched_in, NQuads()));
  EXPECT_EQ(All(*db_), All(*batched));
  auto a = db_->GetStatistics();
  auto b = batched->GetStatistics();
  EXPECT_EQ(a->quads, b->quads);
  EXPECT_EQ(a->triples, b->triples);
  EXPECT_EQ(a->terms, b->terms);
  EXPECT_EQ(a->graphs, b->graphs);
}

TEST_F(DatabaseTest, SecondOpenIsBusyAndReadOnlyOpenCannotWrite) {
  EXPECT_STATUS(Database::Open(dir_.Sub("db")), StatusCode::kBusy, HasSubstr("LOCK"));
  ASSERT_OK(db_->Insert(std::vector<Quad>{kCity}));
  Options read_only;
  read_only.read_only = true;
  auto reader = Database::Open(dir_.Sub("db"), read_only);
  ASSERT_OK(reader);
  EXPECT_EQ(All(**reader).size(), 1u);
  EXPECT_STATUS((*reader)->Insert(std::vector<Quad>{kPopulation}), StatusCode::kNotSupported,
                HasSubstr("read-only"));
}

TEST_F(DatabaseTest, QueryRunsAndClosedDatabaseRefusesCalls) {
  ASSERT_OK(db_->Insert(std::vector<Quad>{kCity}));
  {
    auto result = db_->Query("ASK { ?s ?p ?o }");
    ASSERT_OK(result);
    EXPECT_TRUE((*result)->boolean());
  }
  ASSERT_OK(db_->Close());
  EXPECT_FALSE(db_->Insert(std::vector<Quad>{kCity}).ok());
  EXPECT_FALSE(db_->Match(QuadPattern{}).ok());
}

TEST_F(DatabaseTest, AFailingInsertStoresNoQuadOfItsBatch) {
  Quad bad{Term::Iri("http://k/x"), Term::Iri("http://k/p"),
           Term::Typed("v", std::string("http://bad/\0type", 16)), Term()};
  std::vector<Quad> quads = {kCity, kPopulation, bad};
  EXPECT_STATUS(db_->Insert(quads), StatusCode::kInvalidArgument, HasSubstr("NUL"));
  EXPECT_TRUE(All(*db_).empty());
  auto stats = db_->GetStatistics();
  EXPECT_EQ(stats->quads, 0u);
  EXPECT_EQ(stats->terms, 0u);
}

TEST_F(DatabaseTest, ImportIntoATargetGraphAndExportOneGraph) {
  std::istringstream in("<http://a> <http://p> <http://b> .\n<http://b> <http://p> \"x\" .\n");
  ImportOptions options;
  options.format = RdfFormat::kNTriples;
  options.target_graph = "http://k/article2";
  ASSERT_OK(db_->Import(in, options));
  ASSERT_OK(db_->Insert(std::vector<Quad>{kCity, kPopulation}));
  std::ostringstream out;
  ExportOptions export_options;
  export_options.format = RdfFormat::kNQuads;
  export_options.graph = "http://k/article2";
  ASSERT_OK(db_->Export(out, export_options));
  std::string text = out.str();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2);
  EXPECT_THAT(text, HasSubstr("<http://a> <http://p> <http://b> <http://k/article2> ."));
  EXPECT_THAT(text, ::testing::Not(HasSubstr("cairo")));
}

TEST(CancelTokenTest, CancelAndReset) {
  CancelToken token;
  EXPECT_FALSE(token.cancelled());
  token.Cancel();
  EXPECT_TRUE(token.cancelled());
  token.Reset();
  EXPECT_FALSE(token.cancelled());
}

}  // namespace
}  // namespace marsad
