// Database::Check on healthy and deliberately corrupted databases, Database::Backup, and Close
// while cursors are alive.
#include <filesystem>
#include <fstream>
#include <set>

#include "marsad/database.h"
#include "store/key_codec.h"
#include "store/statistics.h"
#include "store/store.h"
#include "store/term_codec.h"
#include "support/test_util.h"

namespace marsad {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::Field;
using ::testing::HasSubstr;
using store::IdQuad;
using store::Permutation;

Term K(const std::string& name) { return Term::Iri("http://k/" + name); }

// Default-graph and named-graph quads, a triple in two graphs, inline and dictionary literals.
std::vector<Quad> SampleQuads() {
  return {
      {K("cairo"), K("name"), Term::LangLiteral("القاهرة", "ar"), K("article1")},
      {K("cairo"), K("name"), Term::LangLiteral("القاهرة", "ar"), K("article2")},
      {K("cairo"), K("population"), Term::Integer(10000000), Term()},
      {K("cairo"), K("capitalOf"), K("egypt"), Term()},
      {K("egypt"), K("label"), Term::Literal("a country with a long name"), K("article1")},
      {K("rouhani"), K("phoned"), K("putin"), Term()},
      {K("rouhani"), K("phoned"), K("putin"), K("article2")},
  };
}

class CheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = Database::Open(path_);
    ASSERT_OK(db);
    std::vector<Quad> quads = SampleQuads();
    ASSERT_OK((*db)->Insert(quads));
    ASSERT_OK((*db)->Close());
  }

  // Opens the store underneath, hands it to `corrupt`, closes it again.
  void Corrupt(const std::function<void(store::Store&)>& corrupt) {
    auto opened = store::Store::Open(path_, Options());
    ASSERT_OK(opened);
    corrupt(**opened);
    ASSERT_OK((*opened)->Close());
  }

  static IdQuad Ids(store::Store& s, const Quad& quad) {
    std::vector<Term> terms = {quad.subject, quad.predicate, quad.object};
    if (!quad.graph.is_null()) terms.push_back(quad.graph);
    auto ids = s.Lookup(terms);
    EXPECT_TRUE(ids.ok());
    return IdQuad{(*ids)[0], (*ids)[1], (*ids)[2],
                  quad.graph.is_null() ? store::kDefaultGraph : (*ids)[3]};
  }

  CheckReport RunCheck(std::size_t max_problems = 100) {
    auto db = Database::Open(path_);
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    CheckOptions options;
    options.max_problems = max_problems;
    auto report = (*db)->Check(options);
    EXPECT_TRUE(report.ok()) << report.status().ToString();
    return report.ok() ? *report : CheckReport();
  }

  testing::TempDir dir_;
  std::string path_ = dir_.Sub("db");
};

TEST_F(CheckTest, HealthyDatabasePassesWithItsCounts) {
  CheckReport report = RunCheck();
  EXPECT_TRUE(report.ok());
  EXPECT_THAT(report.problems, ::testing::IsEmpty());
  EXPECT_EQ(report.quads, 7u);
  EXPECT_EQ(report.triples, 5u);
  EXPECT_EQ(report.indexes, 9);
  // cairo name القاهرة article1 article2 population capitalOf egypt label "a country..."
  // rouhani phoned putin; the integer is inline.
  EXPECT_EQ(report.terms, 13u);
}

TEST_F(CheckTest, DeletedGposKeyIsReportedAsThatQuadAlone) {
  const Quad victim = SampleQuads()[3];  // cairo capitalOf egypt, default graph
  Corrupt([&](store::Store& s) {
    ASSERT_OK(s.WriteRawForTesting("gpos", store::EncodeKey(Permutation::kGpos, Ids(s, victim)),
                                   std::nullopt));
  });
  CheckReport report = RunCheck();
  EXPECT_EQ(report.problem_count, 1u);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].kind, CheckProblemKind::kIndexMismatch);
  EXPECT_EQ(report.problems[0].location, "gpos");
  EXPECT_EQ(report.problems[0].message,
            "quad <http://k/cairo> <http://k/capitalOf> <http://k/egypt> (default graph) is in "
            "gspo but not in gpos");
}

TEST_F(CheckTest, DeletedNamedGraphKeyIsReportedInItsIndex) {
  const Quad victim = SampleQuads()[6];  // rouhani phoned putin in article2
  Corrupt([&](store::Store& s) {
    ASSERT_OK(s.WriteRawForTesting("ospg", store::EncodeKey(Permutation::kOspg, Ids(s, victim)),
                                   std::nullopt));
  });
  CheckReport report = RunCheck();
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].location, "ospg");
  EXPECT_THAT(report.problems[0].message,
              AllOf(HasSubstr("<http://k/rouhani> <http://k/phoned> <http://k/putin> in graph "
                              "<http://k/article2>"),
                    HasSubstr("is in spog but not in ospg")));
}

