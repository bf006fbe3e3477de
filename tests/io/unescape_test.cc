#include <optional>
#include <string>

#include "grammar/common/escapes.h"
#include "grammar/common/utf8.h"
#include "support/test_util.h"

namespace marsad::grammar {
namespace {

struct UnescapeCase {
  const char* input;
  const char* expected;
};

constexpr UnescapeCase kStringCases[] = {
    {"plain", "plain"},
    {"a\\tb\\nc\\rd", "a\tb\nc\rd"},
    {"\\b\\f", "\b\f"},
    {"q\\\"s\\'b\\\\", "q\"s'b\\"},
    {"\\u0041\\u00E9", "A\xC3\xA9"},
    {"\\U0001F600", "\xF0\x9F\x98\x80"},
    {"\\u0645\\u0631\\u0635\\u062F", "مرصد"},
    {"مرصد\\n", "مرصد\n"},
};

TEST(UnescapeStringTest, DecodesEcharAndUchar) {
  for (const UnescapeCase& c : kStringCases) {
    std::string out;
    EXPECT_EQ(AppendUnescapedString(c.input, &out), std::nullopt) << c.input;
    EXPECT_EQ(out, c.expected) << c.input;
  }
}

struct ErrorCase {
  const char* input;
  std::size_t offset;
  const char* message_part;
};

constexpr ErrorCase kStringErrors[] = {
    {"ab\\uD800", 2, "surrogate"},         {"\\uDFFF", 0, "surrogate"},
    {"x\\U00110000", 1, "above U+10FFFF"}, {"\\z", 0, "unknown escape"},
    {"abc\\u12", 3, "incomplete"},
};

TEST(UnescapeStringTest, ReportsBadEscapesAtTheirOffset) {
  for (const ErrorCase& c : kStringErrors) {
    std::string out;
    const std::optional<EscapeError> error = AppendUnescapedString(c.input, &out);
    ASSERT_TRUE(error.has_value()) << c.input;
    EXPECT_EQ(error->offset, c.offset) << c.input;
    EXPECT_THAT(error->message, ::testing::HasSubstr(c.message_part)) << c.input;
  }
}

TEST(UnescapeIriTest, DecodesUcharButRejectsForbiddenCharacters) {
  std::string out;
  EXPECT_EQ(AppendUnescapedIri("http://x/\\u00E9", &out), std::nullopt);
  EXPECT_EQ(out, "http://x/\xC3\xA9");
  for (const char* bad : {"http://x/\\u0020", "http://x/\\u003C", "http://x/\\u003E",
                          "http://x/\\u0022", "http://x/\\u005C", "http://x/\\t"}) {
    std::string ignored;
    EXPECT_TRUE(AppendUnescapedIri(bad, &ignored).has_value()) << bad;
  }
}

TEST(UnescapeLocalNameTest, DropsBackslashesAndKeepsPercentEscapes) {
  std::string out;
  AppendUnescapedLocalName("a\\-b\\.c%20d\\~", &out);
  EXPECT_EQ(out, "a-b.c%20d~");
}

TEST(Utf8Test, FindsFirstInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8("abc مرصد 😀"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xC3"), 2u);            // truncated
  EXPECT_EQ(FindInvalidUtf8("a\xC0\x80"), 1u);         // overlong NUL
  EXPECT_EQ(FindInvalidUtf8("مر\xED\xA0\x80"), 4u);    // encoded surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("x\x80"), 1u);             // stray continuation byte
}

TEST(Utf8Test, CountsCodePoints) {
  EXPECT_EQ(CountCodePoints("abc"), 3u);
  EXPECT_EQ(CountCodePoints("مرصد"), 4u);
  EXPECT_EQ(CountCodePoints("a😀b"), 3u);
}

}  // namespace
}  // namespace marsad::grammar
