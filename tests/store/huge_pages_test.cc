// Huge-page advice is only advice: any region (unaligned, smaller than a huge page, empty)
// is accepted, and the reserving helpers keep contents and reserve what was asked.
#include "store/huge_pages.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace marsad::store {
namespace {

TEST(HugePagesTest, ReserveHugeKeepsElementsAndReservesTheRequestedRoom) {
  std::vector<std::uint64_t> values(1000);
  std::iota(values.begin(), values.end(), 7);
  const std::vector<std::uint64_t> before = values;
  ReserveHuge(&values, 3u << 20);  // 24 MiB: spans whole huge pages
  EXPECT_GE(values.capacity(), 3u << 20);
  EXPECT_EQ(values, before);
  values.resize(3u << 20, 1);  // the advised memory is ordinary memory
  EXPECT_EQ(std::accumulate(values.begin() + 1000, values.end(), std::uint64_t{0}),
            (3u << 20) - 1000);

  std::string text = "kept";
  ReserveHuge(&text, 5u << 20);
  EXPECT_GE(text.capacity(), 5u << 20);
  EXPECT_EQ(text, "kept");
}

TEST(HugePagesTest, AdviceOnRegionsWithoutAWholeHugePageChangesNothing) {
  std::vector<char> small(4096, 'x');
  AdviseHugePages(small.data() + 1, small.size() - 1);
  AdviseHugePages(small.data(), 0);
  AdviseHugePages(nullptr, 0);
  EXPECT_EQ(std::count(small.begin(), small.end(), 'x'), 4096);
}

}  // namespace
}  // namespace marsad::store
