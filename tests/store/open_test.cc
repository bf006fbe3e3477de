// Opening: locking, read-only mode, persistence, missing and foreign directories.
#include <filesystem>
#include <fstream>

#include "store_test_util.h"

namespace marsad::store {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;

TEST_F(StoreTest, SecondWriterGetsBusyNamingTheLockFile) {
  std::string path = dir_.Sub("db");
  auto second = Store::Open(path, FastOptions());
  EXPECT_STATUS(second, StatusCode::kBusy,
                AllOf(HasSubstr("database " + path + " is locked by another process"),
                      HasSubstr("(lock file " + path + "/LOCK)"), HasSubstr("read-only")));
}

TEST_F(StoreTest, ReadOnlyOpenReadsButRefusesWrites) {
  std::vector<TermId> t = Ids({"s", "p", "o"});
  InsertAll({{t[0], t[1], t[2], kDefaultGraph}});
  Options read_only = FastOptions();
  read_only.read_only = true;
  auto reader = Store::Open(dir_.Sub("db"), read_only);  // alongside the writer
  ASSERT_OK(reader);
  auto it = (*reader)->Scan(nullptr, IdPattern{});
  ASSERT_OK(it);
  ASSERT_TRUE((*it)->Next());
  EXPECT_EQ((*it)->quad().s, t[0]);
  EXPECT_STATUS((*reader)->NewBatchWriter(), StatusCode::kNotSupported, HasSubstr("read-only"));
  EXPECT_EQ((*reader)->GetStatistics().quads, 1u);
}

TEST_F(StoreTest, DataPersistsAcrossReopen) {
  std::vector<TermId> t = Ids({"s", "p", "o"});
  InsertAll({{t[0], t[1], t[2], t[0]}});
  ASSERT_OK(store_->Close());
  Reopen();
  EXPECT_EQ(ScanAll(IdPattern{}).size(), 1u);
  // New ids continue after the persisted counter.
  std::vector<TermId> more = Ids({"fresh"});
  EXPECT_GT(PayloadOf(more[0]), PayloadOf(t[2]));
}

TEST_F(StoreTest, ClosedStoreRefusesCalls) {
  ASSERT_OK(store_->Close());
  EXPECT_STATUS(store_->Scan(nullptr, IdPattern{}), StatusCode::kNotSupported, HasSubstr("closed"));
}

TEST(StoreOpenTest, MissingDirectoryWithoutCreateIsNotFound) {
  marsad::testing::TempDir dir;
  Options options;
  options.create_if_missing = false;
  std::string path = dir.Sub("absent");
  EXPECT_STATUS(Store::Open(path, options), StatusCode::kNotFound, HasSubstr(path));
  options.create_if_missing = true;
  options.read_only = true;
  EXPECT_STATUS(Store::Open(path, options), StatusCode::kNotFound, HasSubstr(path));
}

TEST(StoreOpenTest, ForeignDirectoryIsCorruption) {
  marsad::testing::TempDir dir;
  std::string path = dir.Sub("notes");
  std::filesystem::create_directories(path);
  std::ofstream(path + "/readme.txt") << "not a database";
  EXPECT_STATUS(Store::Open(path, Options{}), StatusCode::kCorruption,
                HasSubstr("is not a Marsad database"));
}

TEST(StoreOpenTest, DamagedCurrentFileIsCorruptionWithRocksDbReason) {
  marsad::testing::TempDir dir;
  std::string path = dir.Sub("db");
  {
    auto store = Store::Open(path, Options{});
    ASSERT_OK(store);
  }
  std::ofstream(path + "/CURRENT", std::ios::trunc) << "garbage-manifest-name\n";
  auto reopened = Store::Open(path, Options{});
  EXPECT_FALSE(reopened.ok());
  EXPECT_THAT(reopened.status().code(),
              ::testing::AnyOf(StatusCode::kCorruption, StatusCode::kIOError));
  EXPECT_THAT(reopened.status().message(), HasSubstr(path));
}

TEST(StoreOpenTest, ErrorIfExistsRefusesAnExistingDatabase) {
  marsad::testing::TempDir dir;
  std::string path = dir.Sub("db");
  { ASSERT_OK(Store::Open(path, Options{})); }
  Options options;
  options.error_if_exists = true;
  EXPECT_STATUS(Store::Open(path, options), StatusCode::kAlreadyExists, HasSubstr(path));
}

}  // namespace
}  // namespace marsad::store
