#include "text/transliterator.h"

#include "support/test_util.h"

namespace marsad::text {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

struct TranslitCase {
  std::string arabic;
  std::string icu_latin;  // ICU Arabic-Latin on the display form
  std::string ascii;      // lowercase ASCII on the match key
};

class TransliterateTest : public ::testing::TestWithParam<TranslitCase> {};

TEST_P(TransliterateTest, UsesIcuArabicLatin) {
  const TranslitCase& c = GetParam();
  Result<std::string> latin = TransliterateArabic(c.arabic);
  ASSERT_OK(latin);
  EXPECT_EQ(*latin, c.icu_latin);
  Result<std::string> ascii = TransliterateArabicAscii(c.arabic);
  ASSERT_OK(ascii);
  EXPECT_EQ(*ascii, c.ascii);
}

INSTANTIATE_TEST_SUITE_P(Table, TransliterateTest,
                         ::testing::Values(TranslitCase{"روحاني", "rwḥạny", "rwhany"},
                                           TranslitCase{"بوتين", "bwtyn", "bwtyn"},
                                           TranslitCase{"قره باغ", "qrh bạgẖ", "qrh bagh"},
                                           TranslitCase{"Moscow", "Moscow", "moscow"}));

struct KeyCase {
  std::string arabic;
  std::string latin;
  std::string key;
};

class CrossScriptKeyTest : public ::testing::TestWithParam<KeyCase> {};

TEST_P(CrossScriptKeyTest, ArabicAndConventionalLatinMeet) {
  EXPECT_EQ(CrossScriptKey(GetParam().arabic), GetParam().key);
  EXPECT_EQ(CrossScriptKey(GetParam().latin), GetParam().key);
}

INSTANTIATE_TEST_SUITE_P(Table, CrossScriptKeyTest,
                         ::testing::Values(KeyCase{"روحاني", "Rouhani", "rhn"},
                                           KeyCase{"بوتين", "Putin", "btn"},
                                           KeyCase{"كاراباخ", "Karabakh", "krbk"},
                                           KeyCase{"كراباخ", "Karabakh", "krbk"},
                                           KeyCase{"لافروف", "Lavrov", "lfrf"},
                                           KeyCase{"طهران", "Tehran", "thrn"},
                                           KeyCase{"موسكو", "Moscow", "msk"},
                                           KeyCase{"أذربيجان", "Azerbaijan", "zrbjn"},
                                           KeyCase{"علييف", "Aliyev", "lf"},
                                           KeyCase{"ظريف", "Zarif", "zrf"},
                                           KeyCase{"خطيب زادة", "Khatibzadeh", "ktbzdh"}));

TEST(LatinAliasTableTest, LooksUpBothDirectionsAcrossSpellings) {
  LatinAliasTable aliases;
  aliases.Add("روحاني", "Rouhani");
  aliases.Add("روحاني", "Rohani");
  aliases.Add("أذربيجان", "Azerbaijan");
  aliases.Add("روحاني", "ROUHANI");  // same alias case-insensitively: ignored
  EXPECT_EQ(aliases.size(), 3u);
  EXPECT_THAT(aliases.LatinFor("روحانی"), ElementsAre("Rouhani", "Rohani"));
  EXPECT_THAT(aliases.LatinFor("آذربيجان"), ElementsAre("Azerbaijan"));
  EXPECT_THAT(aliases.ArabicFor("rouhani"), ElementsAre("روحاني"));
  EXPECT_EQ(aliases.DisplayLatin("اذربيجان"), "Azerbaijan");
  EXPECT_EQ(aliases.DisplayLatin("بوتين"), "bwtyn");  // no alias: ICU output
}

TEST(LatinAliasTableTest, LoadsTsvAndReportsBadLine) {
  LatinAliasTable aliases;
  EXPECT_OK(aliases.LoadTsv("# names\nبوتين\tPutin\r\nلافروف\tLavrov\n"));
  EXPECT_THAT(aliases.LatinFor("بوتين"), ElementsAre("Putin"));
  const Status bad = aliases.LoadTsv("ظريف\tZarif\nعلييف Aliyev\n");
  EXPECT_STATUS(bad, StatusCode::kInvalidArgument, HasSubstr("line 2"));
  ASSERT_TRUE(bad.where().has_value());
  EXPECT_EQ(bad.where()->line, 2u);
}

}  // namespace
}  // namespace marsad::text
