// Bad input: each case ends in a clear error (or is stored), never a crash, and what was
// committed before it stays intact.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "marsad/database.h"
#include "store/fault_injection.h"
#include "support/test_util.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = Database::Open(path_);
    ASSERT_OK(db);
    db_ = std::move(db).value();
  }
  Result<ImportReport> ImportText(const std::string& text, std::size_t batch = 100000) {
    std::istringstream in(text);
    ImportOptions options;
    options.source_name = "bad.nt";
    options.batch_quads = batch;
    return db_->Import(in, options);
  }
  std::uint64_t Quads() { return db_->GetStatistics()->quads; }

  testing::TempDir dir_;
  std::string path_ = dir_.Sub("db");
  std::unique_ptr<Database> db_;
};

TEST_F(BadInputTest, InvalidUtf8InImportIsASyntaxErrorWithItsLocation) {
  EXPECT_STATUS(ImportText("<http://e/a> <http://e/p> \"ok\" .\n"
                           "<http://e/a> <http://e/p> \"\xC3\x28\" .\n"),
                StatusCode::kSyntaxError, HasSubstr("UTF-8"));
  EXPECT_EQ(Quads(), 0u);
}

TEST_F(BadInputTest, InvalidUtf8InAQueryIsRejected) {
  auto result = db_->Query("SELECT ?s WHERE { ?s ?p \"\xFF\xFE\" }");
  EXPECT_FALSE(result.ok());
  EXPECT_THAT(result.status().message(), HasSubstr("UTF-8"));
}

TEST_F(BadInputTest, NulByteInAQueryIsASyntaxError) {
  auto result = db_->Query(std::string("SELECT ?s WHERE { ?s ?p ?o }\0 garbage", 38));
  EXPECT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kSyntaxError) << result.status().ToString();
}

TEST_F(BadInputTest, QueryNestedAHundredThousandDeepIsRefusedNotACrash) {
  std::string query = "SELECT ?s WHERE { ?s ?p ?o FILTER(" + std::string(100000, '(') + "1" +
                      std::string(100000, ')') + ") }";
  EXPECT_STATUS(db_->Query(query), StatusCode::kSyntaxError,
                HasSubstr("query nested too deeply (limit 256)"));
}

TEST_F(BadInputTest, TenMegabyteLineIsImported) {
  std::string literal(10u << 20, 'x');
  ASSERT_OK(ImportText("<http://e/big> <http://e/p> \"" + literal + "\" .\n"));
  EXPECT_EQ(Quads(), 1u);
}

TEST_F(BadInputTest, UnknownPrefixInAQueryNamesIt) {
  auto result = db_->Query("SELECT ?s WHERE { ?s nope:p ?o }");
  EXPECT_FALSE(result.ok());
  EXPECT_THAT(result.status().message(), HasSubstr("nope"));
}

TEST(BadDirectoryTest, MissingDatabaseWithoutCreateIsNotFound) {
  testing::TempDir dir;
  Options options;
  options.create_if_missing = false;
  EXPECT_STATUS(Database::Open(dir.Sub("absent"), options), StatusCode::kNotFound,
                HasSubstr("database " + dir.Sub("absent") + " does not exist"));
}

TEST(BadDirectoryTest, LockedDatabaseIsBusyNamingTheLockFile) {
  testing::TempDir dir;
  auto first = Database::Open(dir.Sub("db"));
  ASSERT_OK(first);
  EXPECT_STATUS(Database::Open(dir.Sub("db")), StatusCode::kBusy,
                HasSubstr("lock file " + dir.Sub("db") + "/LOCK"));
}

TEST(BadDirectoryTest, CorruptedSstIsReportedWithTheFile) {
  testing::TempDir dir;
  {
    auto db = Database::Open(dir.Sub("db"));
    ASSERT_OK(db);
    std::vector<Quad> quads;
    for (int i = 0; i < 2000; ++i) {
      quads.push_back({Term::Iri("http://e/s" + std::to_string(i)), Term::Iri("http://e/p"),
                       Term::Literal("a longer value to fill blocks " + std::to_string(i)),
                       Term()});
    }
    ASSERT_OK((*db)->Insert(quads));
    ASSERT_OK((*db)->Close());  // flushes: the quads are in SST files now
  }
  std::string victim;
  for (const auto& entry : fs::directory_iterator(dir.Sub("db"))) {
    if (entry.path().extension() == ".sst" && fs::file_size(entry.path()) > 4096) {
      victim = entry.path().string();
      break;
    }
  }
  ASSERT_FALSE(victim.empty());
  {
    std::fstream file(victim, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(100);
    file.write("\xde\xad\xbe\xef\xde\xad\xbe\xef", 8);
  }
  const std::string file_name = fs::path(victim).filename().string();
  auto db = Database::Open(dir.Sub("db"));
  if (!db.ok()) {
    EXPECT_EQ(db.status().code(), StatusCode::kCorruption) << db.status().ToString();
    EXPECT_THAT(db.status().message(), HasSubstr(file_name));
    return;
  }
  auto report = (*db)->Check({});
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), StatusCode::kCorruption) << report.status().ToString();
  EXPECT_THAT(report.status().message(), HasSubstr(file_name));
}

