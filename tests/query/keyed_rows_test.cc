// The hash-join table: every probe finds exactly the rows with its key, over many keys,
// collisions of the hash bits, repeated keys, multi-slot keys, and table sizes on either side
// of a power of two.
#include "query/exec/keyed_rows.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <random>

namespace marsad::query::exec {
namespace {

// The stored rows of `range`, sorted, to compare with a model regardless of order.
std::vector<std::vector<TermId>> RowsOf(const KeyedRows& rows, KeyedRows::Range range) {
  std::vector<std::vector<TermId>> out;
  for (std::uint32_t r = range.begin; r < range.end; ++r) {
    out.emplace_back(rows.row(r).begin(), rows.row(r).end());
  }
  std::sort(out.begin(), out.end());
  return out;
}

using Model = std::map<std::vector<TermId>, std::vector<std::vector<TermId>>>;

// Appends `appended` to a table of columns {0, 1, 2} keyed on `key_slots`, indexes it and
// checks that each key's probe finds exactly its rows and that an absent key finds none.
void ExpectFindsEachKeysRows(const std::vector<Row>& appended, const std::vector<int>& key_slots,
                             const Row& absent) {
  KeyedRows rows({0, 1, 2}, key_slots);
  Model model;
  for (const Row& row : appended) {
    rows.Append(row);
    std::vector<TermId> key;
    for (int s : key_slots) key.push_back(row[s]);
    model[key].push_back(row);
  }
  rows.Index();
  ASSERT_EQ(rows.size(), appended.size());
  for (auto& [key, expected] : model) {
    Row probe(3, kNoTerm);
    for (std::size_t k = 0; k < key_slots.size(); ++k) probe[key_slots[k]] = key[k];
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(RowsOf(rows, rows.Find(probe)), expected);
  }
  EXPECT_TRUE(rows.Find(absent).empty());
}

TEST(KeyedRowsTest, FindsExactlyTheRowsOfEachKeyAgainstAModel) {
  std::mt19937_64 rng(5);
  std::vector<Row> appended;
  for (std::uint32_t i = 0; i < 20000; ++i) {
    // Ids that differ only in high bits, so weak hashing of the low bits would collide.
    appended.push_back({(rng() % 300) << 40, rng(), rng() % 7 + 1});
  }
  ExpectFindsEachKeysRows(appended, {0, 2}, {301ull << 40, kNoTerm, 1});
}

TEST(KeyedRowsTest, SizesAroundPowersOfTwo) {
  // The directory has a power-of-two number of buckets chosen from the row count: one key
  // per row and few keys with many rows, just below, at and just above each size.
  for (std::size_t n : {1, 2, 15, 16, 17, 31, 32, 33, 1023, 1024, 1025, 4097}) {
    SCOPED_TRACE(n);
    std::vector<Row> unique, repeated;
    for (std::size_t i = 0; i < n; ++i) {
      unique.push_back({i + 1, i * 7 + 3, 9});
      repeated.push_back({i % 3 + 1, i, 9});
    }
    ExpectFindsEachKeysRows(unique, {0}, {n + 1, kNoTerm, kNoTerm});
    ExpectFindsEachKeysRows(repeated, {0}, {4, kNoTerm, kNoTerm});
  }
}

TEST(KeyedRowsTest, KeysSharingABucketEachFindTheirOwnRun) {
  // Sixteen rows index into sixteen buckets, so many keys share one; a heavy key (many rows)
  // must not hide the light keys beside it, whatever their order of appending.
  std::vector<Row> appended;
  for (TermId i = 0; i < 10; ++i) appended.push_back({100 + i, i, 1});
  for (TermId i = 0; i < 6; ++i) appended.push_back({7, i, 2});
  std::swap(appended[3], appended[12]);
  ExpectFindsEachKeysRows(appended, {0}, {99, kNoTerm, kNoTerm});
  ExpectFindsEachKeysRows(appended, {0, 2}, {7, kNoTerm, 1});
  // A multi-slot key whose first ids are all equal: only the second tells keys apart.
  std::vector<Row> same_first;
  for (TermId i = 0; i < 40; ++i) same_first.push_back({5, i, i % 13});
  ExpectFindsEachKeysRows(same_first, {0, 2}, {5, kNoTerm, 13});
}

TEST(KeyedRowsTest, HeavyKeysSharingBucketsWithLightOnes) {
  // 64 keys of 40 rows among 2,000 keys of one row: about 31 light keys land in a heavy key's
  // bucket (4,096 buckets), making buckets of 41+ rows to sort, appended interleaved.
  std::vector<Row> appended;
  for (TermId i = 0; i < 2000; ++i) {
    appended.push_back({1000 + i, i, 1});
    if (i < 64 * 40) appended.push_back({i % 64 + 1, i, 2});
  }
  for (TermId i = 2000; i < 64 * 40; ++i) appended.push_back({i % 64 + 1, i, 2});
  ExpectFindsEachKeysRows(appended, {0}, {999, kNoTerm, kNoTerm});
}

TEST(KeyedRowsTest, RowsOfOneKeyAreConsecutiveInAppendOrder) {
  KeyedRows rows({0, 1}, {1});
  rows.Append({10, 20});
  rows.Append({12, 21});
  rows.Append({11, 20});
  rows.Index();
  const KeyedRows::Range twenty = rows.Find({kNoTerm, 20});
  ASSERT_EQ(twenty.size(), 2u);
  EXPECT_THAT(rows.row(twenty.begin), ::testing::ElementsAre(10u, 20u));
  EXPECT_THAT(rows.row(twenty.begin + 1), ::testing::ElementsAre(11u, 20u));
  const KeyedRows::Range twenty_one = rows.Find({99, 21});
  ASSERT_EQ(twenty_one.size(), 1u);
  EXPECT_THAT(rows.row(twenty_one.begin), ::testing::ElementsAre(12u, 21u));
}

TEST(KeyedRowsTest, WithoutKeySlotsOrRowsNothingIsFound) {
  KeyedRows empty({0, 1}, {0});
  empty.Index();
  EXPECT_TRUE(empty.Find({1, 2}).empty());
  EXPECT_EQ(empty.index_bytes(), 0u);
  KeyedRows unkeyed({0, 1}, {});
  unkeyed.Append({1, 2});
  unkeyed.Index();
  EXPECT_EQ(unkeyed.size(), 1u);
  EXPECT_TRUE(unkeyed.Find({1, 2}).empty());
  EXPECT_THAT(unkeyed.row(0), ::testing::ElementsAre(1u, 2u));
}

TEST(KeyedRowsTest, StoresOnlyTheChosenColumnsAndProbesWithFullRows) {
  // A build side binding slots 4 and 1 of a six-slot query, keyed on slot 4.
  KeyedRows rows({4, 1}, {4});
  rows.Append({0, 7, 0, 0, 40, 0});
  rows.Append({0, 8, 0, 0, 41, 0});
  rows.Append({0, 9, 0, 0, 40, 0});
  rows.Index();
  EXPECT_EQ(rows.row_bytes(), 2 * sizeof(TermId));
  const KeyedRows::Range forty = rows.Find({1, kNoTerm, 2, 3, 40, 5});
  ASSERT_EQ(forty.size(), 2u);
  EXPECT_THAT(rows.row(forty.begin), ::testing::ElementsAre(40u, 7u));
  EXPECT_THAT(rows.row(forty.begin + 1), ::testing::ElementsAre(40u, 9u));
  EXPECT_TRUE(rows.Find({1, kNoTerm, 2, 3, 42, 5}).empty());
}

TEST(KeyedRowsTest, ChargedBytesCoverTheIndex) {
  // The directory has a power of two of buckets, at least one per row: at most two 4-byte
  // entries per row (plus one) once past the minimum; the scratch is a bucket number and a
  // copy of each row.
  KeyedRows rows({0, 1}, {0});
  for (TermId i = 0; i < 1025; ++i) rows.Append({i + 1, i});
  EXPECT_EQ(rows.index_bytes(), (2048 + 1) * sizeof(std::uint32_t));
  EXPECT_EQ(rows.index_scratch_bytes(), 1025 * (sizeof(std::uint32_t) + 2 * sizeof(TermId)));
  rows.Index();
  EXPECT_EQ(rows.index_bytes(), (2048 + 1) * sizeof(std::uint32_t));
}

}  // namespace
}  // namespace marsad::query::exec
