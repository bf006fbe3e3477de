#include "extract/lexicon.h"

#include <string>

#include "extract_test_util.h"
#include "text/normalizer.h"

namespace marsad::extract {
namespace {

using ::testing::HasSubstr;
using testing::DefaultLexicons;
using testing::NisbaCountry;

TEST(LexiconTest, GeneratesNisbaFormsAndKeepsExceptions) {
  const Lexicons& lex = DefaultLexicons();
  const std::pair<const char*, const char*> cases[] = {
      {"الإيراني", "إيران"},     {"الإيرانية", "إيران"},   {"الإيرانيين", "إيران"},
      {"إيرانيون", "إيران"},     {"الأرمني", "أرمينيا"},   {"الأرميني", "أرمينيا"},
      {"الأرمنية", "أرمينيا"},   {"الآذرية", "أذربيجان"}, {"الأذربيجانية", "أذربيجان"},
      {"الروس", "روسيا"},       {"الأمريكيين", "الولايات المتحدة"}, {"السعودي", "السعودية"},
  };
  for (const auto& [form, country] : cases) {
    EXPECT_EQ(NisbaCountry(lex, form), country) << form;
  }
  // «آذار» (March) is not «آذري».
  EXPECT_EQ(NisbaCountry(lex, "آذار"), "");
}

TEST(LexiconTest, FoldsSpellingVariantsOfNamesToOneEntity) {
  const Lexicons& lex = DefaultLexicons();
  auto entity = [&](std::string_view surface) -> std::string {
    const auto* hits = lex.Find(text::MatchKey(surface));
    if (hits == nullptr) return "";
    for (const LexHit& h : *hits) {
      if (h.category == LexCategory::kEntity) return lex.entities()[h.index].label;
    }
    return "";
  };
  EXPECT_EQ(entity("آذربيجان"), "أذربيجان");
  EXPECT_EQ(entity("اذربيجان"), "أذربيجان");
  EXPECT_EQ(entity("قرة باغ"), "قره باغ");
  EXPECT_EQ(entity("ناغورنو كاراباخ"), "قره باغ");
  EXPECT_EQ(entity("جمهورية قره باغ"), "جمهورية قره باغ");  // a distinct referent
  EXPECT_EQ(entity("الناتو"), "حلف شمال الأطلسي");
  EXPECT_EQ(entity("سيرجي لافروف"), "سيرغي لافروف");
  ASSERT_NE(lex.FindSkeleton(text::Skeleton("ناغورنو كراباخ")), nullptr);
  EXPECT_EQ(lex.entities()[lex.FindLatin("Rouhani")].label, "حسن روحاني");
  EXPECT_EQ(lex.entities()[lex.FindLatin("NATO")].label, "حلف شمال الأطلسي");
  EXPECT_EQ(lex.FindLatin("nobody"), -1);
}

TEST(LexiconTest, CapitalsNameTheirCountry) {
  const Lexicons& lex = DefaultLexicons();
  const auto* hits = lex.Find(text::MatchKey("موسكو"));
  ASSERT_NE(hits, nullptr);
  ASSERT_EQ(hits->front().category, LexCategory::kCapital);
  EXPECT_EQ(lex.entities()[hits->front().index].label, "روسيا");
}

TEST(LexiconTest, RecognisesBoilerplateLines) {
  const Lexicons& lex = DefaultLexicons();
  EXPECT_TRUE(lex.IsBoilerplateLine("البث المباشر"));
  EXPECT_TRUE(lex.IsBoilerplateLine("  شاركوا هذا الخبر مع أصدقائكم"));
  EXPECT_TRUE(lex.IsBoilerplateLine("المصدر: الميادين نت"));
  EXPECT_FALSE(lex.IsBoilerplateLine("قال الرئيس إن البث المباشر للجلسة سيبدأ"));
}

TEST(LexiconTest, UserFilesExtendTheDefaultsAndReportErrorsWithLine) {
  Lexicons lex = DefaultLexicons();
  ASSERT_OK(lex.AddText("persons_extra.tsv", "# mine\nجون دو\tجون دوو\tjohn doe|doe\n"));
  const auto* hits = lex.Find(text::MatchKey("جون دوو"));
  ASSERT_NE(hits, nullptr);
  EXPECT_EQ(lex.entities()[lex.FindLatin("doe")].label, "جون دو");
  EXPECT_STATUS(lex.AddText("triggers_x.tsv", "\nNoSuchType\tفعل\n"),
                StatusCode::kInvalidArgument, HasSubstr("unknown event type"));
  Status s = lex.AddText("triggers_x.tsv", "\nNoSuchType\tفعل\n");
  ASSERT_TRUE(s.where().has_value());
  EXPECT_EQ(s.where()->line, 2u);
  EXPECT_EQ(s.where()->source, "triggers_x.tsv");
  EXPECT_STATUS(lex.AddText("colours.tsv", "أحمر\n"), StatusCode::kInvalidArgument,
                HasSubstr("unknown lexicon kind 'colours'"));
  EXPECT_STATUS(lex.AddFile("/nonexistent/countries.tsv"), StatusCode::kIOError,
                HasSubstr("cannot read"));
}

}  // namespace
}  // namespace marsad::extract
