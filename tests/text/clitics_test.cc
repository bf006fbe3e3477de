#include "text/clitics.h"

#include <set>
#include <string>

#include "support/test_util.h"
#include "text/normalizer.h"

namespace marsad::text {
namespace {

// A small gazetteer + trigger lexicon in match-key form, as the extractor would supply.
bool InLexicon(std::string_view key) {
  static const std::set<std::string, std::less<>> kLexicon = [] {
    std::set<std::string, std::less<>> s;
    for (const char* w : {"بحث", "نظير", "إيران", "بوتين", "موسكو", "قيمة", "وقف", "جيش",
                          "الجيش", "حكومة", "الكرملين", "روحاني", "اتفاق", "وزارة",
                          "أرمينيا", "يوم", "بلاد", "قلق", "تبحث", "دفاع", "وصف"}) {
      s.insert(MatchKey(w));
    }
    return s;
  }();
  return kLexicon.count(key) > 0;
}

struct CliticCase {
  std::string name;
  std::string token;
  // First (preferred) analysis: proclitics joined by '+', stem, enclitic; "-" = no analysis.
  std::string proclitics;
  std::string stem;
  std::string enclitic;
  std::uint32_t stem_byte_begin;
  std::uint32_t stem_byte_end;
};

class CliticTest : public ::testing::TestWithParam<CliticCase> {};

TEST_P(CliticTest, FirstAnalysisAndStemSpan) {
  const CliticCase& c = GetParam();
  const std::vector<CliticAnalysis> analyses = AnalyzeClitics(c.token, InLexicon);
  if (c.proclitics == "-") {
    EXPECT_TRUE(analyses.empty()) << analyses.front().stem;
    return;
  }
  ASSERT_FALSE(analyses.empty());
  const CliticAnalysis& a = analyses.front();
  std::string joined;
  for (const std::string& p : a.proclitics) joined += (joined.empty() ? "" : "+") + p;
  EXPECT_EQ(joined, c.proclitics);
  EXPECT_EQ(a.stem, MatchKey(c.stem));
  EXPECT_EQ(a.enclitic, c.enclitic);
  EXPECT_EQ(a.stem_span.byte_begin, c.stem_byte_begin);
  EXPECT_EQ(a.stem_span.byte_end, c.stem_byte_end);
}

INSTANTIATE_TEST_SUITE_P(
    Table, CliticTest,
    ::testing::Values(
        CliticCase{"ConjunctionVerb", "وبحث", "و", "بحث", "", 2, 8},
        CliticCase{"PrepositionEnclitic", "لنظيره", "ل", "نظير", "ه", 2, 10},
        CliticCase{"ConjunctionName", "وإيران", "و", "إيران", "", 2, 12},
        CliticCase{"PrepositionCity", "بموسكو", "ب", "موسكو", "", 2, 12},
        CliticCase{"LamArticleContracted", "للجيش", "ل", "الجيش", "", 2, 10},
        CliticCase{"ArticleOnly", "القيمة", "ال", "قيمة", "", 4, 12},
        CliticCase{"ConjunctionDefinite", "والكرملين", "و", "الكرملين", "", 2, 18},
        CliticCase{"TaMarbutaBeforePronoun", "حكومته", "", "حكومة", "ه", 0, 10},
        CliticCase{"PronounPlural", "قلقهم", "", "قلق", "هم", 0, 6},
        CliticCase{"BaAlArticle", "بالاتفاق", "ب+ال", "اتفاق", "", 6, 16},
        // Both جيش and الجيش are listed: keeping the article in the stem needs fewer affixes.
        CliticCase{"FaBiPreposition", "فبالجيش", "ف+ب", "الجيش", "", 4, 14},
        CliticCase{"FaBiArticle", "فبالدفاع", "ف+ب+ال", "دفاع", "", 8, 16},
        CliticCase{"WholeWordFirst", "بوتين", "", "بوتين", "", 0, 10},
        CliticCase{"NameNeverStemmed", "إيران", "", "إيران", "", 0, 10},
        CliticCase{"DiacritizedToken", "وَبَحَثَ", "و", "بحث", "", 4, 16},
        CliticCase{"ConjunctionPronoun", "وبلاده", "و", "بلاد", "ه", 2, 10},
        CliticCase{"FutureParticle", "ستبحث", "س", "تبحث", "", 2, 10},
        CliticCase{"UnknownStemRejected", "وتين", "-", "", "", 0, 0},
        CliticCase{"ShortRemainderRejected", "به", "-", "", "", 0, 0},
        // A nisba is not «Iran + my»: the 1st-person enclitic is not stripped.
        CliticCase{"NisbaNotPronoun", "إيراني", "-", "", "", 0, 0}),
    [](const auto& param_info) { return param_info.param.name; });

TEST(CliticTest, AllCandidatesFewestAffixesFirst) {
  // «والكرملين»: و + الكرملين (1 affix) before و + ال + كرملين (2, only if كرملين were listed).
  const auto analyses = AnalyzeClitics("والكرملين", [](std::string_view k) {
    return k == MatchKey("الكرملين") || k == MatchKey("كرملين");
  });
  ASSERT_EQ(analyses.size(), 2u);
  EXPECT_EQ(analyses[0].affix_count(), 1u);
  EXPECT_EQ(analyses[1].affix_count(), 2u);
  EXPECT_EQ(analyses[1].stem, MatchKey("كرملين"));
}

TEST(CliticTest, BareProcliticWithTatweel) {
  EXPECT_TRUE(IsBareProclitic("بـ"));
  EXPECT_TRUE(IsBareProclitic("لـ"));
  EXPECT_FALSE(IsBareProclitic("به"));
  const auto analyses = AnalyzeClitics("بـ", InLexicon);
  ASSERT_EQ(analyses.size(), 1u);
  EXPECT_EQ(analyses[0].proclitics, std::vector<std::string>{"ب"});
  EXPECT_TRUE(analyses[0].stem.empty());
}

TEST(CliticTest, RestoredTaMarbutaIsFlagged) {
  const auto analyses = AnalyzeClitics("وزارته", InLexicon);
  ASSERT_FALSE(analyses.empty());
  EXPECT_TRUE(analyses[0].restored_ta_marbuta);
  EXPECT_EQ(analyses[0].stem, MatchKey("وزارة"));
}

}  // namespace
}  // namespace marsad::text
