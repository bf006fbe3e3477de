// Bad input through the ingest path and the database directory: invalid UTF-8 and binary files
// given as articles, a 100 MB literal, a database opened or mounted read-only. Each case ends in
// a clear error (or is stored) and leaves what was committed before it intact.
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "marsad/database.h"
#include "support/test_util.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// A database holding one ingested article of the bundled corpus, so every test can check that
// a failing write leaves it untouched.
class BadArticleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = Database::Open(path_);
    ASSERT_OK(db);
    db_ = std::move(db).value();
    Article good;
    good.file = "000_f3b811d2d5000aa5.txt";
    good.text = testing::ReadFile(testing::SourceDir() / "corpus" / good.file);
    ASSERT_OK(db_->Ingest(good));
    before_ = db_->GetStatistics()->quads;
    ASSERT_GT(before_, 0u);
  }
  void ExpectUnchanged() {
    EXPECT_EQ(db_->GetStatistics()->quads, before_);
    auto report = db_->Check({});
    ASSERT_OK(report);
    EXPECT_TRUE(report->ok());
  }

  testing::TempDir dir_;
  std::string path_ = dir_.Sub("db");
  std::unique_ptr<Database> db_;
  std::uint64_t before_ = 0;
};

TEST_F(BadArticleTest, InvalidUtf8InAnArticleNamesLineColumnAndByte) {
  Article bad;
  bad.file = "bad.txt";
  bad.text = "سطر أول سليم.\nمرحبا \xFF\xFE بالعالم\n";
  auto report = db_->Ingest(bad);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(report.status().ToString(),
              HasSubstr("bad.txt:2:7: invalid UTF-8: byte that never occurs in UTF-8 (0xFF)"));
  ASSERT_TRUE(report.status().where().has_value());
  EXPECT_EQ(report.status().where()->line, 2u);
  EXPECT_EQ(report.status().where()->column, 7u);
  ExpectUnchanged();
}

TEST_F(BadArticleTest, BinaryFileGivenAsAnArticleIsRejected) {
  // The first bytes of this test's own executable: an ELF header, NULs and stray bytes.
  Article binary;
  binary.file = "program.txt";
  binary.text = testing::ReadFile("/proc/self/exe").substr(0, 4096);
  auto report = db_->Ingest(binary);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(report.status().ToString(), HasSubstr("program.txt:1:"));
  EXPECT_THAT(report.status().message(), HasSubstr("invalid UTF-8"));
  ExpectUnchanged();
}

TEST_F(BadArticleTest, HundredMegabyteLiteralIsStoredWhole) {
  const std::size_t size = 100u << 20;
  std::istringstream in("<http://e/huge> <http://e/p> \"" + std::string(size, 'x') + "\" .\n");
  ImportOptions options;
  options.source_name = "huge.nt";
  auto imported = db_->Import(in, options);
  ASSERT_OK(imported);
  EXPECT_EQ(db_->GetStatistics()->quads, before_ + 1);
  auto result = db_->Query("SELECT (STRLEN(?o) AS ?n) WHERE { <http://e/huge> <http://e/p> ?o }");
  ASSERT_OK(result);
  ASSERT_TRUE((*result)->Next());
  EXPECT_EQ((*result)->row()[0].value(), std::to_string(size));
}

TEST_F(BadArticleTest, ReadOnlyOpenRefusesWritesAndKeepsTheData) {
  ASSERT_OK(db_->Close());
  db_.reset();
  Options options;
  options.read_only = true;
  auto db = Database::Open(path_, options);
  ASSERT_OK(db);
  db_ = std::move(db).value();
  Article more;
  more.file = "more.txt";
  more.text = "قال الرئيس إن الاجتماع انتهى.\n";
  auto report = db_->Ingest(more);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), StatusCode::kNotSupported);
  EXPECT_THAT(report.status().message(), HasSubstr("is open read-only"));
  EXPECT_EQ(db_->GetStatistics()->quads, before_);
}

TEST_F(BadArticleTest, DirectoryWithoutWritePermissionIsAClearError) {
  // Root ignores permission bits, so the case only exists for ordinary users.
  if (geteuid() == 0) GTEST_SKIP() << "running as root: permission bits are not enforced";
  ASSERT_OK(db_->Close());
  db_.reset();
  fs::permissions(path_, fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                  fs::perm_options::remove);
  auto db = Database::Open(path_);
  fs::permissions(path_, fs::perms::owner_write, fs::perm_options::add);
  ASSERT_FALSE(db.ok());
  EXPECT_THAT(db.status().message(), HasSubstr(path_));
}

}  // namespace
}  // namespace marsad
