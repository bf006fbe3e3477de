#include "text/region_names.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace marsad::text {
namespace {

const RegionName* Find(std::string_view code) {
  for (const RegionName& region : IsoRegionNames()) {
    if (region.code == code) return &region;
  }
  return nullptr;
}

TEST(RegionNamesTest, ListsIsoRegionsWithTheirArabicNamesFromIcu) {
  const std::pair<const char*, const char*> cases[] = {
      {"JP", "اليابان"}, {"BR", "البرازيل"}, {"MX", "المكسيك"},
      {"AR", "الأرجنتين"}, {"EG", "مصر"}, {"FI", "فنلندا"},
  };
  for (const auto& [code, arabic] : cases) {
    const RegionName* region = Find(code);
    ASSERT_NE(region, nullptr) << code;
    EXPECT_EQ(region->arabic, arabic) << code;
  }
  EXPECT_EQ(Find("JP")->english, "Japan");
  EXPECT_EQ(Find("ZZ"), nullptr);  // "unknown region" is not an ISO 3166 country
}

TEST(RegionNamesTest, CodesAreUniqueSortedAlpha2AndEveryNameIsArabic) {
  const std::vector<RegionName>& regions = IsoRegionNames();
  ASSERT_GT(regions.size(), 200u);
  std::set<std::string> codes;
  for (const RegionName& r : regions) {
    ASSERT_EQ(r.code.size(), 2u) << r.code;
    EXPECT_TRUE(std::isupper(static_cast<unsigned char>(r.code[0])) &&
                std::isupper(static_cast<unsigned char>(r.code[1])))
        << r.code;
    EXPECT_TRUE(codes.insert(r.code).second) << r.code;
    // The first byte of an Arabic letter in UTF-8 is 0xD8..0xDB.
    const auto lead = static_cast<unsigned char>(r.arabic[0]);
    EXPECT_TRUE(lead >= 0xD8 && lead <= 0xDB) << r.code << " " << r.arabic;
  }
  EXPECT_TRUE(std::is_sorted(regions.begin(), regions.end(),
                             [](const RegionName& a, const RegionName& b) {
                               return a.code < b.code;
                             }));
  // One list per process.
  EXPECT_EQ(&IsoRegionNames(), &regions);
}

}  // namespace
}  // namespace marsad::text
