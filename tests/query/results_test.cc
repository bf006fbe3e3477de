#include <gtest/gtest.h>

#include <sstream>

#include "query/results/result_reader.h"
#include "query/results/result_writer.h"
#include "support/test_util.h"

namespace marsad::query::results {
namespace {

const std::vector<std::string> kVars = {"s", "label"};

std::vector<std::vector<Term>> SampleRows() {
  return {
      {Term::Iri("http://marsad.dev/entity/karabakh"), Term::LangLiteral("قره باغ", "ar")},
      {Term::Blank("b0"), Term::Literal("a \"quoted\", value\nwith newline")},
      {Term::Iri("http://x/y"), Term()},  // unbound
      {Term(), Term::Integer(42)},
  };
}

std::string Write(ResultFormat format) {
  std::ostringstream out;
  auto writer = MakeResultWriter(out, format);
  writer->Begin(kVars);
  for (const auto& row : SampleRows()) writer->Row(row);
  writer->End();
  return out.str();
}

// Each typed format reads back to exactly the terms written.
TEST(ResultFormatsTest, JsonXmlAndTsvRoundTripEveryTerm) {
  struct Format {
    ResultFormat format;
    Result<ResultTable> (*read)(std::string_view);
  };
  const Format formats[] = {{ResultFormat::kJson, ReadJsonResults},
                            {ResultFormat::kXml, ReadXmlResults},
                            {ResultFormat::kTsv, ReadTsvResults}};
  for (const Format& f : formats) {
    const std::string text = Write(f.format);
    Result<ResultTable> table = f.read(text);
    ASSERT_OK(table);
    EXPECT_EQ(table->variables, kVars) << text;
    EXPECT_EQ(table->rows, SampleRows()) << text;
  }
}

TEST(ResultFormatsTest, CsvQuotesFieldsAndDropsTypes) {
  const std::string text = Write(ResultFormat::kCsv);
  EXPECT_NE(text.find("\"a \"\"quoted\"\", value\nwith newline\""), std::string::npos) << text;
  Result<ResultTable> table = ReadCsvResults(text);
  ASSERT_OK(table);
  ASSERT_EQ(table->rows.size(), 4u);
  EXPECT_EQ(table->rows[0][1], Term::Literal("قره باغ"));  // language tag lost, as CSV does
  EXPECT_EQ(table->rows[1][0], Term::Blank("b0"));
  EXPECT_EQ(table->rows[3][1], Term::Literal("42"));
}

TEST(ResultFormatsTest, BooleanResults) {
  std::ostringstream json, xml;
  auto jw = MakeResultWriter(json, ResultFormat::kJson);
  jw->Boolean(true);
  jw->End();
  auto xw = MakeResultWriter(xml, ResultFormat::kXml);
  xw->Boolean(false);
  xw->End();
  auto j = ReadJsonResults(json.str());
  ASSERT_OK(j);
  EXPECT_EQ(j->boolean, true);
  auto x = ReadXmlResults(xml.str());
  ASSERT_OK(x);
  EXPECT_EQ(x->boolean, false);
}

TEST(ResultFormatsTest, TableAlignsColumnsByCodePoints) {
  const std::string text = Write(ResultFormat::kTable);
  EXPECT_NE(text.find("| قره باغ@ar "), std::string::npos) << text;
  EXPECT_NE(text.find("4 rows"), std::string::npos);
  std::istringstream lines(text);
  std::string first, line;
  std::getline(lines, first);
  // Every rule line has the same length as the first one.
  while (std::getline(lines, line)) {
    if (!line.empty() && line[0] == '+') {
      EXPECT_EQ(line, first);
    }
  }
}

TEST(TermTextTest, ParsesTurtleShorthands) {
  std::size_t used = 0;
  EXPECT_EQ(*ParseTermText("12", &used), Term::Integer(12));
  EXPECT_EQ(ParseTermText("1.5", &used)->datatype(), std::string(xsd::kDecimal));
  EXPECT_EQ(*ParseTermText("\"a\\tb\"@en", &used), Term::LangLiteral("a\tb", "en"));
  EXPECT_EQ(*ParseTermText("\"\\u0627\"", &used), Term::Literal("ا"));
  EXPECT_FALSE(ParseTermText("\"open", &used).ok());
}

}  // namespace
}  // namespace marsad::query::results
