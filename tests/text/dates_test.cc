#include "text/dates.h"

#include <string>

#include "support/test_util.h"

namespace marsad::text {
namespace {

constexpr CivilDate kUnknown{};
constexpr CivilDate kSat10Oct2020{2020, 10, 10};  // corpus 000 and 003
constexpr CivilDate kTue6Oct2020{2020, 10, 6};    // corpus 001 («اليوم الثلاثاء»)
constexpr CivilDate kMon14Dec2020{2020, 12, 14};  // corpus 002

struct DateCase {
  std::string name;
  std::string text;
  CivilDate document_date;
  std::string mention;  // exact source text of the first mention
  std::string iso;
  DatePrecision precision;
  bool relative;
};

class FindDatesTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(FindDatesTest, ResolvesToIsoWithExactSpan) {
  const DateCase& c = GetParam();
  const std::vector<DateMention> found = FindDates(c.text, c.document_date);
  ASSERT_FALSE(found.empty()) << c.text;
  const DateMention& m = found.front();
  EXPECT_EQ(c.text.substr(m.span.byte_begin, m.span.byte_size()), c.mention);
  EXPECT_EQ(m.ToIso(), c.iso);
  EXPECT_EQ(m.precision, c.precision);
  EXPECT_EQ(m.relative, c.relative);
}

constexpr auto kDay = DatePrecision::kDay;
constexpr auto kMonth = DatePrecision::kMonth;
constexpr auto kYear = DatePrecision::kYear;
constexpr auto kApprox = DatePrecision::kApproximate;

INSTANTIATE_TEST_SUITE_P(
    Table, FindDatesTest,
    ::testing::Values(
        DateCase{"DatelineArabicIndicGmt", "السبت ١٠ أكتوبر ٢٠٢٠ - ٠٤:٢٠ بتوقيت غرينتش", kUnknown,
                 "السبت ١٠ أكتوبر ٢٠٢٠ - ٠٤:٢٠ بتوقيت غرينتش", "2020-10-10T04:20Z", kDay, false},
        DateCase{"DatelineTehranZoneFromIcu", "الأحد 27 سبتمبر 2020 - 20:36 بتوقيت طهران",
                 kUnknown, "الأحد 27 سبتمبر 2020 - 20:36 بتوقيت طهران",
                 "2020-09-27T20:36+03:30", kDay, false},
        DateCase{"GmtPlusOffset", "في 10 أكتوبر 2020 الساعة 12:00 (تغ +4) بدأ", kUnknown,
                 "10 أكتوبر 2020 الساعة 12:00 (تغ +4)", "2020-10-10T12:00+04:00", kDay, false},
        DateCase{"OrdinalLevantinePair", "الذي وُقّع في التاسع من تشرين الثاني/ نوفمبر بين باكو",
                 kMon14Dec2020, "التاسع من تشرين الثاني/ نوفمبر", "2020-11-09", kDay, true},
        DateCase{"BracketPair", "في 14 تموز (يوليو) 2019 وقع", kUnknown, "14 تموز (يوليو) 2019",
                 "2019-07-14", kDay, false},
        DateCase{"LastSeptember", "وفي 27 سبتمبر الماضي، أطلق الجيش", kSat10Oct2020,
                 "27 سبتمبر الماضي", "2020-09-27", kDay, true},
        DateCase{"OrdinalThirtyFirst", "في الحادي والثلاثين من ديسمبر", CivilDate{2021, 1, 15},
                 "الحادي والثلاثين من ديسمبر", "2020-12-31", kDay, true},
        DateCase{"MaghrebiJanuary", "في 5 جانفي 2021", kUnknown, "5 جانفي 2021", "2021-01-05",
                 kDay, false},
        DateCase{"MoroccanSeptember", "يوم 12 شتنبر 2020", kUnknown, "12 شتنبر 2020",
                 "2020-09-12", kDay, false},
        DateCase{"LevantineMarch", "في ١٥ آذار ٢٠٢٠", kUnknown, "١٥ آذار ٢٠٢٠", "2020-03-15",
                 kDay, false},
        DateCase{"HijriUmmAlQura", "26 شوال 1436 هـ الموافق 11 أغسطس 2015 م", kUnknown,
                 "26 شوال 1436 هـ", "2015-08-11", kDay, false},
        DateCase{"HijriGenitiveDhu", "في 3 ذي الحجة 1441", kUnknown, "3 ذي الحجة 1441",
                 "2020-07-24", kDay, false},
        DateCase{"EnglishInTweet", "— Saeed Khatibzadeh (@SKhatibzadeh) December 9, 2020",
                 kUnknown, "December 9, 2020", "2020-12-09", kDay, false},
        DateCase{"EnglishDayFirst", "on 9 December 2020", kUnknown, "9 December 2020",
                 "2020-12-09", kDay, false},
        DateCase{"TypoInMonthWithDayAndYear", "في 10 سبتمير 2020 اندلعت", kUnknown,
                 "10 سبتمير 2020", "2020-09-10", kDay, false},
        DateCase{"TypoMissingLetter", "يوم 3 اكتبر 2020", kUnknown, "3 اكتبر 2020",
                 "2020-10-03", kDay, false},
        DateCase{"MonthAndYear", "منذ تموز 2019", kUnknown, "تموز 2019", "2019-07", kMonth,
                 false},
        DateCase{"YearOnly", "خلال عام 2020", kUnknown, "2020", "2020", kYear, false},
        DateCase{"TodayWithWeekday", "محادثة هاتفية، اليوم الثلاثاء، تم", kTue6Oct2020,
                 "اليوم الثلاثاء", "2020-10-06", kDay, true},
        DateCase{"YesterdayNamedDay", "وتسليم 53 آخرين أمس الأحد إلى سوريا", kTue6Oct2020,
                 "أمس الأحد", "2020-10-04", kDay, true},
        DateCase{"YesterdayMonday", "وأعلنت طهران أمس الإثنين أنها", kTue6Oct2020,
                 "أمس الإثنين", "2020-10-05", kDay, true},
        DateCase{"YesterdayAlone", "نُقلت أمس إلى كاراباخ", kTue6Oct2020, "أمس", "2020-10-05",
                 kDay, true},
        DateCase{"DawnSaturdayWithConjunction", "وفجر السبت، توصل الجانبان", kSat10Oct2020,
                 "فجر السبت", "2020-10-10", kDay, true},
        DateCase{"EveningYesterday", "مساء أمس", kSat10Oct2020, "مساء أمس", "2020-10-09", kDay,
                 true},
        DateCase{"Tomorrow", "تبدأ المحادثات غدًا", kSat10Oct2020, "غدًا", "2020-10-11", kDay,
                 true},
        DateCase{"BareWeekdayToday", "ذكر بيان، السبت، أن", kSat10Oct2020, "السبت",
                 "2020-10-10", kDay, true},
        DateCase{"BareWeekdayPast", "قال الأحد إن", kSat10Oct2020, "الأحد", "2020-10-04", kDay,
                 true},
        DateCase{"LastSaturday", "السبت الماضي", kSat10Oct2020, "السبت الماضي", "2020-10-03",
                 kDay, true},
        DateCase{"NextSaturday", "يوم السبت المقبل", kSat10Oct2020, "يوم السبت المقبل",
                 "2020-10-17", kDay, true},
        DateCase{"LastWeek", "أعرب الأسبوع الماضي، لرئيس", kTue6Oct2020, "الأسبوع الماضي",
                 "2020-09-29/2020-10-05", kApprox, true},
        DateCase{"LastMonth", "في الشهر الماضي", kTue6Oct2020, "الشهر الماضي", "2020-09",
                 kMonth, true},
        DateCase{"LastYear", "العام الماضي", kTue6Oct2020, "العام الماضي", "2019", kYear, true}),
    [](const auto& param_info) { return param_info.param.name; });

struct NoDateCase {
  std::string name;
  std::string text;
  CivilDate document_date;
};

class NoDateTest : public ::testing::TestWithParam<NoDateCase> {};

TEST_P(NoDateTest, FindsNothing) {
  const auto found = FindDates(GetParam().text, GetParam().document_date);
  EXPECT_TRUE(found.empty()) << found.front().ToIso();
}

INSTANTIATE_TEST_SUITE_P(
    Table, NoDateTest,
    ::testing::Values(
        NoDateCase{"VerbThatIsAMonthName", "مارس الضغط على الحكومة", kSat10Oct2020},
        NoDateCase{"AzeriIsNotMarch", "القوات الأرمنية والآذرية عند مواقعها", kSat10Oct2020},
        NoDateCase{"OrdinalDayOfWar", "وتتواصل لليوم العاشر على التوالي المعارك", kTue6Oct2020},
        NoDateCase{"RelativeNeedsDocumentDate", "أمس الأحد", kUnknown},
        NoDateCase{"TypoNeedsYear", "في 10 سبتمير", kSat10Oct2020},
        NoDateCase{"DayAndMonthNeedDocumentYear", "في 27 سبتمبر", kUnknown}),
    [](const auto& param_info) { return param_info.param.name; });

TEST(FindDatesTest, HijriAndGregorianPairGivesTwoMentions) {
  const std::string text = "26 شوال 1436 هـ الموافق 11 أغسطس 2015 م";
  const auto found = FindDates(text, kUnknown);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].calendar, WrittenCalendar::kHijri);
  EXPECT_EQ(found[1].calendar, WrittenCalendar::kGregorian);
  EXPECT_EQ(found[0].date, found[1].date);
  EXPECT_EQ(text.substr(found[1].span.byte_begin), "11 أغسطس 2015 م");
}

