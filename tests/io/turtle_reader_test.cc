#include <string>
#include <vector>

#include "graph_isomorphism.h"
#include "reader_test_util.h"
#include "support/test_util.h"

namespace marsad::testing {
namespace {

using ::testing::HasSubstr;

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

Term Rdf(const char* local) { return Term::Iri(std::string(kRdf) + local); }
Quad Triple(Term s, Term p, Term o) { return Quad{std::move(s), std::move(p), std::move(o), {}}; }

TEST(TurtleReaderTest, ReadsPrefixesAbbreviationsAndLiteralForms) {
  const ReadOutcome r = ReadString(R"(@prefix ex: <http://ex/> .
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
ex:s a ex:Class ;
     ex:p "مرصد"@AR, 'single', """long
"quoted" text""" ;
     ex:n 42, -1.5, 1e3, true ;
     ex:d "2026-11-23"^^xsd:date ;
     ex:q <relative#x> .
)",
                                   RdfFormat::kTurtle, false, "http://base.example/doc");
  ASSERT_OK(r.status);
  const std::vector<Quad> expected = {
      Triple(Ex("s"), Rdf("type"), Ex("Class")),
      Triple(Ex("s"), Ex("p"), Term::LangLiteral("مرصد", "ar")),
      Triple(Ex("s"), Ex("p"), Term::Literal("single")),
      Triple(Ex("s"), Ex("p"), Term::Literal("long\n\"quoted\" text")),
      Triple(Ex("s"), Ex("n"), Term::Integer(42)),
      Triple(Ex("s"), Ex("n"), Term::Typed("-1.5", std::string(xsd::kDecimal))),
      Triple(Ex("s"), Ex("n"), Term::Typed("1e3", std::string(xsd::kDouble))),
      Triple(Ex("s"), Ex("n"), Term::Boolean(true)),
      Triple(Ex("s"), Ex("d"), Term::Typed("2026-11-23", std::string(xsd::kDate))),
      Triple(Ex("s"), Ex("q"), Term::Iri("http://base.example/relative#x")),
  };
  EXPECT_EQ(r.quads, expected);
}

TEST(TurtleReaderTest, ExpandsBlankNodePropertyListsAndCollections) {
  const ReadOutcome r = ReadString(
      "@prefix ex: <http://ex/> .\n"
      "[ ex:name \"خبر\" ] ex:list ( ex:a ( ) [ ex:p 1 ] ) .\n",
      RdfFormat::kTurtle);
  ASSERT_OK(r.status);
  const Term b = Term::Blank("b"), l1 = Term::Blank("l1"), l2 = Term::Blank("l2"),
             l3 = Term::Blank("l3"), inner = Term::Blank("inner");
  const std::vector<Quad> expected = {
      Triple(b, Ex("name"), Term::Literal("خبر")),
      Triple(inner, Ex("p"), Term::Integer(1)),
      Triple(l1, Rdf("first"), Ex("a")),
      Triple(l1, Rdf("rest"), l2),
      Triple(l2, Rdf("first"), Rdf("nil")),
      Triple(l2, Rdf("rest"), l3),
      Triple(l3, Rdf("first"), inner),
      Triple(l3, Rdf("rest"), Rdf("nil")),
      Triple(b, Ex("list"), l1),
  };
  EXPECT_TRUE(IsomorphicGraphs(r.quads, expected)) << r.quads.size() << " quads";
}

TEST(TurtleReaderTest, GeneratedBlankNodesNeverCollideWithDocumentLabels) {
  const ReadOutcome r =
      ReadString("<http://ex/s> <http://ex/p> _:anon1, [] .\n", RdfFormat::kTurtle);
  ASSERT_OK(r.status);
  ASSERT_EQ(r.quads.size(), 2u);
  EXPECT_NE(r.quads[0].object, r.quads[1].object);
}

struct TurtleErrorCase {
  std::string document;
  std::uint64_t line;
  std::uint64_t column;
  std::string message_part;
};

std::vector<TurtleErrorCase> ErrorCases() {
  const std::string prefix = "@prefix ex: <http://ex/> .\n";
  return {
      {prefix + "ex:s ex:p \"مرصد\" ;\n     ex:q \"خبر\" ex:r .\n", 3, 17, "expected '.'"},
      {prefix + "ex:s ex:p ( ex:a .\n", 2, 18, "expected ')'"},
      {prefix + "ex:s ex:p [ ex:q ex:a .\n", 2, 23, "expected ']'"},
      {prefix + "ex:s nope:p ex:o .\n", 2, 6, "undefined prefix 'nope:'"},
      {prefix + "ex:s ex:p .\n", 2, 11, "expected an object"},
      {prefix + "ex:s ex:p ex:o, .\n", 2, 17, "expected an object after ','"},
      {prefix + "ex:s \"p\" ex:o .\n", 2, 6, "expected a predicate"},
      {"@prefix ex <http://ex/> .\n", 1, 9, "expected a prefix name"},
      {"@base <http://ex/> \n<a> <b> <c> .", 2, 1, "expected '.' to end the directive"},
      {"<a> <b> <c> .\n", 1, 1, "no base IRI"},
      {prefix + "ex:s ex:p \"مر\xC3\" .\n", 2, 14, "invalid UTF-8 byte 0xC3"},
      {prefix + "ex:s ex:p \"\\uDC00\" .\n", 2, 12, "surrogate"},
      {prefix + "\"subject\" ex:p ex:o .\n", 2, 1, "expected a statement"},
      {prefix + "ex:s ex:p " + std::string(300, '(') + "\n", 2, 267, "nesting"},
  };
}

TEST(TurtleReaderTest, ReportsErrorsWithLineAndCodePointColumn) {
  for (const TurtleErrorCase& c : ErrorCases()) {
    const ReadOutcome r = ReadString(c.document, RdfFormat::kTurtle);
    EXPECT_EQ(r.status.code(), StatusCode::kSyntaxError) << c.document;
    EXPECT_THAT(r.status.message(), HasSubstr(c.message_part)) << c.document;
    ASSERT_TRUE(r.status.where().has_value()) << c.document;
    EXPECT_EQ(r.status.where()->line, c.line) << c.document << r.status.ToString();
    EXPECT_EQ(r.status.where()->column, c.column) << c.document << r.status.ToString();
  }
}

TEST(TurtleReaderTest, DeliversNothingOfTheFailingStatement) {
  const ReadOutcome r =
      ReadString("@prefix ex: <http://ex/> .\nex:a ex:p 1 .\nex:b ex:p 2 ; ex:q 3 ; ex:r .\n",
                 RdfFormat::kTurtle);
  EXPECT_EQ(r.status.code(), StatusCode::kSyntaxError);
  ASSERT_EQ(r.quads.size(), 1u);
  EXPECT_EQ(r.quads[0].subject, Ex("a"));
}

}  // namespace
}  // namespace marsad::testing
