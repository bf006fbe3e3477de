#include "text/normalizer.h"

#include <string>

#include "support/test_util.h"

namespace marsad::text {
namespace {

struct FormCase {
  std::string name;
  std::string input;
  std::string display;
  std::string match_key;
  std::string skeleton;
};

class NormalFormTest : public ::testing::TestWithParam<FormCase> {};

TEST_P(NormalFormTest, ProducesEachForm) {
  const FormCase& c = GetParam();
  EXPECT_EQ(DisplayForm(c.input), c.display);
  EXPECT_EQ(MatchKey(c.input), c.match_key);
  EXPECT_EQ(Skeleton(c.input), c.skeleton);
  // The map-building path agrees with the string-only path.
  EXPECT_EQ(Normalize(c.input, NormalForm::kMatchKey).text, c.match_key);
  EXPECT_EQ(Normalize(c.input, NormalForm::kDisplay).text, c.display);
}

INSTANTIATE_TEST_SUITE_P(
    Table, NormalFormTest,
    ::testing::Values(
        // Ta marbuta: قرة باغ and قره باغ share a key (corpus 003 uses both).
        FormCase{"TaMarbuta", "قرة باغ", "قرة باغ", "قره باغ", "قره بغ"},
        FormCase{"HehSpelling", "قره باغ", "قره باغ", "قره باغ", "قره بغ"},
        // Alef variants: أذربيجان / اذربيجان / آذربيجان.
        FormCase{"AlefHamzaAbove", "أذربيجان", "أذربيجان", "اذربيجان", "اذربجن"},
        FormCase{"AlefBare", "اذربيجان", "اذربيجان", "اذربيجان", "اذربجن"},
        FormCase{"AlefMadda", "آذربيجان", "آذربيجان", "اذربيجان", "اذربجن"},
        FormCase{"AlefHamzaBelow", "إيران", "إيران", "ايران", "ارن"},
        FormCase{"AlefWasla", "ٱلله", "ٱلله", "الله", "اله"},
        // Alef maqsura and Persian yeh/kaf.
        FormCase{"AlefMaqsura", "الى", "الى", "الي", "ال"},
        FormCase{"PersianYeh", "الإيرانی", "الإيرانی", "الايراني", "الرن"},
        FormCase{"PersianKaf", "کرملین", "کرملین", "كرملين", "كرملن"},
        // Tashkeel, shadda, tanween, dagger alef removed from the key, kept for display.
        FormCase{"Tanween", "اتصالاً هاتفياً", "اتصالاً هاتفياً", "اتصالا هاتفيا", "اتصل هتف"},
        FormCase{"DammaShadda", "وُقّع", "وُقّع", "وقع", "وقع"},
        FormCase{"DaggerAlef", "هٰذا", "هٰذا", "هذا", "هذ"},
        FormCase{"QuranicMark", "صلى\u0616", "صلى\u0616", "صلي", "صل"},
        // Tatweel and bidi/format controls removed from both forms.
        FormCase{"Tatweel", "بـ”القيمة”", "ب”القيمة”", "ب”القيمه”", "ب”القمه”"},
        FormCase{"RlmAndZwnj", "\u200Fروحاني\u200C", "روحاني", "روحاني", "رحن"},
        FormCase{"BidiEmbedding", "\u202Bموسكو\u202C", "موسكو", "موسكو", "مسك"},
        FormCase{"ByteOrderMark", "\uFEFFطهران", "طهران", "طهران", "طهرن"},
        // NFKC: presentation forms and the lam-alef ligature.
        FormCase{"LamAlefLigature", "\uFEFB", "\uFEFB", "لا", "ل"},
        FormCase{"PresentationForms", "\uFEB3\uFEE0\uFEE4\uFEF2", "\uFEB3\uFEE0\uFEE4\uFEF2",
                 "سلمي", "سلم"},
        FormCase{"DecomposedHamza", "ا\u0654", "أ", "ا", "ا"},
        // Digits of any script become ASCII in the key.
        FormCase{"ArabicIndicDigits", "٠٤:٢٠", "٠٤:٢٠", "04:20", "04:20"},
        FormCase{"ExtendedDigits", "۱۴۴۲", "۱۴۴۲", "1442", "1442"},
        // Latin case folding, fullwidth forms.
        FormCase{"LatinCase", "Rouhani", "Rouhani", "rouhani", "rhn"},
        FormCase{"Fullwidth", "ＮＡＴＯ", "ＮＡＴＯ", "nato", "nt"},
        FormCase{"Sharp", "KARABAKH", "KARABAKH", "karabakh", "krbkh"},
        // Skeleton: vowels dropped, doubled letters collapsed.
        FormCase{"KarabakhLong", "كاراباخ", "كاراباخ", "كاراباخ", "كربخ"},
        FormCase{"KarabakhShort", "كراباخ", "كراباخ", "كراباخ", "كربخ"},
        FormCase{"SergeiGh", "سيرغي", "سيرغي", "سيرغي", "سرغ"},
        FormCase{"HamzaCarriersKept", "مسؤولي رئيس", "مسؤولي رئيس", "مسؤولي رئيس",
                 "مسؤل رئس"},
        FormCase{"Empty", "", "", "", ""}),
    [](const auto& param_info) { return param_info.param.name; });

struct SpanCase {
  std::string name;
  std::string input;
  std::string key_piece;  // a substring of the match key
  std::uint32_t byte_begin, byte_end, cp_begin, cp_end;
};

class OffsetMapTest : public ::testing::TestWithParam<SpanCase> {};

TEST_P(OffsetMapTest, MapsKeySubstringBackToSourceBytes) {
  const SpanCase& c = GetParam();
  const NormalizedText n = Normalize(c.input, NormalForm::kMatchKey);
  const std::size_t at = n.text.find(c.key_piece);
  ASSERT_NE(at, std::string::npos) << n.text;
  const TextSpan span = n.map.ToSource(at, at + c.key_piece.size());
  EXPECT_EQ(span, (TextSpan{c.byte_begin, c.byte_end, c.cp_begin, c.cp_end}))
      << span.byte_begin << "-" << span.byte_end << " cp " << span.cp_begin << "-" << span.cp_end;
}

INSTANTIATE_TEST_SUITE_P(
    Table, OffsetMapTest,
    ::testing::Values(
        // "وصف روحاني": the name starts at byte 7, code point 4.
        SpanCase{"PlainWord", "وصف روحاني", "روحاني", 7, 19, 4, 10},
        // Tanween after the final alef is covered by the span.
        SpanCase{"TrailingTanween", "اتصالاً هاتفياً", "اتصالا", 0, 14, 0, 7},
        // Tatweel after ب is absorbed into ب's source range.
        SpanCase{"TatweelAbsorbed", "بـ”القيمة”", "ب", 0, 4, 0, 2},
        SpanCase{"AfterTatweelQuote", "بـ”القيمة”", "القيمه", 7, 19, 3, 9},
        // An RLM before the word is not part of the word's span.
        SpanCase{"SkipsLeadingRlm", "\u200Fروحاني", "روحاني", 3, 15, 1, 7},
        // One source ligature becomes two key characters; either maps to the whole ligature.
        SpanCase{"LigatureFirstHalf", "ب\uFEFBد", "ل", 2, 5, 1, 2},
        SpanCase{"LigatureWhole", "ب\uFEFBد", "لا", 2, 5, 1, 2},
        // Digits: ASCII key, Arabic-Indic source.
        SpanCase{"ArabicIndicYear", "أكتوبر ٢٠٢٠", "2020", 13, 21, 7, 11},
        SpanCase{"AlefFolded", "في أذربيجان", "اذربيجان", 5, 21, 3, 11}),
    [](const auto& param_info) { return param_info.param.name; });

TEST(OffsetMapTest, EveryOutputCharacterHasSourceRange) {
  const std::string src = "وأكدد رئيس الوزراء الأرميني نيكول باشينيان";
  const NormalizedText n = Normalize(src, NormalForm::kMatchKey);
  ASSERT_EQ(n.map.size(), 42u);
  for (std::size_t i = 0; i < n.map.size(); ++i) {
    EXPECT_LT(n.map.source_byte_begin(i), n.map.source_byte_end(i));
    EXPECT_LE(n.map.source_byte_end(i), src.size());
  }
  EXPECT_EQ(n.map.output_byte(n.map.size()), n.text.size());
}

TEST(OffsetMapTest, EmptyRangeMapsToPosition) {
  const NormalizedText n = Normalize("باغ", NormalForm::kMatchKey);
  EXPECT_EQ(n.map.ToSource(2, 2), (TextSpan{2, 2, 1, 1}));
  EXPECT_EQ(n.map.ToSource(6, 6), (TextSpan{6, 6, 3, 3}));
}

TEST(NormalizerTest, IllFormedBytesBecomeReplacementCharacter) {
  EXPECT_EQ(MatchKey("ab\xFF"), "ab\xEF\xBF\xBD");
}

}  // namespace
}  // namespace marsad::text
