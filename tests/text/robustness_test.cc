// Arbitrary bytes never crash the text layer: every entry point either reports an error with
// an offset or works on the sanitized text, and every span stays inside its input.
#include <random>
#include <string>

#include "support/test_util.h"
#include "text/clitics.h"
#include "text/dates.h"
#include "text/display_width.h"
#include "text/normalizer.h"
#include "text/numbers.h"
#include "text/segmenter.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

// Random strings built from fragments that stress the code: Arabic letters and marks, digits
// of three scripts, controls, presentation forms, ill-formed bytes, surrogates, NUL.
std::string RandomText(std::mt19937* rng) {
  using namespace std::string_view_literals;
  // clang-format off
  static constexpr std::string_view kPieces[] = {
      "قره", " ", "باغ", "\xD9\x8B", "\xD9\x80", "١٠", "۱۴", "10", ".", "؟", "،", "\n", "«",
      "»", "\xE2\x80\x8F", "\xEF\xBB\xBB", "\xED\xA0\x80", "\xC3", "\x80", "\0"sv,
      "\xF4\x90\x80\x80", "أكتوبر", "السبت", "أمس", "ال", "و", "بـ", ":", "٫", "%", "😀", "\r\n"};
  // clang-format on
  std::uniform_int_distribution<std::size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(0, 40);
  std::string s;
  for (int n = length(*rng); n > 0; --n) {
    s += kPieces[piece(*rng)];
  }
  return s;
}

TEST(RobustnessTest, ArbitraryBytesNeverCrashAndSpansStayInBounds) {
  std::mt19937 rng(20201010);
  for (int round = 0; round < 2000; ++round) {
    const std::string bytes = RandomText(&rng);
    const Status valid = ValidateUtf8(bytes);
    const std::string clean = SanitizeUtf8(bytes);
    SCOPED_TRACE(round);
    ASSERT_OK(ValidateUtf8(clean));
    if (!valid.ok()) {
      ASSERT_TRUE(valid.where().has_value());
      EXPECT_EQ(valid.where()->offset, FindInvalidUtf8(bytes));
      EXPECT_FALSE(Segment(bytes).ok());
    }
    for (const NormalForm form :
         {NormalForm::kDisplay, NormalForm::kMatchKey, NormalForm::kSkeleton}) {
      const NormalizedText n = Normalize(bytes, form);
      ASSERT_EQ(n.map.output_byte(n.map.size()), n.text.size());
      const TextSpan all = n.map.ToSource(0, n.text.size());
      EXPECT_LE(all.byte_end, bytes.size());
    }
    Result<SegmentedText> seg = Segment(clean);
    ASSERT_OK(seg);
    for (const Token& t : seg->tokens) {
      ASSERT_LE(t.span.byte_end, clean.size());
      EXPECT_EQ(clean.substr(t.span.byte_begin, t.span.byte_size()), t.text);
    }
    for (const DateMention& d : FindDates(clean, seg->tokens, {2020, 10, 10})) {
      EXPECT_LE(d.span.byte_end, clean.size());
    }
    for (const NumberMention& m : FindNumbers(clean, seg->tokens)) {
      EXPECT_LE(m.span.byte_end, clean.size());
    }
    for (const Token& t : seg->tokens) {
      for (const CliticAnalysis& a :
           AnalyzeClitics(t.text, [](std::string_view) { return true; })) {
        EXPECT_LE(a.stem_span.byte_end, t.text.size());
      }
    }
    EXPECT_LE(GraphemeCount(clean), CodePointLength(clean));
  }
}

}  // namespace
}  // namespace marsad::text
