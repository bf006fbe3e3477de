// The bulk loader's own table writer against RocksDB's reader: files it writes must ingest,
// verify their checksums and read back every entry, in order and by point lookup.
#include "store/table_file_writer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/sst_file_reader.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/statistics.h>
#include <rocksdb/table.h>

#include <bit>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "store/bloom_filter_builder.h"
#include "store/crc32c.h"
#include "support/test_util.h"

namespace marsad::store {
namespace {

using ::testing::HasSubstr;

TEST(Crc32cTest, MatchesPublishedCheckValues) {
  EXPECT_EQ(Crc32cExtend(0, "123456789"), 0xe3069283u);
  EXPECT_EQ(Crc32cExtend(0, std::string(32, '\0')), 0x8a9136aau);  // RFC 3720, B.4
  EXPECT_EQ(Crc32cExtend(0, std::string(32, '\xff')), 0x62a8ab43u);
  EXPECT_EQ(Crc32cExtend(0, ""), 0u);
}

TEST(Crc32cTest, HardwareAndTableAgreeOnEveryLengthAndSplit) {
  std::mt19937 rng(7);
  std::string data(300, '\0');
  for (char& c : data) c = static_cast<char>(rng());
  for (std::size_t length = 0; length <= data.size(); ++length) {
    std::string_view whole(data.data(), length);
    ASSERT_EQ(Crc32cExtend(0, whole), Crc32cExtendPortable(0, whole)) << length;
    const std::size_t split = length / 3;
    EXPECT_EQ(Crc32cExtend(Crc32cExtend(0, whole.substr(0, split)), whole.substr(split)),
              Crc32cExtend(0, whole))
        << length;
  }
}

TEST(TableBlockTest, SharedPrefixLengthCountsEqualLeadingBytes) {
  EXPECT_EQ(SharedPrefixLength("", "abc"), 0u);
  EXPECT_EQ(SharedPrefixLength("abc", "abd"), 2u);
  EXPECT_EQ(SharedPrefixLength("abc", "abc"), 3u);
  EXPECT_EQ(SharedPrefixLength("0123456789abcdefXY", "0123456789abcdefXZ"), 17u);
  EXPECT_EQ(SharedPrefixLength("0123456x89abcdef", "0123456789abcdef"), 7u);
  EXPECT_EQ(SharedPrefixLength("01234567", "012345678"), 8u);
}

// A RocksDB database with the options a Marsad column family has (16 KiB blocks, restart
// intervals of 16, a bloom filter, ZSTD at the bottom), to ingest files into.
class TableFileWriterTest : public ::testing::Test {
 protected:
  void SetUp() override { OpenDatabase("db"); }

  void OpenDatabase(const std::string& name) {
    db_.reset();
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::BlockBasedTableOptions table;
    table.block_size = 16 * 1024;
    table.format_version = 5;
    table.index_block_restart_interval = 16;
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
    options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
    options.bottommost_compression = rocksdb::kZSTD;
    options.statistics = rocksdb::CreateDBStatistics();
    statistics_ = options.statistics;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, dir_.Sub(name), &db).ok());
    db_.reset(db);
  }

  TableFileOptions WriterOptions(int zstd_level) const {
    TableFileOptions options;
    options.compress = zstd_level != 0;
    options.column_family_id = db_->DefaultColumnFamily()->GetID();
    options.column_family_name = "default";
    options.zstd_level = zstd_level;
    return options;
  }

  Status Write(const std::map<std::string, std::string>& entries, int zstd_level,
               const std::string& file, int bloom_bits_per_key = 0) {
    TableFileOptions options = WriterOptions(zstd_level);
    options.bloom_bits_per_key = bloom_bits_per_key;
    options.expected_entries = entries.size();
    TableFileWriter writer(options);
    Status open = writer.Open(rocksdb::Env::Default(), file);
    if (!open.ok()) return open;
    for (const auto& [key, value] : entries) writer.Add(key, value);
    EXPECT_EQ(writer.entries(), entries.size());
    return writer.Finish();
  }

  rocksdb::Status Ingest(const std::string& file) {
    rocksdb::IngestExternalFileOptions options;
    options.verify_checksums_before_ingest = true;
    return db_->IngestExternalFile({file}, options);
  }