TEST(FindDatesTest, ImpossibleDayKeepsOnlyTheMonth) {
  const std::string text = "في 31 نوفمبر 2020";
  const auto found = FindDates(text, kUnknown);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].ToIso(), "2020-11");
  EXPECT_EQ(text.substr(found[0].span.byte_begin), "نوفمبر 2020");
}

TEST(FindDatesTest, SpansCountCodePoints) {
  const std::string text = "وفي 27 سبتمبر الماضي";
  const auto found = FindDates(text, kSat10Oct2020);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].span, (TextSpan{7, 35, 4, 20}));
}

TEST(FindDocumentDateTest, ReadsTheDatelineOfCorpusArticles) {
  const auto shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is not available";
  struct Expected {
    const char* file;
    std::optional<CivilDate> date;
  };
  for (const Expected& e : {Expected{"003_3d2ecb3445c2c1e9.txt", CivilDate{2020, 10, 10}},
                            Expected{"004_b6f3501e893526eb.txt", CivilDate{2020, 9, 27}},
                            Expected{"000_f3b811d2d5000aa5.txt", std::nullopt}}) {
    const std::string text = testing::ReadFile(*shared / "corpus" / e.file);
    Result<SegmentedText> seg = Segment(text);
    ASSERT_OK(seg);
    EXPECT_EQ(FindDocumentDate(text, *seg), e.date) << e.file;
  }
}

