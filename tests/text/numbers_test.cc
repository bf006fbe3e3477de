#include "text/numbers.h"

#include <string>

#include "support/test_util.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

struct NumeralCase {
  std::string token;
  std::optional<double> value;
};

class ParseNumeralTest : public ::testing::TestWithParam<NumeralCase> {};

TEST_P(ParseNumeralTest, ParsesDigitsOfAnyScript) {
  EXPECT_EQ(ParseNumeral(GetParam().token), GetParam().value) << GetParam().token;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ParseNumeralTest,
    ::testing::Values(NumeralCase{"10", 10}, NumeralCase{"١٠", 10}, NumeralCase{"٢٠٢٠", 2020},
                      NumeralCase{"۱۴۴۲", 1442}, NumeralCase{"3.5", 3.5},
                      NumeralCase{"٣٫٥", 3.5}, NumeralCase{"12,000", 12000},
                      NumeralCase{"١٢٬٠٠٠", 12000}, NumeralCase{"1,234,567.25", 1234567.25},
                      NumeralCase{"1٢", std::nullopt},        // mixed scripts
                      NumeralCase{"12,00", std::nullopt},     // bad grouping
                      NumeralCase{"1,2345", std::nullopt},
                      NumeralCase{"12.", std::nullopt}, NumeralCase{"abc", std::nullopt},
                      NumeralCase{"", std::nullopt}));

struct WordCase {
  std::string word;
  std::optional<double> value;
};

class NumberWordTest : public ::testing::TestWithParam<WordCase> {};

TEST_P(NumberWordTest, ReadsWordsFromIcuSpellout) {
  EXPECT_EQ(NumberWordValue(GetParam().word), GetParam().value) << GetParam().word;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NumberWordTest,
    ::testing::Values(WordCase{"ثلاثين", 30}, WordCase{"ثلاثون", 30}, WordCase{"مئة", 100},
                      WordCase{"مائة", 100}, WordCase{"ألف", 1000}, WordCase{"آلاف", 1000},
                      WordCase{"عشرة", 10}, WordCase{"اثنين", 2}, WordCase{"إثنان", 2},
                      WordCase{"خمسمائة", 500}, WordCase{"ثمانمائة", 800},
                      WordCase{"مليون", 1e6}, WordCase{"قرية", std::nullopt}));

struct FindCase {
  std::string name;
  std::string text;
  std::string mention;  // expected text of the (only or first) mention
  double value;
  Approximation approximation;
  bool percent;
  bool words;
};

class FindNumbersTest : public ::testing::TestWithParam<FindCase> {};

TEST_P(FindNumbersTest, FindsNumberWithQualifierAndExactSpan) {
  const FindCase& c = GetParam();
  const std::vector<NumberMention> found = FindNumbers(c.text);
  ASSERT_FALSE(found.empty());
  const NumberMention& m = found.front();
  EXPECT_EQ(c.text.substr(m.span.byte_begin, m.span.byte_size()), c.mention);
  EXPECT_EQ(m.span.cp_end - m.span.cp_begin, CodePointLength(c.mention));
  EXPECT_DOUBLE_EQ(m.value, c.value);
  EXPECT_EQ(m.approximation, c.approximation);
  EXPECT_EQ(m.percent, c.percent);
  EXPECT_EQ(m.from_words, c.words);
}

constexpr auto kExact = Approximation::kExact;
constexpr auto kMore = Approximation::kMoreThan;
constexpr auto kAbout = Approximation::kAbout;
constexpr auto kLess = Approximation::kLessThan;

INSTANTIATE_TEST_SUITE_P(
    Table, FindNumbersTest,
    ::testing::Values(
        FindCase{"MoreThanHours", "استغرق أكثر من 10 ساعات في موسكو", "أكثر من 10", 10, kMore,
                 false, false},
        FindCase{"ConjunctionBeforeQualifier", "وبلدة هدروت وأكثر من 30 قرية", "أكثر من 30", 30,
                 kMore, false, false},
        FindCase{"About", "نحو 30 قرية", "نحو 30", 30, kAbout, false, false},
        FindCase{"AboutWords", "قرابة ثلاثين قرية", "قرابة ثلاثين", 30, kAbout, false, true},
        FindCase{"LessThan", "أقل من ٥٠ شخصا", "أقل من ٥٠", 50, kLess, false, false},
        FindCase{"Exact", "مقتل 93 مقاتلاً سوريّاً", "93", 93, kExact, false, false},
        FindCase{"GluedConjunction", "و12,000 نازح", "12,000", 12000, kExact, false, false},
        FindCase{"PercentSign", "ارتفع 3.5% عن العام", "3.5%", 3.5, kExact, true, false},
        FindCase{"ArabicPercent", "بلغت ٤٠٪ من", "٤٠٪", 40, kExact, true, false},
        FindCase{"PercentWords", "بنسبة 12 في المئة", "12 في المئة", 12, kExact, true, false},
        FindCase{"ScaleAfterNumeral", "نحو 3 ملايين لاجئ", "نحو 3 ملايين", 3e6, kAbout, false,
                 false},
        FindCase{"CompoundWords", "خمسة وعشرين جنديا", "خمسة وعشرين", 25, kExact, false, true},
        FindCase{"ThousandsAndHundreds", "ثلاثة آلاف وخمسمائة جندي", "ثلاثة آلاف وخمسمائة",
                 3500, kExact, false, true},
        FindCase{"HundredWord", "مئة قتيل", "مئة", 100, kExact, false, true},
        FindCase{"BarePluralThousands", "خلّفت آلاف القتلى", "آلاف", 1000, kMore, false, true},
        FindCase{"Approximately", "قتل 20 تقريبا", "20 تقريبا", 20, kAbout, false, false},
        FindCase{"AgeLimit", "الذين تقل أعمارهم عن 55 سنة", "55", 55, kExact, false, false}),
    [](const auto& param_info) { return param_info.param.name; });

TEST(FindNumbersTest, SeveralMentionsInOrder) {
  const auto found = FindNumbers("مقتل 93 مقاتلاً، وتسليم 53 آخرين، و430 من المقاتلين");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].value, 93);
  EXPECT_EQ(found[1].value, 53);
  EXPECT_EQ(found[2].value, 430);
  EXPECT_LT(found[0].span.byte_end, found[1].span.byte_begin);
}

TEST(FindNumbersTest, SkipsTokensInsideGivenSpans) {
  const std::string text = "الأحد 27 سبتمبر 2020 قتل 55 جنديا";
  Result<std::vector<Token>> tokens = Tokenize(text);
  ASSERT_OK(tokens);
  // Skip «27 سبتمبر 2020» (bytes 11..31), as a date finder would report it.
  const std::vector<TextSpan> dates = {{11, 31, 6, 20}};
  const auto found = FindNumbers(text, *tokens, dates);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, 55);
  EXPECT_EQ(FindNumbers(text, *tokens).size(), 3u);
}

TEST(FindNumbersTest, QualifierWithoutNumberIsIgnored) {
  EXPECT_TRUE(FindNumbers("أكثر من ذلك بكثير").empty());
}

}  // namespace
}  // namespace marsad::text
