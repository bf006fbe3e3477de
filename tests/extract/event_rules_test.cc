// Event rules on sentences other than the corpus sentences that motivated them.
#include <string>

#include "extract/report.h"
#include "extract_test_util.h"

namespace marsad::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;
using testing::EventsOf;
using testing::Extract;
using testing::FindEvent;
using testing::Label;
using testing::Labels;

struct EventCase {
  const char* rule;
  const char* text;
  const char* type;
  const char* agent;
  const char* target;  // "" when the event has none to check
};

TEST(EventRulesTest, EachRuleFindsAgentAndTarget) {
  const EventCase cases[] = {
      {"event.phone.with",
       "أجرى وزير الخارجية القطري خالد العطية اتصالا هاتفيا مع نظيره الإيراني محمد جواد ظريف.",
       "PhoneCall", "خالد العطية", "محمد جواد ظريف"},
      {"event.phone.between", "وتناولت المكالمة الهاتفية بين أوباما وأردوغان الأوضاع في سوريا.",
       "PhoneCall", "باراك أوباما", "رجب طيب أردوغان"},
      {"event.phone.received", "تلقى الملك سلمان اتصالا هاتفيا من الرئيس الأمريكي باراك أوباما.",
       "PhoneCall", "باراك أوباما", "سلمان بن عبدالعزيز"},
      {"event.meet.svo", "وكان الجبير التقى نظيره الروسي سيرغي لافروف في الدوحة.", "Meet",
       "عادل الجبير", "سيرغي لافروف"},
      {"event.meet.vso", "التقى وزير الخارجية المصري سامح شكري بالرئيس السوداني عمر البشير.",
       "Meet", "سامح شكري", "عمر البشير"},
      {"event.discuss.with", "وبحث أردوغان اليوم مع بوتين الأوضاع في سوريا.", "Discuss",
       "رجب طيب أردوغان", "فلاديمير بوتين"},
      {"event.host", "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي جون كيري.",
       "Host", "عبد الفتاح السيسي", "جون كيري"},
      {"event.visit", "يزور وزير الخارجية السعودي عادل الجبير موسكو الأسبوع المقبل.", "Visit",
       "عادل الجبير", "روسيا"},  // the capital stands for the country; place = موسكو
      {"event.call_on", "دعت الأمم المتحدة اليمن والسعودية إلى استئناف المفاوضات.", "CallOn",
       "الأمم المتحدة", "اليمن"},
      {"event.condemn", "أدانت وزارة الخارجية المصرية الهجوم على السفارة.", "Condemn",
       "وزارة الخارجية المصرية", ""},
      {"event.mediate", "ورحبت الحكومة اليمنية بوساطة عمان بين الأطراف.", "Mediate", "عمان", ""},
      {"event.ceasefire.between", "صمدت الهدنة بين إسرائيل وحماس لليوم الثالث.", "Ceasefire",
       "إسرائيل", "حركة حماس"},
      {"event.attack.launch", "شنت القوات الأمريكية غارات على مدينة الرقة.", "Attack",
       "القوات الأمريكية", "الرقة"},
      {"event.take_control", "وتمكن الجيش العراقي من تحرير مدينة تكريت.", "TakeControl",
       "الجيش العراقي", ""},
      {"event.mobilize", "أعلنت الحكومة الأوكرانية التعبئة العامة في البلاد.", "Mobilize",
       "الحكومة الأوكرانية", ""},
      {"event.accuse", "اتهمت الحكومة اليمنية إيران بدعم الحوثيين.", "Accuse",
       "الحكومة اليمنية", "إيران"},
  };
  for (const EventCase& c : cases) {
    const ArticleExtraction x = Extract(c.text);
    const EventFact* e = FindEvent(x, c.type, c.agent, c.target);
    ASSERT_NE(e, nullptr) << c.rule << ": " << c.text << "\n" << FormatExtraction(x);
    EXPECT_EQ(e->provenance.rule, c.rule) << c.text;
  }
}