TEST(BadDirectoryTest, CorruptedManifestIsReportedAtOpen) {
  testing::TempDir dir;
  {
    auto db = Database::Open(dir.Sub("db"));
    ASSERT_OK(db);
    ASSERT_OK((*db)->Close());
  }
  std::string manifest = dir.Sub("db") + "/" + testing::ReadFile(dir.Sub("db") + "/CURRENT");
  manifest.pop_back();  // CURRENT ends with a newline
  const std::uintmax_t size = fs::file_size(manifest);
  std::ofstream(manifest, std::ios::binary | std::ios::trunc) << std::string(size, '\x5a');
  auto db = Database::Open(dir.Sub("db"));
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), StatusCode::kCorruption) << db.status().ToString();
  EXPECT_THAT(db.status().message(), HasSubstr("MANIFEST"));
}

// Imports with only `budget` bytes of disk left, then frees the disk again.
Result<ImportReport> ImportWithWriteBudget(Database& db, std::istream& in,
                                           const ImportOptions& options, std::uint64_t budget) {
  store::SetWriteBudgetForTesting(budget);
  auto report = db.Import(in, options);
  store::SetWriteBudgetForTesting(std::nullopt);
  return report;
}

void ExpectDiskFull(const Result<ImportReport>& report) {
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), StatusCode::kResourceExhausted) << report.status().ToString();
  EXPECT_THAT(report.status().message(), HasSubstr("No space left on device"));
  EXPECT_GT(store::FailedWritesForTesting(), 0u);
}

// The disk fills up in the middle of an import: the import fails with the I/O error, the
// process goes on, and after reopening every batch committed before stays intact.
TEST(DiskFullTest, ImportFailsCleanlyAndCommittedBatchesSurvive) {
  testing::TempDir dir;
  store::InstallFaultInjectionForTesting();
  std::uint64_t committed = 0;
  {
    auto db = Database::Open(dir.Sub("db"));
    ASSERT_OK(db);
    std::string text;
    for (int i = 0; i < 20000; ++i) {
      text += "<http://e/s" + std::to_string(i) + "> <http://e/p> \"value number " +
              std::to_string(i) + "\" .\n";
    }
    std::istringstream in(text);
    ImportOptions options;
    options.batch_quads = 1000;
    options.on_batch_committed = [&](const ImportReport& so_far) {
      committed = so_far.quads_read;
    };
    ExpectDiskFull(ImportWithWriteBudget(**db, in, options, 2u << 20));
    EXPECT_GT(committed, 0u);
    EXPECT_LT(committed, 20000u);
    (void)(*db)->Close();  // may report the same error; the process survives
  }
  auto db = Database::Open(dir.Sub("db"));
  ASSERT_OK(db);
  auto report = (*db)->Check({});
  ASSERT_OK(report);
  EXPECT_TRUE(report->ok()) << (report->problems.empty() ? "" : report->problems[0].message);
  EXPECT_EQ(report->quads, committed);
}

// The disk fills up while a bulk import writes its table files: the import fails with the
// I/O error, nothing of it is stored, no temporary file is left behind, and the same import
// succeeds once there is room again.
TEST(DiskFullTest, BulkImportFailsCleanlyAndLeavesAnEmptyUsableDatabase) {
  testing::TempDir dir;
  store::InstallFaultInjectionForTesting();
  std::string text;
  for (int i = 0; i < 30000; ++i) {
    text += "<http://e/s" + std::to_string(i) + "> <http://e/p" + std::to_string(i % 7) +
            "> \"value number " + std::to_string(i) + "\" .\n";
  }
  ImportOptions options;
  options.bulk = true;
  auto db = Database::Open(dir.Sub("db"));
  ASSERT_OK(db);
  {
    std::istringstream in(text);
    ExpectDiskFull(ImportWithWriteBudget(**db, in, options, 64u << 10));
  }
  EXPECT_EQ((*db)->GetStatistics()->quads, 0u);
  EXPECT_FALSE(fs::exists(fs::path(dir.Sub("db")) / "bulk-load.tmp"));
  std::istringstream again(text);
  auto report = (*db)->Import(again, options);
  ASSERT_OK(report);
  EXPECT_EQ(report->quads_added, 30000u);
  auto check = (*db)->Check({});
  ASSERT_OK(check);
  EXPECT_TRUE(check->ok()) << (check->problems.empty() ? "" : check->problems[0].message);
  EXPECT_EQ(check->quads, 30000u);
}

}  // namespace
}  // namespace marsad