TEST_F(CheckTest, WrongGraphCountOfATripleIsReported) {
  const Quad victim = SampleQuads()[5];  // rouhani phoned putin: default graph + article2
  Corrupt([&](store::Store& s) {
    IdQuad triple = Ids(s, victim);
    triple.g = store::kNoTerm;
    ASSERT_OK(s.WriteRawForTesting("spo", store::EncodeKey(Permutation::kSpo, triple),
                                   store::EncodeTripleValue({.named_graphs = 3})));
  });
  CheckReport report = RunCheck();
  EXPECT_THAT(report.problems,
              Contains(AllOf(Field(&CheckProblem::location, "spo"),
                             Field(&CheckProblem::message,
                                   HasSubstr("is recorded in 3 named graphs but the quads put it "
                                             "in 1 and the default graph")))));
  EXPECT_EQ(report.problem_count, 1u);
}

TEST_F(CheckTest, DroppedTerm2IdEntryIsOneDictionaryMismatch) {
  Corrupt([&](store::Store& s) {
    std::string key;
    ASSERT_OK(store::EncodeTerm(K("egypt"), &key));
    ASSERT_OK(s.WriteRawForTesting("term2id", key, std::nullopt));
  });
  CheckReport report = RunCheck();
  ASSERT_EQ(report.problem_count, 1u);
  EXPECT_EQ(report.problems[0].kind, CheckProblemKind::kDictionaryMismatch);
  EXPECT_EQ(report.problems[0].location, "term2id");
  EXPECT_THAT(report.problems[0].message,
              AllOf(HasSubstr("to <http://k/egypt>"),
                    HasSubstr("but term2id has no entry for that term")));
}

TEST_F(CheckTest, DroppedId2TermEntryIsAnUnknownTermUsedByTheIndexes) {
  store::TermId egypt = 0;
  Corrupt([&](store::Store& s) {
    std::vector<Term> terms = {K("egypt")};
    egypt = (*s.Lookup(terms))[0];
    ASSERT_OK(s.WriteRawForTesting("id2term", store::EncodeFixed64(egypt), std::nullopt));
  });
  CheckReport report = RunCheck();
  const std::string id = std::to_string(egypt);
  EXPECT_EQ(report.problem_count, 3u);
  EXPECT_THAT(report.problems,
              Contains(AllOf(Field(&CheckProblem::kind, CheckProblemKind::kUnknownTerm),
                             Field(&CheckProblem::message,
                                   AllOf(HasSubstr("term id " + id),
                                         HasSubstr("no id2term entry"))))));
  EXPECT_THAT(report.problems,
              Contains(AllOf(Field(&CheckProblem::kind, CheckProblemKind::kDictionaryMismatch),
                             Field(&CheckProblem::message,
                                   HasSubstr("maps <http://k/egypt> to id " + id)))));
  EXPECT_THAT(report.problems,
              Contains(AllOf(Field(&CheckProblem::kind, CheckProblemKind::kStatisticsMismatch),
                             Field(&CheckProblem::message,
                                   "stats.terms is 13 but the indexes hold 12"))));
}

TEST_F(CheckTest, WrongStoredStatisticIsReported) {
  Corrupt([&](store::Store& s) {
    ASSERT_OK(s.WriteRawForTesting("meta", store::kQuadsKey, store::EncodeFixed64(999)));
  });
  CheckReport report = RunCheck();
  ASSERT_EQ(report.problem_count, 1u);
  EXPECT_EQ(report.problems[0].kind, CheckProblemKind::kStatisticsMismatch);
  EXPECT_EQ(report.problems[0].message, "stats.quads is 999 but the indexes hold 7");
}

TEST_F(CheckTest, ProblemListIsBoundedButEveryProblemIsCounted) {
  Corrupt([&](store::Store& s) {
    for (const Quad& quad : SampleQuads()) {
      ASSERT_OK(s.WriteRawForTesting("gosp", store::EncodeKey(Permutation::kGosp, Ids(s, quad)),
                                     std::nullopt));
    }
  });
  CheckReport report = RunCheck(/*max_problems=*/2);
  EXPECT_EQ(report.problem_count, 7u);
  EXPECT_EQ(report.problems.size(), 2u);
  EXPECT_FALSE(report.ok());
}

TEST_F(CheckTest, MalformedIndexKeyIsABadEntry) {
  Corrupt([&](store::Store& s) {
    ASSERT_OK(s.WriteRawForTesting("posg", "short", std::string()));
  });
  CheckReport report = RunCheck();
  EXPECT_THAT(report.problems,
              Contains(AllOf(Field(&CheckProblem::kind, CheckProblemKind::kBadEntry),
                             Field(&CheckProblem::location, "posg"),
                             Field(&CheckProblem::message, HasSubstr("5-byte key")))));
}

class BackupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = Database::Open(dir_.Sub("db"));
    ASSERT_OK(db);
    db_ = std::move(db).value();
    std::vector<Quad> quads = SampleQuads();
    ASSERT_OK(db_->Insert(quads));
  }
  static std::set<Quad> All(const Database& db) {
    std::set<Quad> out;
    auto cursor = db.Match({});
    EXPECT_TRUE(cursor.ok());
    while ((*cursor)->Next()) out.insert((*cursor)->quad());
    return out;
  }

  testing::TempDir dir_;
  std::unique_ptr<Database> db_;
};

TEST_F(BackupTest, CopyTakenWhileInUseHoldsExactlyTheCommittedQuads) {
  auto cursor = db_->Match({});  // a reader in flight does not stop the backup
  ASSERT_OK(cursor);
  ASSERT_OK(db_->Backup(dir_.Sub("copy")));
  std::vector<Quad> later = {{K("late"), K("p"), K("o"), Term()}};
  ASSERT_OK(db_->Insert(later));
  auto copy = Database::Open(dir_.Sub("copy"));
  ASSERT_OK(copy);
  std::vector<Quad> sample = SampleQuads();
  EXPECT_EQ(All(**copy), std::set<Quad>(sample.begin(), sample.end()));
  auto report = (*copy)->Check({});
  ASSERT_OK(report);
  EXPECT_TRUE(report->ok());
  EXPECT_EQ(report->quads, 7u);
}

TEST_F(BackupTest, EmptyExistingDirectoryIsAccepted) {
  std::filesystem::create_directories(dir_.Sub("empty"));
  ASSERT_OK(db_->Backup(dir_.Sub("empty")));
  EXPECT_TRUE(std::filesystem::exists(dir_.Sub("empty") + "/CURRENT"));
}

TEST_F(BackupTest, NonEmptyDirectoryIsRefusedAndLeftAlone) {
  std::filesystem::create_directories(dir_.Sub("full"));
  std::ofstream(dir_.Sub("full/notes.txt")) << "keep me";
  EXPECT_STATUS(db_->Backup(dir_.Sub("full")), StatusCode::kAlreadyExists,
                HasSubstr("backup directory " + dir_.Sub("full") + " is not empty"));
  EXPECT_EQ(testing::ReadFile(dir_.Sub("full/notes.txt")), "keep me");
}

TEST_F(BackupTest, FileInTheWayIsRefused) {
  std::ofstream(dir_.Sub("file")) << "x";
  EXPECT_STATUS(db_->Backup(dir_.Sub("file")), StatusCode::kInvalidArgument,
                HasSubstr("is not a directory"));
}

TEST(CloseTest, CloseWithAnOpenCursorFailsClearlyAndSucceedsAfterIt) {
  testing::TempDir dir;
  auto db = Database::Open(dir.Sub("db"));
  ASSERT_OK(db);
  std::vector<Quad> quads = SampleQuads();
  ASSERT_OK((*db)->Insert(quads));
  auto cursor = (*db)->Match({});
  ASSERT_OK(cursor);
  EXPECT_STATUS((*db)->Close(), StatusCode::kBusy,
                HasSubstr("1 cursor(s), query result(s) or snapshot(s) are still open"));
  // Still open and usable: the cursor reads every quad.
  int seen = 0;
  while ((*cursor)->Next()) ++seen;
  EXPECT_EQ(seen, 7);
  cursor->reset();
  EXPECT_OK((*db)->Close());
}

TEST(CloseTest, QueryResultKeepsCloseFromPullingTheFilesAway) {
  testing::TempDir dir;
  auto db = Database::Open(dir.Sub("db"));
  ASSERT_OK(db);
  std::vector<Quad> quads = SampleQuads();
  ASSERT_OK((*db)->Insert(quads));
  auto result = (*db)->Query("SELECT ?s WHERE { ?s <http://k/phoned> ?o }");
  ASSERT_OK(result);
  EXPECT_STATUS((*db)->Close(), StatusCode::kBusy, HasSubstr("still open"));
  ASSERT_TRUE((*result)->Next());
  EXPECT_EQ((*result)->row()[0], K("rouhani"));
  result->reset();
  EXPECT_OK((*db)->Close());
}

TEST(CloseTest, CursorOutlivingTheDatabaseObjectIsDestroyedSafely) {
  testing::TempDir dir;
  std::unique_ptr<QuadCursor> cursor;
  {
    auto db = Database::Open(dir.Sub("db"));
    ASSERT_OK(db);
    std::vector<Quad> quads = SampleQuads();
    ASSERT_OK((*db)->Insert(quads));
    auto match = (*db)->Match({});
    ASSERT_OK(match);
    cursor = std::move(match).value();
  }
  // The database files stay open (and locked) until the cursor goes, then close.
  EXPECT_STATUS(Database::Open(dir.Sub("db")), StatusCode::kBusy, HasSubstr("locked"));
  cursor.reset();
  auto reopened = Database::Open(dir.Sub("db"));
  ASSERT_OK(reopened);
  EXPECT_EQ((*reopened)->GetStatistics()->quads, 7u);
}

}  // namespace
}  // namespace marsad
