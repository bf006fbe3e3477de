// Code-point columns and display widths (the caret under Arabic text).
#include "grammar/query/text_columns.h"

#include <string>

#include "support/test_util.h"

namespace marsad::grammar::query {
namespace {

TEST(TextColumnsTest, CountsCodePointsNotBytes) {
  const std::string text = "ab\nقره x";  // Arabic letters are two bytes each
  TextColumns columns(text);
  EXPECT_EQ(columns.ColumnAt(0), 1u);
  EXPECT_EQ(columns.ColumnAt(2), 3u);
  EXPECT_EQ(columns.ColumnAt(3), 1u);    // first character of line 2
  EXPECT_EQ(columns.ColumnAt(9), 4u);    // the space after three letters (byte 9)
  EXPECT_EQ(columns.ColumnAt(10), 5u);   // 'x'
  EXPECT_EQ(columns.ColumnAt(1), 2u);    // going backwards restarts from the line start
  EXPECT_EQ(columns.ColumnAt(100), 6u);  // clamped to the end of the text
}

TEST(TextColumnsTest, ArabicCombiningMarksHaveZeroWidth) {
  EXPECT_TRUE(IsZeroWidth(U'\u064E'));   // fatha
  EXPECT_TRUE(IsZeroWidth(U'\u0651'));   // shadda
  EXPECT_TRUE(IsZeroWidth(U'\u0670'));   // superscript alef
  EXPECT_TRUE(IsZeroWidth(U'\u0301'));   // combining acute
  EXPECT_FALSE(IsZeroWidth(U'\u0640'));  // tatweel is a visible stroke
  EXPECT_FALSE(IsZeroWidth(U'\u0628'));  // beh
  EXPECT_FALSE(IsZeroWidth(U'a'));
  EXPECT_EQ(DisplayWidth("قَرَه"), 3u);
  EXPECT_EQ(DisplayWidth("abc"), 3u);
  EXPECT_EQ(DisplayWidth("\xff"), 1u);  // a malformed byte still takes a column
}

TEST(TextColumnsTest, CaretPaddingKeepsTabsAndSkipsMarks) {
  EXPECT_EQ(CaretPadding("\tقَر x"), "\t    ");
  EXPECT_EQ(CaretPadding(""), "");
}

}  // namespace
}  // namespace marsad::grammar::query