  void ExpectDatabaseHolds(const std::map<std::string, std::string>& entries) {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions()));
    auto expected = entries.begin();
    for (it->SeekToFirst(); it->Valid(); it->Next(), ++expected) {
      ASSERT_NE(expected, entries.end()) << "extra key " << it->key().ToString(true);
      ASSERT_EQ(it->key().ToString(), expected->first);
      ASSERT_EQ(it->value().ToString(), expected->second);
    }
    ASSERT_TRUE(it->status().ok()) << it->status().ToString();
    EXPECT_EQ(expected, entries.end());
    for (const auto& [key, value] : entries) {
      std::string found;
      ASSERT_TRUE(db_->Get(rocksdb::ReadOptions(), key, &found).ok()) << key;
      ASSERT_EQ(found, value);
      it->Seek(key);  // the index's binary search lands on the right block
      ASSERT_TRUE(it->Valid());
      ASSERT_EQ(it->key().ToString(), key);
    }
    std::string absent;
    EXPECT_TRUE(db_->Get(rocksdb::ReadOptions(), "absent key", &absent).IsNotFound());
    rocksdb::Status verify = db_->VerifyChecksum();
    EXPECT_TRUE(verify.ok()) << verify.ToString();
  }

  // Keys of index shape (runs of 8-byte big-endian ids) and dictionary shape (text of any
  // length, some a prefix of the next), with empty, short and long values.
  static std::map<std::string, std::string> MixedEntries(std::size_t count, bool random_values) {
    std::mt19937_64 rng(42);
    std::map<std::string, std::string> entries;
    while (entries.size() < count) {
      std::string key;
      if (rng() % 2 == 0) {
        for (int i = 0; i < 3; ++i) {
          std::uint64_t id = rng() % 5000;
          for (int b = 7; b >= 0; --b) key.push_back(static_cast<char>(id >> (8 * b)));
        }
      } else {
        key = "term/" + std::to_string(rng() % 100000);
        if (rng() % 4 == 0) key += std::string(rng() % 300, 'x');
      }
      std::string value;
      std::size_t length = rng() % 5 == 0 ? 0 : rng() % 40;
      if (rng() % 97 == 0) length = 20000;  // larger than a block
      for (std::size_t i = 0; i < length; ++i) {
        value.push_back(random_values ? static_cast<char>(rng()) : static_cast<char>('a' + i % 3));
      }
      entries.emplace(std::move(key), std::move(value));
    }
    return entries;
  }

  marsad::testing::TempDir dir_;
  std::shared_ptr<rocksdb::Statistics> statistics_;
  std::unique_ptr<rocksdb::DB> db_;
};

TEST(BloomFilterBuilderTest, LaysOutWholeCacheLinesAndTheMetadataRocksDbReads) {
  BloomFilterBuilder bloom(1000, 10);
  EXPECT_EQ(bloom.num_probes(), 6);
  for (int i = 0; i < 1000; ++i) bloom.Add("key" + std::to_string(i));
  const std::string_view filter = bloom.Finish();
  ASSERT_EQ((filter.size() - 5) % 64, 0u);
  EXPECT_GE(filter.size() - 5, 1000u * 10 / 8);
  EXPECT_EQ(static_cast<unsigned char>(filter[filter.size() - 5]), 0xffu);
  EXPECT_EQ(filter[filter.size() - 4], 0);
  EXPECT_EQ(filter[filter.size() - 3], 6);
  // About half the bits are set at the optimal load: neither empty nor saturated.
  std::size_t bits = 0;
  for (std::size_t i = 0; i + 5 < filter.size(); ++i) {
    bits += static_cast<std::size_t>(std::popcount(static_cast<unsigned char>(filter[i])));
  }
  const double fill = double(bits) / double((filter.size() - 5) * 8);
  EXPECT_GT(fill, 0.3);
  EXPECT_LT(fill, 0.6);
}

// RocksDB reads the filter: every stored key passes it (a wrong hash or layout would turn
// lookups of stored keys into misses), and most lookups of absent keys stop at it.
TEST_F(TableFileWriterTest, BloomFilterAnswersAbsentKeysAndPassesEveryStoredKey) {
  const auto entries = MixedEntries(20000, /*random_values=*/false);
  const std::string file = dir_.Sub("filtered.sst");
  ASSERT_OK(Write(entries, 3, file, /*bloom_bits_per_key=*/10));
  rocksdb::Status s = Ingest(file);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ExpectDatabaseHolds(entries);
  const std::uint64_t useful_before = statistics_->getTickerCount(rocksdb::BLOOM_FILTER_USEFUL);
  int absent = 0;
  for (int i = 0; i < 5000; ++i) {
    std::string value;
    const std::string key = "absent/" + std::to_string(i);
    if (db_->Get(rocksdb::ReadOptions(), key, &value).IsNotFound()) ++absent;
  }
  EXPECT_EQ(absent, 5000);
  const std::uint64_t useful =
      statistics_->getTickerCount(rocksdb::BLOOM_FILTER_USEFUL) - useful_before;
  EXPECT_GT(useful, 5000u * 95 / 100) << "the filter is missing or not read";

  rocksdb::TablePropertiesCollection tables;
  ASSERT_TRUE(db_->GetPropertiesOfAllTables(&tables).ok());
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables.begin()->second->filter_policy_name, "bloomfilter");
  EXPECT_GT(tables.begin()->second->filter_size, 20000u * 10 / 8);
}