TEST(EventRulesTest, ReportedViolationIsAnAccusationAndAClaimNotAFact) {
  const ArticleExtraction x =
      Extract("وقالت وزارة الدفاع الروسية، مساء الأحد، إن الجيش الأوكراني انتهك الهدنة.");
  const EventFact* accuse = FindEvent(x, "Accuse", "وزارة الدفاع الروسية", "الجيش الأوكراني");
  ASSERT_NE(accuse, nullptr);
  EXPECT_EQ(accuse->certainty, Certainty::kAsserted);
  const EventFact* violation = FindEvent(x, "ViolateCeasefire", "الجيش الأوكراني");
  ASSERT_NE(violation, nullptr);
  EXPECT_EQ(violation->certainty, Certainty::kClaimed);
  EXPECT_EQ(Label(x, violation->claimed_by), "وزارة الدفاع الروسية");
}

TEST(EventRulesTest, AttributionMakesTheSentenceEventsClaimsOfTheSource) {
  const ArticleExtraction x = Extract(
      "وسيطر الجيش السوري على بلدة تدمر وقرية القريتين، بحسب بيان لوزارة الدفاع الروسية.");
  const EventFact* e = FindEvent(x, "TakeControl", "الجيش السوري");
  ASSERT_NE(e, nullptr) << FormatExtraction(x);
  EXPECT_THAT(Labels(x, e->places), UnorderedElementsAre("تدمر", "القريتين"));
  EXPECT_EQ(e->certainty, Certainty::kClaimed);
  EXPECT_EQ(Label(x, e->claimed_by), "وزارة الدفاع الروسية");
}

TEST(EventRulesTest, NegationAndFutureChangeCertainty) {
  const ArticleExtraction x = Extract(
      "لن يزور الرئيس الإيراني حسن روحاني واشنطن.\nوسيزور وزير الخارجية الإيراني محمد جواد ظريف "
      "موسكو.");
  const EventFact* negated = FindEvent(x, "Visit", "حسن روحاني");
  ASSERT_NE(negated, nullptr);
  EXPECT_EQ(negated->certainty, Certainty::kNegated);
  const EventFact* future = FindEvent(x, "Visit", "محمد جواد ظريف");
  ASSERT_NE(future, nullptr);
  EXPECT_EQ(future->certainty, Certainty::kFuture);
  const ArticleExtraction planned = Extract(
      "ومن المقرر أن يعقد كيري مساء اليوم اجتماعا مع نظيره الروسي سيرغي لافروف.");
  const EventFact* meeting = FindEvent(planned, "Meet", "جون كيري", "سيرغي لافروف");
  ASSERT_NE(meeting, nullptr) << FormatExtraction(planned);
  EXPECT_EQ(meeting->certainty, Certainty::kFuture);
}

TEST(EventRulesTest, PronounSubjectAndLatterResolveWithinTheArticle) {
  const ArticleExtraction x = Extract(
      "قال وزير الخارجية البريطاني فيليب هاموند إن الاتفاق مهم.\n"
      "وأعرب عن قلقه إزاء الأوضاع في اليمن.\n"
      "واتصل هاموند بنظيره الإيراني محمد جواد ظريف، والأخير أكد أن طهران ملتزمة.");
  const EventFact* concern = FindEvent(x, "ExpressConcern", "فيليب هاموند");
  ASSERT_NE(concern, nullptr) << FormatExtraction(x);
  EXPECT_EQ(concern->theme, "الأوضاع في");
  EXPECT_NE(FindEvent(x, "Statement", "محمد جواد ظريف"), nullptr);  // «والأخير أكد»
}

TEST(EventRulesTest, EventsTakeTheDateInTheirSentenceElseTheArticleDate) {
  const ArticleExtraction x = Extract(
      "الأحد 27 سبتمبر 2020 - 20:36\nوبحث الرئيس بوتين أمس السبت مع أردوغان الوضع في سوريا.\n"
      "ودعا أردوغان روسيا إلى الحوار.",
      "d", "");
  EXPECT_EQ(x.date_source, "dateline");
  const EventFact* discuss = FindEvent(x, "Discuss", "فلاديمير بوتين");
  ASSERT_NE(discuss, nullptr);
  EXPECT_EQ(discuss->date, (text::CivilDate{2020, 9, 26}));
  EXPECT_FALSE(discuss->date_from_article);
  const EventFact* call = FindEvent(x, "CallOn", "رجب طيب أردوغان", "روسيا");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->date, (text::CivilDate{2020, 9, 27}));
  EXPECT_TRUE(call->date_from_article);
}

}  // namespace
}  // namespace marsad::extract
