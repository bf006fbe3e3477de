#include "text/utf8.h"

#include <string>

#include "support/test_util.h"

namespace marsad::text {
namespace {

using ::testing::HasSubstr;

struct InvalidCase {
  std::string name;
  std::string bytes;
  std::size_t offset;   // byte offset of the first bad byte
  std::uint64_t column; // 1-based code-point column of it
  std::string reason;
  std::string sanitized;
};

class InvalidUtf8Test : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(InvalidUtf8Test, ReportsByteOffsetAndReplaces) {
  const InvalidCase& c = GetParam();
  EXPECT_EQ(FindInvalidUtf8(c.bytes), c.offset);
  const Status s = ValidateUtf8(c.bytes, {.source_name = "<query>"});
  EXPECT_STATUS(s, StatusCode::kInvalidArgument, HasSubstr(c.reason));
  EXPECT_THAT(s.message(), HasSubstr("byte offset " + std::to_string(c.offset)));
  ASSERT_TRUE(s.where().has_value());
  EXPECT_EQ(s.where()->offset, c.offset);
  EXPECT_EQ(s.where()->column, c.column);
  EXPECT_EQ(s.where()->source, "<query>");
  EXPECT_EQ(SanitizeUtf8(c.bytes), c.sanitized);
}

// "قره" is 6 bytes; U+FFFD is EF BF BD.
INSTANTIATE_TEST_SUITE_P(
    Table, InvalidUtf8Test,
    ::testing::Values(
        InvalidCase{"LoneHighSurrogate", "قره\xED\xA0\xBD", 6, 4, "surrogate",
                    "قره\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        InvalidCase{"LoneLowSurrogate", "a\xED\xB0\x80", 1, 2, "surrogate",
                    "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        InvalidCase{"NulByte", std::string("باغ\0x", 8), 6, 4, "NUL byte",
                    "باغ\xEF\xBF\xBDx"},
        InvalidCase{"StrayContinuation", "\x80\xD8\xA8", 0, 1, "continuation",
                    "\xEF\xBF\xBD\xD8\xA8"},
        InvalidCase{"TruncatedArabicLetter", "قر\xD9", 4, 3, "truncated", "قر\xEF\xBF\xBD"},
        InvalidCase{"TruncatedThenAscii", "\xE2\x80x", 0, 1, "truncated", "\xEF\xBF\xBDx"},
        InvalidCase{"OverlongSlash", "/\xC0\xAF", 1, 2, "overlong",
                    "/\xEF\xBF\xBD\xEF\xBF\xBD"},
        InvalidCase{"OverlongThreeByte", "\xE0\x80\x80", 0, 1, "overlong",
                    "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        InvalidCase{"AboveMaxCodePoint", "\xF4\x90\x80\x80", 0, 1, "above U+10FFFF",
                    "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        InvalidCase{"NeverUsedByte", "ok\xFF", 2, 3, "never occurs", "ok\xEF\xBF\xBD"}),
    [](const auto& param_info) { return param_info.param.name; });

TEST(Utf8Test, AcceptsArabicPersianAndEmoji) {
  EXPECT_OK(ValidateUtf8("قره باغ — جمهوری اسلامی #ایران 😀 December 9, 2020"));
  EXPECT_EQ(FindInvalidUtf8("٠٤:٢٠ بتوقيت غرينتش"), std::string_view::npos);
}

TEST(Utf8Test, NulAllowedOnlyWhenAsked) {
  const std::string with_nul("a\0b", 3);
  EXPECT_OK(ValidateUtf8(with_nul, {.allow_nul = true}));
  EXPECT_EQ(SanitizeUtf8(with_nul, /*allow_nul=*/true), with_nul);
}

TEST(Utf8Test, ErrorLineAndColumnCountCodePointsAfterNewlines) {
  const Status s = ValidateUtf8("سطر\nقره\xC3");
  ASSERT_TRUE(s.where().has_value());
  EXPECT_EQ(s.where()->line, 2u);
  EXPECT_EQ(s.where()->column, 4u);
  EXPECT_EQ(s.where()->offset, 13u);
}

struct CodePointCase {
  std::string text;
  std::size_t start;
  std::size_t count;
  std::string substr;
  std::size_t length;
};

class CodePointTest : public ::testing::TestWithParam<CodePointCase> {};

TEST_P(CodePointTest, SubstringAndLengthCountCodePoints) {
  const CodePointCase& c = GetParam();
  EXPECT_EQ(CodePointSubstr(c.text, c.start, c.count), c.substr);
  EXPECT_EQ(CodePointLength(c.text), c.length);
}

INSTANTIATE_TEST_SUITE_P(
    Table, CodePointTest,
    ::testing::Values(CodePointCase{"روحاني", 0, 3, "روح", 6},
                      CodePointCase{"قره باغ", 4, 3, "باغ", 7},
                      CodePointCase{"قره باغ", 4, std::string_view::npos, "باغ", 7},
                      CodePointCase{"بوتين", 9, 2, "", 5},
                      CodePointCase{"a😀b", 1, 1, "😀", 3},
                      CodePointCase{"٢٠٢٠", 2, 5, "٢٠", 4}));

TEST(Utf8Test, ByteAndCodePointOffsetsRoundTrip) {
  const std::string s = "في 27 سبتمبر";  // في=4 bytes, space, 27, space, سبتمبر
  EXPECT_EQ(ByteOffsetOfCodePoint(s, 3), 5u);
  EXPECT_EQ(ByteOffsetOfCodePoint(s, 6), 8u);
  EXPECT_EQ(CodePointIndexOfByte(s, 8), 6u);
  EXPECT_EQ(CodePointIndexOfByte(s, 9), 6u);  // inside س
  EXPECT_EQ(CodePointIndexOfByte(s, 100), 12u);
}

TEST(Utf8Test, DecodeAndAppendAreInverse) {
  for (const char32_t cp : {U'a', U'\u0640', U'\u06CC', U'\uFEFB', U'\U0001F600'}) {
    std::string s;
    AppendUtf8(cp, &s);
    std::size_t pos = 0;
    EXPECT_EQ(DecodeUtf8(s, &pos), static_cast<std::int32_t>(cp));
    EXPECT_EQ(pos, s.size());
  }
  std::size_t pos = 0;
  EXPECT_EQ(DecodeUtf8("\xED\xA0\x80", &pos), -1);
  EXPECT_EQ(pos, 1u);
}

}  // namespace
}  // namespace marsad::text
