#include "tools/shell/printers/table_printer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "text/display_width.h"
#include "tools/shell/printers/bidi.h"
#include "tools/shell/printers/cell_format.h"

namespace marsad::shell {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string Print(TableStyle style, const DisplaySettings& settings,
                  const std::vector<std::string>& variables,
                  const std::vector<std::vector<Term>>& rows) {
  std::ostringstream out;
  TablePrinter printer(out, style, settings, DefaultPrefixes());
  printer.Begin(variables);
  for (const auto& row : rows) printer.Row(row);
  printer.End();
  return out.str();
}

// Lines of `text`, with the bidi isolates removed (they take no column).
std::vector<std::string> Lines(std::string text) {
  for (std::string_view mark : {kFirstStrongIsolate, kPopDirectionalIsolate}) {
    for (std::size_t at; (at = text.find(mark)) != std::string::npos;) text.erase(at, mark.size());
  }
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(TablePrinterTest, PrintsAsciiTableWithPrefixedIrisAndRowCount) {
  const std::string out =
      Print(TableStyle::kAscii, {}, {"s", "n"},
            {{Term::Iri("http://marsad.dev/ns#Person"), Term::Integer(7)},
             {Term::Iri("http://example.org/x"), Term::Integer(12)}});
  EXPECT_EQ(out,
            "+------------------------+----+\n"
            "| s                      | n  |\n"
            "+------------------------+----+\n"
            "| marsad:Person          |  7 |\n"
            "| <http://example.org/x> | 12 |\n"
            "+------------------------+----+\n"
            "2 rows\n");
}

TEST(TablePrinterTest, BoxStyleDrawsUnicodeRules) {
  const std::string out = Print(TableStyle::kBox, {}, {"x"}, {{Term::Literal("a")}});
  EXPECT_EQ(out,
            "┌───┐\n"
            "│ x │\n"
            "├───┤\n"
            "│ a │\n"
            "└───┘\n"
            "1 row\n");
}

TEST(TablePrinterTest, ArabicColumnsAlignByDisplayWidthNotBytes) {
  // «بوتين» is 5 letters (10 bytes); with diacritics «مُحَمَّد» is 4 columns.
  const std::string out = Print(TableStyle::kAscii, {}, {"name", "en"},
                                {{Term::LangLiteral("بوتين", "ar"), Term::Literal("Putin")},
                                 {Term::LangLiteral("مُحَمَّد", "ar"), Term::Literal("Muhammad")},
                                 {Term::Literal("Lavrov"), Term::Literal("x")}});
  const std::vector<std::string> lines = Lines(out);
  ASSERT_GE(lines.size(), 7u);
  // Every table line has the same display width.
  const std::size_t width = text::DisplayWidth(lines[0]);
  for (std::size_t i = 0; i < 7; ++i) {
    EXPECT_EQ(text::DisplayWidth(lines[i]), width) << "line " << i << ": " << lines[i];
  }
  EXPECT_EQ(lines[3], "| بوتين  | Putin    |");
}

TEST(TablePrinterTest, WrapsRightToLeftValuesInIsolates) {
  const std::string out = Print(TableStyle::kAscii, {}, {"v"},
                                {{Term::LangLiteral("روسيا", "ar")}, {Term::Literal("Russia")}});
  EXPECT_THAT(out, HasSubstr("| \u2068روسيا\u2069  |"));
  EXPECT_THAT(out, HasSubstr("| Russia |"));
  EXPECT_THAT(out, Not(HasSubstr("\u2068Russia")));
}

TEST(TablePrinterTest, TruncatesLongValuesWithEllipsisAtTheWidthLimit) {
  DisplaySettings settings;
  settings.max_width = 8;
  const std::string out = Print(TableStyle::kAscii, settings, {"v"},
                                {{Term::Literal("abcdefghijklmnop")},
                                 {Term::LangLiteral("الجمهورية الإسلامية", "ar")}});
  const std::vector<std::string> lines = Lines(out);
  EXPECT_EQ(lines[3], "| abcdefg… |");
  EXPECT_EQ(lines[4], "| الجمهور… |");
}

TEST(TablePrinterTest, WrapContinuesLongValuesOnMoreLinesWithinTheColumn) {
  DisplaySettings settings;
  settings.max_width = 10;
  settings.wrap = true;
  const std::string out =
      Print(TableStyle::kAscii, settings, {"name", "n"},
            {{Term::LangLiteral("الجمهورية الإسلامية الإيرانية", "ar"), Term::Integer(3)},
             {Term::Literal("Sergei Lavrov"), Term::Integer(12)}});
  EXPECT_EQ(Lines(out), (std::vector<std::string>{
                            "+-----------+----+",
                            "| name      | n  |",
                            "+-----------+----+",
                            "| الجمهورية |  3 |",
                            "| الإسلامية |    |",
                            "| الإيرانية |    |",
                            "| Sergei    | 12 |",
                            "| Lavrov    |    |",
                            "+-----------+----+",
                            "2 rows",
                        }));
  // The column is as wide as its widest line, at most .width. Each wrapped piece of Arabic is
  // isolated on its own, so no line reorders its neighbours.
  EXPECT_THAT(out, HasSubstr("| \u2068الإسلامية\u2069 |    |\n"));
}

TEST(TablePrinterTest, BoxWrapsMixedArabicAndLatinAtTheWidth) {
  DisplaySettings settings;
  settings.max_width = 12;
  settings.wrap = true;
  const std::string out = Print(TableStyle::kBox, settings, {"v"},
                                {{Term::Literal("قمة NATO في مدريد")}});
  const std::vector<std::string> lines = Lines(out);
  ASSERT_EQ(lines.size(), 7u) << out;
  EXPECT_EQ(lines[3], "│ قمة NATO في │");
  EXPECT_EQ(lines[4], "│ مدريد       │");
  for (std::size_t i = 0; i < 6; ++i) EXPECT_EQ(text::DisplayWidth(lines[i]), 15u) << lines[i];
}

TEST(TablePrinterTest, WrapOffTruncatesTheSameValue) {
  DisplaySettings settings;
  settings.max_width = 12;
  const std::string out = Print(TableStyle::kBox, settings, {"v"},
                                {{Term::Literal("قمة NATO في مدريد")}});
  EXPECT_EQ(Lines(out)[3], "│ قمة NATO في… │");
}

TEST(TablePrinterTest, StopsAtTheRowLimitAndCountsTheRest) {
  DisplaySettings settings;
  settings.max_rows = 2;
  std::vector<std::vector<Term>> rows;
  for (int i = 0; i < 5; ++i) rows.push_back({Term::Integer(i)});
  const std::string out = Print(TableStyle::kAscii, settings, {"i"}, rows);
  EXPECT_EQ(out,
            "+---+\n"
            "| i |\n"
            "+---+\n"
            "| 0 |\n"
            "| 1 |\n"
            "+---+\n"
            "… 3 more rows\n"
            "5 rows\n");
}

TEST(TablePrinterTest, HeadersOffLeavesOutTheNameRow) {
  DisplaySettings settings;
  settings.headers = false;
  const std::string out =
      Print(TableStyle::kAscii, settings, {"long_name"}, {{Term::Literal("a")}});
  EXPECT_EQ(out, "+---+\n| a |\n+---+\n1 row\n");
}

TEST(TablePrinterTest, UnboundValuesAreEmptyCells) {
  const std::string out =
      Print(TableStyle::kAscii, {}, {"a", "b"}, {{Term::Literal("x"), Term()}});
  EXPECT_THAT(out, HasSubstr("| x |   |\n"));
}

TEST(TablePrinterTest, NewlinesInValuesDoNotBreakRows) {
  const std::string out = Print(TableStyle::kAscii, {}, {"v"}, {{Term::Literal("a\nb")}});
  EXPECT_THAT(out, HasSubstr("| a↵b |\n"));
}

TEST(TablePrinterTest, TranslitAddsLatinBesideArabic) {
  DisplaySettings settings;
  settings.translit = true;
  settings.max_width = 0;
  const std::string out = Print(TableStyle::kAscii, settings, {"v"},
                                {{Term::LangLiteral("بوتين", "ar")}, {Term::Literal("Putin")}});
  EXPECT_THAT(out, HasSubstr("بوتين ‹"));
  EXPECT_THAT(out, HasSubstr("| Putin "));
  EXPECT_THAT(out, Not(HasSubstr("Putin ‹")));
}

TEST(TablePrinterTest, BooleanPrintsTheAnswerOnly) {
  std::ostringstream out;
  TablePrinter printer(out, TableStyle::kAscii, {}, DefaultPrefixes());
  printer.Boolean(true);
  printer.End();
  EXPECT_EQ(out.str(), "true\n");
}

TEST(CellFormatTest, AbbreviatesOnlyPlainLocalNames) {
  EXPECT_EQ(AbbreviateIri("http://marsad.dev/ns#mentions", DefaultPrefixes()), "marsad:mentions");
  EXPECT_EQ(AbbreviateIri("http://marsad.dev/ns#a/b", DefaultPrefixes()),
            "<http://marsad.dev/ns#a/b>");
  EXPECT_EQ(AbbreviateIri("http://marsad.dev/ns#", DefaultPrefixes()), "<http://marsad.dev/ns#>");
}

TEST(CellFormatTest, TypedLiteralsShowTheirDatatype) {
  EXPECT_EQ(CellText(Term::Typed("2023-09-20", std::string(xsd::kDate)), DefaultPrefixes()),
            "2023-09-20");
  EXPECT_EQ(CellText(Term::Typed("PT1H", "http://www.w3.org/2001/XMLSchema#duration"),
                     DefaultPrefixes()),
            "\"PT1H\"^^xsd:duration");
  EXPECT_EQ(CellText(Term::Blank("b1"), DefaultPrefixes()), "_:b1");
}

TEST(CellFormatTest, TruncationKeepsCombiningMarksWithTheirLetter) {
  // م + damma, ح + fatha: cutting to 3 columns keeps two letters with their marks, then '…'.
  const std::string cut = TruncateToWidth("مُحَمَّد", 3);
  EXPECT_EQ(cut, "مُحَ…");
  EXPECT_EQ(text::DisplayWidth(cut), 3u);
}

TEST(CellFormatTest, SplitGraphemesKeepsMarksFlagsAndJoinersTogether) {
  EXPECT_EQ(SplitGraphemes("مُحَمَّد"),
            (std::vector<std::string_view>{"مُ", "حَ", "مَّ", "د"}));
  // A flag is two regional indicators; a family emoji is joined by ZWJ.
  EXPECT_EQ(SplitGraphemes("a\U0001F1EF\U0001F1F5\U0001F1F8\U0001F1E6b").size(), 4u);
  EXPECT_EQ(SplitGraphemes("\U0001F468\u200D\U0001F469\u200D\U0001F467!").size(), 2u);
  EXPECT_TRUE(SplitGraphemes("").empty());
}

TEST(CellFormatTest, TruncationNeverSplitsAFlag) {
  // Two flags take 4 columns; at 4 the second flag does not fit beside '…'.
  const std::string flags = "\U0001F1EF\U0001F1F5\U0001F1F8\U0001F1E6x";
  EXPECT_EQ(TruncateToWidth(flags, 4), "\U0001F1EF\U0001F1F5\u2026");
}

struct WrapCase {
  const char* text;
  std::size_t width;
  std::vector<std::string> lines;
};

TEST(CellFormatTest, WrapBreaksAtSpacesElseBetweenClusters) {
  const WrapCase cases[] = {
      {"short", 10, {"short"}},
      {"anything", 0, {"anything"}},
      {"one two three", 7, {"one two", "three"}},
      {"abcdefghij", 4, {"abcd", "efgh", "ij"}},
      {"ab cdefghij", 4, {"ab", "cdef", "ghij"}},
      // Harakat stay on their letter: «مُحَمَّد» is 4 columns, cut 2 + 2.
      {"مُحَمَّد", 2, {"مُحَ", "مَّد"}},
      {"وزير الخارجية الروسي", 8, {"وزير", "الخارجية", "الروسي"}},
      {"الرئيس Putin", 9, {"الرئيس", "Putin"}},
      {"a  b", 1, {"a", "b"}},
  };
  for (const WrapCase& c : cases) {
    const std::vector<std::string> lines = WrapToWidth(c.text, c.width);
    EXPECT_EQ(lines, c.lines) << c.text << " at " << c.width;
    if (c.width == 0) continue;
    for (const std::string& line : lines) EXPECT_LE(text::DisplayWidth(line), c.width) << line;
  }
}

TEST(BidiTest, DetectsRightToLeftScripts) {
  EXPECT_TRUE(ContainsRightToLeft("abc روسيا"));
  EXPECT_TRUE(ContainsRightToLeft("שלום"));
  EXPECT_FALSE(ContainsRightToLeft("Russia 2023"));
  EXPECT_EQ(IsolateIfRightToLeft("abc"), "abc");
  EXPECT_EQ(IsolateIfRightToLeft("قطر"), "\u2068قطر\u2069");
}

}  // namespace
}  // namespace marsad::shell