TEST_F(TableFileWriterTest, CompressedFileIngestsAndReadsBackEveryEntry) {
  const auto entries = MixedEntries(20000, /*random_values=*/false);
  const std::string file = dir_.Sub("compressed.sst");
  ASSERT_OK(Write(entries, /*zstd_level=*/1, file));
  rocksdb::Status s = Ingest(file);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ExpectDatabaseHolds(entries);

  rocksdb::TablePropertiesCollection tables;
  ASSERT_TRUE(db_->GetPropertiesOfAllTables(&tables).ok());
  ASSERT_EQ(tables.size(), 1u);
  const rocksdb::TableProperties& props = *tables.begin()->second;
  EXPECT_EQ(props.num_entries, entries.size());
  EXPECT_GT(props.num_data_blocks, 10u);
  EXPECT_EQ(props.compression_name, "ZSTD");
  EXPECT_EQ(props.column_family_name, "default");
}

TEST_F(TableFileWriterTest, UncompressedAndIncompressibleBlocksReadBack) {
  const auto entries = MixedEntries(5000, /*random_values=*/true);
  for (int level : {0, 1, -1}) {
    OpenDatabase("db" + std::to_string(level));
    const std::string file = dir_.Sub("level" + std::to_string(level) + ".sst");
    ASSERT_OK(Write(entries, level, file));
    rocksdb::Status s = Ingest(file);
    ASSERT_TRUE(s.ok()) << s.ToString();
    ExpectDatabaseHolds(entries);
  }
}

TEST_F(TableFileWriterTest, SurvivesACompactionThatRewritesIt) {
  const auto entries = MixedEntries(3000, /*random_values=*/false);
  const std::string file = dir_.Sub("t.sst");
  ASSERT_OK(Write(entries, 1, file));
  ASSERT_TRUE(Ingest(file).ok());
  rocksdb::CompactRangeOptions compact;
  compact.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForce;
  ASSERT_TRUE(db_->CompactRange(compact, nullptr, nullptr).ok());
  ExpectDatabaseHolds(entries);
}

// Blocks end where RocksDB's own writer ends them (its flush-by-size policy): the planner's
// range estimates count whole blocks, so other boundaries changed query plans.
TEST_F(TableFileWriterTest, EndsDataBlocksWhereSstFileWriterEndsThem) {
  const auto entries = MixedEntries(20000, /*random_values=*/false);
  rocksdb::Options options = db_->GetOptions();
  options.compression = rocksdb::kNoCompression;
  options.bottommost_compression = rocksdb::kNoCompression;
  const std::string theirs = dir_.Sub("theirs.sst");
  rocksdb::SstFileWriter reference(rocksdb::EnvOptions(), options);
  ASSERT_TRUE(reference.Open(theirs).ok());
  for (const auto& [key, value] : entries) ASSERT_TRUE(reference.Put(key, value).ok());
  ASSERT_TRUE(reference.Finish().ok());
  const std::string ours = dir_.Sub("ours.sst");
  ASSERT_OK(Write(entries, /*zstd_level=*/0, ours));

  auto blocks = [&options](const std::string& file) {
    rocksdb::SstFileReader reader(options);
    EXPECT_TRUE(reader.Open(file).ok()) << file;
    auto props = reader.GetTableProperties();
    return std::make_pair(props->num_data_blocks, props->data_size);
  };
  const auto [their_blocks, their_bytes] = blocks(theirs);
  const auto [our_blocks, our_bytes] = blocks(ours);
  EXPECT_GT(their_blocks, 10u);
  EXPECT_EQ(our_blocks, their_blocks);
  EXPECT_EQ(our_bytes, their_bytes);
}

TEST_F(TableFileWriterTest, KeysOutOfOrderOrRepeatedFailFinish) {
  const std::vector<std::vector<std::string>> bad_orders = {{"b", "a", "c"}, {"a", "a"},
                                                            {"ab", "a"}};
  for (const auto& keys : bad_orders) {
    TableFileWriter writer(WriterOptions(1));
    ASSERT_OK(writer.Open(rocksdb::Env::Default(), dir_.Sub("bad.sst")));
    for (const std::string& key : keys) writer.Add(key, "v");
    EXPECT_STATUS(writer.Finish(), StatusCode::kInternal, HasSubstr("strictly increasing"));
  }
}

TEST_F(TableFileWriterTest, EmptyFileIsRefused) {
  TableFileWriter writer(WriterOptions(1));
  ASSERT_OK(writer.Open(rocksdb::Env::Default(), dir_.Sub("empty.sst")));
  EXPECT_STATUS(writer.Finish(), StatusCode::kInvalidArgument, HasSubstr("no entries"));
}

TEST_F(TableFileWriterTest, UnwritableDirectoryFailsOpen) {
  TableFileWriter writer(WriterOptions(1));
  EXPECT_STATUS(writer.Open(rocksdb::Env::Default(), dir_.Sub("missing/dir/t.sst")),
                StatusCode::kIOError, HasSubstr("missing/dir/t.sst"));
}

}  // namespace
}  // namespace marsad::store
