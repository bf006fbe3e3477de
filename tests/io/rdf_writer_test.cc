#include "io/rdf_writer.h"

#include <sstream>
#include <string>
#include <vector>

#include "graph_isomorphism.h"
#include "reader_test_util.h"
#include "support/test_util.h"

namespace marsad::testing {
namespace {

using ::testing::HasSubstr;

Result<std::string> WriteAll(const std::vector<Quad>& quads, RdfFormat format,
                             const io::WriterOptions& options = {}) {
  std::ostringstream out;
  std::unique_ptr<io::RdfWriter> writer = io::MakeRdfWriter(out, format, options);
  for (const Quad& quad : quads) {
    Status status = writer->Write(quad);
    if (!status.ok()) return status;
  }
  Status status = writer->Finish();
  if (!status.ok()) return status;
  return out.str();
}

// Terms that stress the escaping and the short forms.
std::vector<Quad> TrickyGraph(bool with_graphs) {
  const Term g = with_graphs ? Ex("g") : Term();
  return {
      {Ex("s"), Ex("p"), Term::Literal("tab\t nl\n cr\r quote\" bs\\ bell\x07 del\x7F"), g},
      {Ex("s"), Ex("p"), Term::LangLiteral("مرصد الأخبار", "ar"), g},
      {Ex("s"), Ex("n"), Term::Integer(-42), {}},
      {Ex("s"), Ex("n"), Term::Typed("1.50", std::string(xsd::kDecimal)), g},
      {Ex("s"), Ex("n"), Term::Typed("1", std::string(xsd::kDecimal)), g},
      {Ex("s"), Ex("n"), Term::Typed("4.2E9", std::string(xsd::kDouble)), g},
      {Ex("s"), Ex("n"), Term::Typed("NaN", std::string(xsd::kDouble)), g},
      {Ex("s"), Ex("b"), Term::Boolean(false), g},
      {Ex("s"), Ex("b"), Term::Typed("1", std::string(xsd::kBoolean)), g},
      {Term::Blank("x1"), Term::Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), Ex("Class"),
       g},
      {Term::Blank("x1"), Ex("local.with.dots."), Term::Iri("http://other/أخبار#1"), g},
      {Ex("s"), Ex("p"), Term::Typed("2026-11-23", std::string(xsd::kDate)), g},
  };
}

TEST(RdfWriterTest, NQuadsRoundTripsExactly) {
  const std::vector<Quad> quads = TrickyGraph(/*with_graphs=*/true);
  Result<std::string> text = WriteAll(quads, RdfFormat::kNQuads);
  ASSERT_OK(text);
  const ReadOutcome back = ReadString(*text, RdfFormat::kNQuads);
  ASSERT_OK(back.status);
  EXPECT_EQ(back.quads, quads);
}

TEST(RdfWriterTest, NTriplesAndTurtleRoundTripWithoutGraphs) {
  const std::vector<Quad> with_graphs = TrickyGraph(/*with_graphs=*/true);
  const std::vector<Quad> expected = TrickyGraph(/*with_graphs=*/false);
  io::WriterOptions options;
  options.prefixes = {{"ex", "http://ex/"}, {"xsd", "http://www.w3.org/2001/XMLSchema#"}};
  for (RdfFormat format : {RdfFormat::kNTriples, RdfFormat::kTurtle}) {
    Result<std::string> text = WriteAll(with_graphs, format, options);
    ASSERT_OK(text);
    const ReadOutcome back = ReadString(*text, format);
    ASSERT_OK(back.status);
    EXPECT_EQ(back.quads, expected) << *text;
  }
}

TEST(TurtleWriterTest, WritesPrefixesGroupsAndShortForms) {
  io::WriterOptions options;
  options.prefixes = {{"ex", "http://ex/"}, {"xsd", "http://www.w3.org/2001/XMLSchema#"}};
  const Term type = Term::Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
  const std::vector<Quad> quads = {
      {Ex("s"), type, Ex("Person"), {}},
      {Ex("s"), Ex("name"), Term::LangLiteral("مرصد", "ar"), {}},
      {Ex("s"), Ex("name"), Term::Literal("Marsad"), {}},
      {Ex("s"), Ex("age"), Term::Integer(7), {}},
      {Ex("s"), Ex("born"), Term::Typed("2019-01-01", std::string(xsd::kDate)), {}},
      {Term::Blank("b0"), Ex("p"), Term::Iri("http://elsewhere/x y"), {}},
  };
  Result<std::string> text =
      WriteAll({quads.begin(), quads.end() - 1}, RdfFormat::kTurtle, options);
  ASSERT_OK(text);
  EXPECT_EQ(*text,
            "@prefix ex: <http://ex/> .\n"
            "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
            "\n"
            "ex:s a ex:Person ;\n"
            "    ex:name \"مرصد\"@ar, \"Marsad\" ;\n"
            "    ex:age 7 ;\n"
            "    ex:born \"2019-01-01\"^^xsd:date .\n");
}

TEST(TurtleWriterTest, StartsANewBlockPerSubjectAndUsesFullIrisWhenNoPrefixFits) {
  io::WriterOptions options;
  options.prefixes = {{"ex", "http://ex/"}};
  Result<std::string> text = WriteAll({{Ex("a"), Ex("p"), Ex("x."), {}},
                                       {Term::Blank("n1"), Ex("p"), Ex("a"), {}},
                                       {Ex("a"), Ex("p"), Ex(""), {}}},
                                      RdfFormat::kTurtle, options);
  ASSERT_OK(text);
  EXPECT_EQ(*text,
            "@prefix ex: <http://ex/> .\n\n"
            "ex:a ex:p <http://ex/x.> .\n"
            "_:n1 ex:p ex:a .\n"
            "ex:a ex:p ex: .\n");
}

TEST(RdfWriterTest, RejectsIrisThatNoReaderAcceptsAndLeavesOutputUntouched) {
  for (RdfFormat format : {RdfFormat::kNTriples, RdfFormat::kNQuads, RdfFormat::kTurtle}) {
    std::ostringstream out;
    std::unique_ptr<io::RdfWriter> writer = io::MakeRdfWriter(out, format);
    ASSERT_OK(writer->Write({Ex("a"), Ex("p"), Ex("o"), {}}));
    EXPECT_STATUS(writer->Write({Ex("a"), Ex("p"), Term::Iri("http://x/a b"), {}}),
                  StatusCode::kInvalidArgument, HasSubstr("<http://x/a b>"));
    ASSERT_OK(writer->Finish());
    const ReadOutcome back = ReadString(out.str(), format);
    ASSERT_OK(back.status);
    EXPECT_EQ(back.quads.size(), 1u);
  }
}

TEST(RdfWriterTest, EncodesInvalidBlankLabelsStably) {
  Result<std::string> text =
      WriteAll({{Term::Blank("a b"), Ex("p"), Term::Blank("a b"), {}}}, RdfFormat::kNTriples);
  ASSERT_OK(text);
  EXPECT_EQ(*text, "_:_x612062 <http://ex/p> _:_x612062 .\n");
}

TEST(GraphIsomorphismTest, MatchesRenamedBlankNodesOnly) {
  const std::vector<Quad> a = {{Term::Blank("a"), Ex("p"), Term::Blank("b"), {}},
                               {Term::Blank("b"), Ex("p"), Term::Blank("a"), {}},
                               {Term::Blank("a"), Ex("q"), Term::Literal("x"), {}}};
  const std::vector<Quad> renamed = {{Term::Blank("y"), Ex("p"), Term::Blank("x"), {}},
                                     {Term::Blank("x"), Ex("p"), Term::Blank("y"), {}},
                                     {Term::Blank("x"), Ex("q"), Term::Literal("x"), {}}};
  const std::vector<Quad> different = {{Term::Blank("y"), Ex("p"), Term::Blank("x"), {}},
                                       {Term::Blank("x"), Ex("p"), Term::Blank("y"), {}},
                                       {Term::Blank("x"), Ex("q"), Term::Literal("z"), {}}};
  const std::vector<Quad> merged = {{Term::Blank("a"), Ex("p"), Term::Blank("a"), {}},
                                    {Term::Blank("a"), Ex("q"), Term::Literal("x"), {}}};
  EXPECT_TRUE(IsomorphicGraphs(a, renamed));
  EXPECT_FALSE(IsomorphicGraphs(a, different));
  EXPECT_FALSE(IsomorphicGraphs(a, merged));
  EXPECT_FALSE(IsomorphicGraphs(a, {}));
}

}  // namespace
}  // namespace marsad::testing
