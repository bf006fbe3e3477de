#include "text/collation.h"

#include <algorithm>
#include <thread>
#include <vector>

#include "support/test_util.h"
#include "text/display_width.h"

namespace marsad::text {
namespace {

using ::testing::ElementsAre;

struct CollateCase {
  std::string language;
  std::string a;
  std::string b;
  int sign;
};

class CollateTest : public ::testing::TestWithParam<CollateCase> {};

TEST_P(CollateTest, ComparesPerLanguage) {
  const CollateCase& c = GetParam();
  Result<int> r = Collate(c.language, c.a, c.b);
  ASSERT_OK(r);
  EXPECT_EQ(*r, c.sign);
  Result<std::string> ka = CollationKey(c.language, c.a);
  Result<std::string> kb = CollationKey(c.language, c.b);
  ASSERT_OK(ka);
  ASSERT_OK(kb);
  const int key_sign = *ka < *kb ? -1 : (*ka > *kb ? 1 : 0);
  EXPECT_EQ(key_sign, c.sign);
}

INSTANTIATE_TEST_SUITE_P(
    Table, CollateTest,
    ::testing::Values(CollateCase{"ar", "أرمينيا", "إيران", -1},
                      CollateCase{"ar", "بوتين", "باكو", 1},
                      CollateCase{"ar", "روحاني", "روحاني", 0},
                      CollateCase{"en", "apple", "Banana", -1},  // not byte order
                      CollateCase{"en", "Zarif", "aliyev", 1},
                      CollateCase{"", "b", "a", 1},
                      CollateCase{"sv", "z", "ö", -1}));  // Swedish ö sorts after z

TEST(CollationTest, SortsArabicNames) {
  std::vector<std::string> names = {"يريفان", "باكو", "طهران", "أذربيجان", "موسكو"};
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return *Collate("ar", a, b) < 0;
  });
  EXPECT_THAT(names, ElementsAre("أذربيجان", "باكو", "طهران", "موسكو", "يريفان"));
}

TEST(CollationTest, RejectsMalformedTag) {
  EXPECT_STATUS(Collate("not a tag!", "a", "b"), StatusCode::kInvalidArgument,
                ::testing::HasSubstr("language tag"));
}

TEST(CollationTest, UsableFromManyThreads) {
  std::vector<std::thread> threads;
  std::vector<int> results(4, 99);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&results, i] {
      for (int k = 0; k < 200; ++k) results[i] = *Collate(i % 2 ? "ar" : "en", "باكو", "بوتين");
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_THAT(results, ElementsAre(-1, -1, -1, -1));
}

struct CaseCase {
  std::string input;
  std::string folded;
  std::string lower;
  std::string upper;
};

class CaseMappingTest : public ::testing::TestWithParam<CaseCase> {};

TEST_P(CaseMappingTest, FoldsLatinLeavesArabic) {
  EXPECT_EQ(CaseFold(GetParam().input), GetParam().folded);
  EXPECT_EQ(ToLower(GetParam().input), GetParam().lower);
  EXPECT_EQ(ToUpper(GetParam().input), GetParam().upper);
}

INSTANTIATE_TEST_SUITE_P(
    Table, CaseMappingTest,
    ::testing::Values(CaseCase{"ROUHANI", "rouhani", "rouhani", "ROUHANI"},
                      CaseCase{"Straße", "strasse", "straße", "STRASSE"},
                      CaseCase{"روحاني Rouhani", "روحاني rouhani", "روحاني rouhani",
                               "روحاني ROUHANI"},
                      CaseCase{"NATO", "nato", "nato", "NATO"}));

struct WidthCase {
  std::string text;
  std::size_t graphemes;
  std::size_t width;
};

class DisplayWidthTest : public ::testing::TestWithParam<WidthCase> {};

TEST_P(DisplayWidthTest, CountsClustersAndColumns) {
  EXPECT_EQ(GraphemeCount(GetParam().text), GetParam().graphemes);
  EXPECT_EQ(DisplayWidth(GetParam().text), GetParam().width);
}

INSTANTIATE_TEST_SUITE_P(
    Table, DisplayWidthTest,
    ::testing::Values(WidthCase{"روحاني", 6, 6},
                      WidthCase{"وُقّع", 3, 3},          // marks join their letter
                      WidthCase{"\u200Fبوتين", 6, 5},    // RLM: own cluster, no column
                      WidthCase{"Putin", 5, 5},
                      WidthCase{"東京", 2, 4},
                      WidthCase{"👍🏽", 1, 2},
                      WidthCase{"\r\n", 1, 0},
                      WidthCase{"", 0, 0}));

}  // namespace
}  // namespace marsad::text
