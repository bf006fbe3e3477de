#include "text/segmenter.h"

#include <string>
#include <vector>

#include "support/test_util.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

using ::testing::ElementsAreArray;
using ::testing::HasSubstr;

std::vector<std::string> TokenTexts(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(t.text);
  return out;
}

struct TokenCase {
  std::string name;
  std::string input;
  std::vector<std::string> tokens;
};

class TokenizeTest : public ::testing::TestWithParam<TokenCase> {};

TEST_P(TokenizeTest, SplitsWordsAndKeepsSpansExact) {
  const TokenCase& c = GetParam();
  Result<std::vector<Token>> tokens = Tokenize(c.input);
  ASSERT_OK(tokens);
  EXPECT_THAT(TokenTexts(*tokens), ElementsAreArray(c.tokens));
  for (const Token& t : *tokens) {
    EXPECT_EQ(c.input.substr(t.span.byte_begin, t.span.byte_size()), t.text);
    EXPECT_EQ(t.span.cp_begin, CodePointLength(c.input.substr(0, t.span.byte_begin)));
    EXPECT_EQ(t.span.cp_size(), CodePointLength(t.text));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, TokenizeTest,
    ::testing::Values(
        TokenCase{"CommaGluedToName",
                  "نظيره الروسي فلاديمير بوتين، باتفاق",
                  {"نظيره", "الروسي", "فلاديمير", "بوتين", "،", "باتفاق"}},
        TokenCase{"TatweelClitic", "بـ”القيمة”.", {"بـ", "”", "القيمة", "”", "."}},
        TokenCase{
            "TatweelBeforeSpace", "اتفاقاً لـ وقف الأعمال", {"اتفاقاً", "لـ", "وقف", "الأعمال"}},
        TokenCase{"Guillemets", "لـ«عكاظ»", {"لـ", "«", "عكاظ", "»"}},
        TokenCase{"Parentheses", "(أذربيجان وأرمينيا)", {"(", "أذربيجان", "وأرمينيا", ")"}},
        TokenCase{"ArabicIndicTime", "٠٤:٢٠ بتوقيت غرينتش", {"٠٤", ":", "٢٠", "بتوقيت", "غرينتش"}},
        TokenCase{"DecimalNumber", "نحو 3.5 مليون", {"نحو", "3.5", "مليون"}},
        TokenCase{"ArabicDecimal", "٣٫٥ بالمئة", {"٣٫٥", "بالمئة"}},
        TokenCase{"Thousands", "12,000 قتيل", {"12,000", "قتيل"}},
        TokenCase{"PercentSign", "٪50", {"٪", "50"}},
        TokenCase{"Hashtag", "#اذربايجان به", {"#", "اذربايجان", "به"}},
        // ICU keeps a handle whole (WB rules treat @ as a letter joiner inside words).
        TokenCase{"TwitterHandle",
                  "(@SKhatibzadeh) December 9, 2020",
                  {"(", "@SKhatibzadeh", ")", "December", "9", ",", "2020"}},
        TokenCase{
            "UrlStaysWhole", "pic.twitter.com/JanaKwduD3", {"pic.twitter.com", "/", "JanaKwduD3"}},
        TokenCase{"DashBetweenPlaces", "(أغديرة – ترتر)", {"(", "أغديرة", "–", "ترتر", ")"}},
        TokenCase{"Bullet", "  •  الرئيس", {"•", "الرئيس"}},
        TokenCase{"TimeZoneOffset", "(تغ +4)", {"(", "تغ", "+", "4", ")"}},
        TokenCase{"Diacritics", "وُقّع في التاسع", {"وُقّع", "في", "التاسع"}}),
    [](const auto& param_info) { return param_info.param.name; });

struct ScriptCase {
  std::string token;
  Script script;
};

class ScriptTest : public ::testing::TestWithParam<ScriptCase> {};

TEST_P(ScriptTest, ClassifiesTokenScript) {
  EXPECT_EQ(ClassifyScript(GetParam().token), GetParam().script)
      << ScriptName(ClassifyScript(GetParam().token));
}

INSTANTIATE_TEST_SUITE_P(Table, ScriptTest,
                         ::testing::Values(ScriptCase{"روحاني", Script::kArabic},
                                           ScriptCase{"جمهوری", Script::kPersian},     // ی
                                           ScriptCase{"پیشرفتهای", Script::kPersian},  // پ
                                           ScriptCase{"چارچوب", Script::kPersian},     // چ
                                           ScriptCase{"Khatibzadeh", Script::kLatin},
                                           ScriptCase{"٢٠٢٠", Script::kDigits},
                                           ScriptCase{"2020", Script::kDigits},
                                           ScriptCase{"۱۴۴۲", Script::kDigits},
                                           ScriptCase{"«", Script::kOther},
                                           ScriptCase{"بـ", Script::kArabic}));

TEST(TokenizeTest, KindsOfCorpusTokens) {
  Result<std::vector<Token>> t = Tokenize("أكثر من 10 ساعات، «وزارة» +");
  ASSERT_OK(t);
  ASSERT_EQ(t->size(), 9u);  // أكثر من 10 ساعات ، « وزارة » +
  EXPECT_EQ((*t)[0].kind, TokenKind::kWord);
  EXPECT_EQ((*t)[2].kind, TokenKind::kNumber);
  EXPECT_EQ((*t)[2].script, Script::kDigits);
  EXPECT_EQ((*t)[4].kind, TokenKind::kPunctuation);
  EXPECT_EQ((*t)[5].kind, TokenKind::kPunctuation);
  EXPECT_EQ((*t)[7].kind, TokenKind::kPunctuation);
  EXPECT_EQ((*t)[8].kind, TokenKind::kSymbol);
  // «10» starts after "أكثر من " = 8 bytes + 1 + 4 + 1 bytes, code point 8.
  EXPECT_EQ((*t)[2].span, (TextSpan{14, 16, 8, 10}));
}

struct SentenceCase {
  std::string name;
  std::string input;
  std::vector<std::string> sentences;
};

class SentenceTest : public ::testing::TestWithParam<SentenceCase> {};

TEST_P(SentenceTest, SplitsSentences) {
  const SentenceCase& c = GetParam();
  Result<SegmentedText> seg = Segment(c.input);
  ASSERT_OK(seg);
  std::vector<std::string> got;
  for (const Sentence& s : seg->sentences) {
    got.push_back(c.input.substr(s.span.byte_begin, s.span.byte_size()));
    // Tokens of the sentence lie inside it.
    for (std::uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      EXPECT_GE(seg->tokens[i].span.byte_begin, s.span.byte_begin);
      EXPECT_LE(seg->tokens[i].span.byte_end, s.span.byte_end);
    }
  }
  EXPECT_THAT(got, ElementsAreArray(c.sentences));
}

INSTANTIATE_TEST_SUITE_P(
    Table, SentenceTest,
    ::testing::Values(
        SentenceCase{"PeriodThenArabic",
                     "وناقش روحاني الوضع. وأطلع بوتين نظيره.",
                     {"وناقش روحاني الوضع.", "وأطلع بوتين نظيره."}},
        SentenceCase{"ArabicQuestionMark",
                     "هل تتوقف الحرب؟ لا أحد يعرف.",
                     {"هل تتوقف الحرب؟", "لا أحد يعرف."}},
        SentenceCase{"CommaAndSemicolonDoNotEnd",
                     "قال روحاني، في اتصال؛ إن بلاده مستعدة.",
                     {"قال روحاني، في اتصال؛ إن بلاده مستعدة."}},
        SentenceCase{"ClosingQuoteStays",
                     "وأكد: «لا يوجد حل عسكري.» وتابع قائلا.",
                     {"وأكد: «لا يوجد حل عسكري.»", "وتابع قائلا."}},
        SentenceCase{
            "CurlyQuoteStays", "على ذلك”. وأعرب عن قلقه.", {"على ذلك”.", "وأعرب عن قلقه."}},
        SentenceCase{"ArabicAbbreviation",
                     "قال د. محمد ظريف إن الحل سياسي.",
                     {"قال د. محمد ظريف إن الحل سياسي."}},
        SentenceCase{
            "AgencyAbbreviation", "نقلت أ. ف. ب. الخبر أمس.", {"نقلت أ. ف. ب. الخبر أمس."}},
        SentenceCase{"LatinAbbreviation",
                     "Dr. Zarif met Gen. Smith. Then left.",
                     {"Dr. Zarif met Gen. Smith.", "Then left."}},
        SentenceCase{"EraMarkEndsSentence",
                     "وقع ذلك عام 2020 م. ثم انتهى.",
                     {"وقع ذلك عام 2020 م.", "ثم انتهى."}},
        SentenceCase{"DecimalNotABreak",
                     "بلغ النمو 3.5 بالمئة. وارتفع.",
                     {"بلغ النمو 3.5 بالمئة.", "وارتفع."}},
        SentenceCase{"LineBreakEndsSentence",
                     "روحاني وعلييف يؤكدان التعاون\nالرئيس الإيراني يقول",
                     {"روحاني وعلييف يؤكدان التعاون", "الرئيس الإيراني يقول"}},
        SentenceCase{"ExclamationMark", "يا للهول! ماذا حدث", {"يا للهول!", "ماذا حدث"}}),
    [](const auto& param_info) { return param_info.param.name; });

TEST(SegmentTest, ParagraphsSkipBlankLinesAndTrim) {
  const std::string text =
      "البث المباشر\n\n  بوتين يؤكد. على ضرورة وقف القتال  \r\nجميع الحقوق محفوظة";
  Result<SegmentedText> seg = Segment(text);
  ASSERT_OK(seg);
  ASSERT_EQ(seg->paragraphs.size(), 3u);
  EXPECT_EQ(seg->paragraphs[0].span, (TextSpan{0, 23, 0, 12}));
  EXPECT_EQ(seg->paragraphs[1].sentence_count, 2u);
  EXPECT_EQ(seg->paragraphs[1].first_sentence, 1u);
  // Second paragraph starts after "\n\n  " at byte 27, code point 16.
  EXPECT_EQ(seg->paragraphs[1].span.byte_begin, 27u);
  EXPECT_EQ(seg->paragraphs[1].span.cp_begin, 16u);
  EXPECT_EQ(text.substr(seg->paragraphs[2].span.byte_begin), "جميع الحقوق محفوظة");
  EXPECT_EQ(seg->sentences.size(), 4u);
}

TEST(SegmentTest, CorpusArticleSpansPointIntoSource) {
  const auto shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is not available";
  for (const char* name :
       {"000_f3b811d2d5000aa5.txt", "001_3cad66ff0e25d172.txt", "003_3d2ecb3445c2c1e9.txt"}) {
    const std::string text = testing::ReadFile(*shared / "corpus" / name);
    Result<SegmentedText> seg = Segment(text);
    ASSERT_OK(seg);
    EXPECT_GT(seg->sentences.size(), 10u) << name;
    std::uint32_t prev_end = 0;
    for (const Token& t : seg->tokens) {
      EXPECT_GE(t.span.byte_begin, prev_end);
      prev_end = t.span.byte_end;
      EXPECT_EQ(t.span.cp_begin,
                CodePointLength(std::string_view(text).substr(0, t.span.byte_begin)));
    }
  }
}

TEST(SegmentTest, RejectsInvalidUtf8WithOffset) {
  EXPECT_STATUS(Segment("قره\xED\xA0\x80"), StatusCode::kInvalidArgument,
                HasSubstr("byte offset 6"));
  EXPECT_STATUS(Tokenize(std::string("ab\0c", 4)), StatusCode::kInvalidArgument, HasSubstr("NUL"));
}

TEST(SegmentTest, EmptyInputGivesNothing) {
  Result<SegmentedText> seg = Segment("  \n \n");
  ASSERT_OK(seg);
  EXPECT_TRUE(seg->paragraphs.empty());
  EXPECT_TRUE(seg->tokens.empty());
}

}  // namespace
}  // namespace marsad::text