TEST(FindDocumentDateTest, IgnoresDatesBeyondTheOpening) {
  const std::string text = "عنوان\nسطر\nسطر\nنص\nنص\nنص\nفي 5 جانفي 2021";
  Result<SegmentedText> seg = Segment(text);
  ASSERT_OK(seg);
  EXPECT_EQ(FindDocumentDate(text, *seg), std::nullopt);
  EXPECT_EQ(FindDocumentDate(text, *seg, 10), (CivilDate{2021, 1, 5}));
}

struct HijriCase {
  int y, m, d;
  CivilDate gregorian;
};

class HijriTest : public ::testing::TestWithParam<HijriCase> {};

TEST_P(HijriTest, ConvertsWithUmmAlQura) {
  const HijriCase& c = GetParam();
  Result<CivilDate> g = HijriToGregorian(c.y, c.m, c.d);
  ASSERT_OK(g);
  EXPECT_EQ(*g, c.gregorian);
  Result<CivilDate> back = GregorianToHijri(c.gregorian);
  ASSERT_OK(back);
  EXPECT_EQ(*back, (CivilDate{c.y, c.m, c.d}));
}

INSTANTIATE_TEST_SUITE_P(Table, HijriTest,
                         ::testing::Values(HijriCase{1436, 10, 26, {2015, 8, 11}},
                                           HijriCase{1441, 12, 3, {2020, 7, 24}},
                                           HijriCase{1442, 1, 1, {2020, 8, 20}}));

TEST(HijriTest, RejectsImpossibleDates) {
  EXPECT_STATUS(HijriToGregorian(1442, 13, 1), StatusCode::kInvalidArgument,
                ::testing::HasSubstr("impossible"));
}

TEST(CivilDateTest, WeekdayAndDayArithmetic) {
  EXPECT_EQ(Weekday(kSat10Oct2020), 6);
  EXPECT_EQ(Weekday(kTue6Oct2020), 2);
  EXPECT_EQ(Weekday({1970, 1, 1}), 4);
  EXPECT_EQ(AddDays({2020, 12, 31}, 1), (CivilDate{2021, 1, 1}));
  EXPECT_EQ(AddDays({2020, 3, 1}, -1), (CivilDate{2020, 2, 29}));
}

}  // namespace
}  // namespace marsad::text
