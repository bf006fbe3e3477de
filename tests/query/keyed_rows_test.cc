// The hash-join table: every probe finds exactly the rows with its key, over many keys,
// collisions of the low hash bits, repeated keys and multi-slot keys.
#include "query/exec/keyed_rows.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <random>

namespace marsad::query::exec {
namespace {

std::vector<std::uint32_t> Sorted(std::span<const std::uint32_t> rows) {
  std::vector<std::uint32_t> out(rows.begin(), rows.end());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(KeyedRowsTest, FindsExactlyTheRowsOfEachKeyAgainstAModel) {
  KeyedRows rows({0, 1, 2}, {0, 2});
  std::map<std::pair<TermId, TermId>, std::vector<std::uint32_t>> model;
  std::mt19937_64 rng(5);
  for (std::uint32_t i = 0; i < 20000; ++i) {
    // Ids that differ only in high bits, so weak hashing of the low bits would collide.
    Row row = {(rng() % 300) << 40, rng(), rng() % 7 + 1};
    rows.Append(row);
    model[{row[0], row[2]}].push_back(i);
  }
  rows.Index();
  ASSERT_EQ(rows.size(), 20000u);
  for (const auto& [key, expected] : model) {
    Row probe = {key.first, kNoTerm, key.second};
    EXPECT_EQ(Sorted(rows.Find(probe)), expected);
  }
  Row absent = {301ull << 40, kNoTerm, 1};
  EXPECT_TRUE(rows.Find(absent).empty());
}

TEST(KeyedRowsTest, RowsKeepTheirIdsInAppendOrder) {
  KeyedRows rows({0, 1}, {1});
  rows.Append({10, 20});
  rows.Append({11, 20});
  rows.Append({12, 21});
  rows.Index();
  EXPECT_THAT(rows.row(1), ::testing::ElementsAre(11u, 20u));
  EXPECT_THAT(Sorted(rows.Find({kNoTerm, 20})), ::testing::ElementsAre(0u, 1u));
  EXPECT_THAT(Sorted(rows.Find({99, 21})), ::testing::ElementsAre(2u));
}

TEST(KeyedRowsTest, WithoutKeySlotsOrRowsNothingIsFound) {
  KeyedRows empty({0, 1}, {0});
  empty.Index();
  EXPECT_TRUE(empty.Find({1, 2}).empty());
  KeyedRows unkeyed({0, 1}, {});
  unkeyed.Append({1, 2});
  unkeyed.Index();
  EXPECT_EQ(unkeyed.size(), 1u);
  EXPECT_TRUE(unkeyed.Find({1, 2}).empty());
}

TEST(KeyedRowsTest, StoresOnlyTheChosenColumnsAndProbesWithFullRows) {
  // A build side binding slots 4 and 1 of a six-slot query, keyed on slot 4.
  KeyedRows rows({4, 1}, {4});
  rows.Append({0, 7, 0, 0, 40, 0});
  rows.Append({0, 8, 0, 0, 41, 0});
  rows.Append({0, 9, 0, 0, 40, 0});
  rows.Index();
  EXPECT_EQ(rows.row_bytes(), 2 * sizeof(TermId));
  EXPECT_THAT(rows.row(1), ::testing::ElementsAre(41u, 8u));
  EXPECT_THAT(Sorted(rows.Find({1, kNoTerm, 2, 3, 40, 5})), ::testing::ElementsAre(0u, 2u));
  EXPECT_TRUE(rows.Find({1, kNoTerm, 2, 3, 42, 5}).empty());
}

}  // namespace
}  // namespace marsad::query::exec
