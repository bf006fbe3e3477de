// One test per office rule, on sentences other than the corpus sentence that motivated it
// (synthetic, in the style of news wires).
#include <string>

#include "extract_test_util.h"

namespace marsad::extract {
namespace {

using testing::Extract;
using testing::Label;
using testing::OfficesOf;

struct OfficeCase {
  const char* rule;
  const char* text;
  const char* holder;
  const char* role;
  const char* of;
  const char* to;
};

TEST(OfficeRulesTest, EachRuleStatesTheOfficeOfItsHolder) {
  const OfficeCase cases[] = {
      {"office.title_country_name", "قال وزير الخارجية السعودي عادل الجبير إن المحادثات بناءة.",
       "عادل الجبير", "وزير الخارجية", "السعودية", ""},
      {"office.title_country_name", "وصل رئيس الوزراء العراقي حيدر العبادي إلى طهران.",
       "حيدر العبادي", "رئيس الوزراء", "العراق", ""},
      {"office.title_country_name", "أكد وزير الدفاع التركي خلوصي أكار أن القوات جاهزة.",
       "خلوصي أكار", "وزير الدفاع", "تركيا", ""},
      {"office.name_then_title",
       "استقبل الأمير معالي عادل الجبير وزير الخارجية في المملكة العربية السعودية.",
       "عادل الجبير", "وزير الخارجية", "السعودية", ""},
      {"office.ambassador_to", "قال السفير المصري لدى باريس علاء يوسف إن العلاقات متينة.",
       "علاء يوسف", "السفير", "مصر", "فرنسا"},
      {"office.title_of_org", "حذر الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ من التصعيد.",
       "ينس ستولتنبرغ", "الأمين العام", "حلف شمال الأطلسي", ""},
      {"office.title_of_org", "قال المتحدث باسم الخارجية الروسية ماريا زاخاروفا إن موسكو ترفض ذلك.",
       "ماريا زاخاروفا", "المتحدث باسم", "وزارة الخارجية الروسية", ""},
      {"office.title_of_office", "زار مستشار الرئيس التركي إبراهيم قالن أنقرة.", "إبراهيم قالن",
       "مستشار", "تركيا", ""},
  };
  for (const OfficeCase& c : cases) {
    const ArticleExtraction x = Extract(c.text);
    const auto offices = OfficesOf(x, c.holder);
    ASSERT_EQ(offices.size(), 1u) << c.rule << ": " << c.text;
    EXPECT_EQ(offices[0]->role, c.role) << c.text;
    EXPECT_EQ(Label(x, offices[0]->of), c.of) << c.text;
    EXPECT_EQ(Label(x, offices[0]->to), c.to) << c.text;
    EXPECT_EQ(offices[0]->provenance.rule, c.rule) << c.text;
  }
}

TEST(OfficeRulesTest, DualTitlesMapHoldersToCountriesRespectively) {
  const ArticleExtraction x =
      Extract("بحث وزيرا خارجية مصر والأردن سامح شكري وناصر جودة الأوضاع في المنطقة.");
  const auto shoukry = OfficesOf(x, "سامح شكري");
  const auto judeh = OfficesOf(x, "ناصر جودة");
  ASSERT_EQ(shoukry.size(), 1u);
  ASSERT_EQ(judeh.size(), 1u);
  EXPECT_EQ(Label(x, shoukry[0]->of), "مصر");
  EXPECT_EQ(Label(x, judeh[0]->of), "الأردن");
  EXPECT_EQ(judeh[0]->role, "وزير الخارجية");
  EXPECT_EQ(judeh[0]->provenance.rule, "office.group_respectively");
}

TEST(OfficeRulesTest, CounterpartTakesTheOfficeOfTheOtherParty) {
  const ArticleExtraction x = Extract(
      "التقى وزير الخارجية القطري خالد العطية نظيره الأمريكي جون كيري في الدوحة.");
  const auto kerry = OfficesOf(x, "جون كيري");
  ASSERT_EQ(kerry.size(), 1u);
  EXPECT_EQ(kerry[0]->role, "وزير الخارجية");
  EXPECT_EQ(Label(x, kerry[0]->of), "الولايات المتحدة");
  EXPECT_EQ(kerry[0]->provenance.rule, "office.counterpart");
}

TEST(OfficeRulesTest, NamesStopAtVerbsPrepositionsAndPunctuation) {
  const ArticleExtraction x = Extract(
      "وكان الرئيس اليمني عبد ربه منصور هادي في الرياض، وقال وزير الإعلام اليمني محمد قباطي "
      "يؤكد ذلك.");
  EXPECT_EQ(OfficesOf(x, "عبد ربه منصور هادي").size(), 1u);
  EXPECT_EQ(OfficesOf(x, "محمد قباطي").size(), 1u);
}

TEST(OfficeRulesTest, TitleWithoutCountryStatesNoOffice) {
  const ArticleExtraction x = Extract("وصل الرئيس بوتين إلى أنقرة.");
  EXPECT_TRUE(x.offices.empty());
}

TEST(OfficeRulesTest, SurnameAndTitleOnlyMentionsResolveToThePersonNamedBefore) {
  const ArticleExtraction x = Extract(
      "قال الرئيس الفرنسي إيمانويل ماكرون إن الحل سياسي.\n"
      "وأكد الرئيس الفرنسي أن بلاده مستعدة للمساعدة.\n"
      "وأضاف ماكرون أن باريس تدعم الحوار.");
  const EventFact* offer = testing::FindEvent(x, "Offer", "فرنسا");
  ASSERT_NE(offer, nullptr);  // «بلاده» = the country of the subject
  EXPECT_EQ(offer->certainty, Certainty::kIntent);
  int statements_by_macron = 0;
  for (const EventFact* e : testing::EventsOf(x, "Statement")) {
    statements_by_macron += Label(x, e->agents.at(0)) == "إيمانويل ماكرون";
  }
  EXPECT_EQ(statements_by_macron, 3);
}

}  // namespace
}  // namespace marsad::extract
