// The one N-Triples term serialisation (base/ntriples_escape.h): Term::ToNTriples and the
// writers produce the same text, and that text reads back as the same term in N-Triples and
// Turtle; terms no reader could accept are refused by the writer.
#include <string>
#include <vector>

#include "base/ntriples_escape.h"
#include "grammar/rdf/lexical_checks.h"
#include "reader_test_util.h"
#include "support/test_util.h"

namespace marsad {
namespace {

using ::testing::HasSubstr;
using testing::ReadString;

// Writes `term` as the object of one statement, reads it back in `format`, returns the object.
Term RoundTrip(const Term& term, RdfFormat format) {
  std::string line = "<http://ex/s> <http://ex/p> ";
  EXPECT_OK(AppendNTriplesTerm(term, &line));
  line += " .\n";
  testing::ReadOutcome read = ReadString(line, format);
  EXPECT_TRUE(read.status.ok()) << line << read.status.ToString();
  if (read.quads.size() != 1) return Term();
  return read.quads[0].object;
}

std::vector<Term> TrickyLiterals() {
  std::vector<Term> terms;
  for (int c = 0; c < 0x20; ++c) {  // every control character, alone and inside text
    terms.push_back(Term::Literal(std::string(1, static_cast<char>(c))));
    terms.push_back(Term::Literal("a" + std::string(1, static_cast<char>(c)) + "b"));
  }
  for (const char* text :
       {"\x7F", "\"", "\"\"\"", "'", "\\", "\\\\", "\\n", "\\u0041", "\\U0001F600", "\\u00ZZ",
        "\\", "end\\", "\\\"", "tab\there", "𝄞 non-BMP 😀", "عربي \"مقتبس\"", "", "\r\n"}) {
    terms.push_back(Term::Literal(text));
  }
  terms.push_back(Term::LangLiteral("قال \"نعم\"\n", "ar-EG"));
  terms.push_back(Term::Typed("\\u0031", "http://www.w3.org/2001/XMLSchema#integer"));
  terms.push_back(Term::Typed("x", "http://ex/dt#with%20escape"));
  return terms;
}

TEST(TermEscapeTest, EveryTrickyLiteralRoundTripsThroughNTriplesAndTurtle) {
  for (const Term& term : TrickyLiterals()) {
    SCOPED_TRACE(term.ToNTriples());
    EXPECT_EQ(RoundTrip(term, RdfFormat::kNTriples), term);
    EXPECT_EQ(RoundTrip(term, RdfFormat::kTurtle), term);
  }
}

TEST(TermEscapeTest, ToNTriplesIsTheWritersText) {
  std::vector<Term> terms = TrickyLiterals();
  terms.push_back(Term::Iri("http://ex/ü/𝄞?q=1#f"));
  terms.push_back(Term::Blank("b1"));
  terms.push_back(Term::Blank("not a label"));
  for (const Term& term : terms) {
    std::string written;
    ASSERT_OK(AppendNTriplesTerm(term, &written));
    EXPECT_EQ(term.ToNTriples(), written);
  }
}

TEST(TermEscapeTest, ControlCharactersUseCanonicalEscapes) {
  EXPECT_EQ(Term::Literal("\t\b\n\r\f").ToNTriples(), R"("\t\b\n\r\f")");
  EXPECT_EQ(Term::Literal(std::string("\0\x01\x1F\x7F", 4)).ToNTriples(),
            R"("\u0000\u0001\u001F\u007F")");
  EXPECT_EQ(Term::Literal("a\"b\\c").ToNTriples(), R"("a\"b\\c")");
  EXPECT_EQ(Term::Literal("😀").ToNTriples(), "\"😀\"");  // non-BMP stays UTF-8
}

TEST(TermEscapeTest, IrisReadersRejectAreRefusedButStillDisplayed) {
  for (const char* iri : {"http://ex/a b", "http://ex/<x>", "http://ex/a\\b", "http://ex/{}",
                          "http://ex/\x01", "http://ex/a|b^c`d\"e"}) {
    std::string out;
    EXPECT_STATUS(AppendNTriplesTerm(Term::Iri(iri), &out), StatusCode::kInvalidArgument,
                  HasSubstr("IRI"));
    // The display form escapes the offending characters, and it is what ToNTriples returns.
    EXPECT_EQ(Term::Iri(iri).ToNTriples(), out);
    EXPECT_THAT(out, HasSubstr("\\u00"));
  }
  std::string out;
  EXPECT_OK(AppendIriRef("http://ex/a%20b", &out));
  EXPECT_EQ(out, "<http://ex/a%20b>");
}

TEST(TermEscapeTest, IriEscapesKeepTheRunsBetweenThemAndAppendAfterExistingText) {
  std::string out = "x ";
  EXPECT_FALSE(AppendIriRef("a b|c<", &out).ok());
  EXPECT_EQ(out, R"(x <a\u0020b\u007Cc\u003C>)");
  out = "y ";
  EXPECT_OK(AppendIriRef("http://ex/ü", &out));
  EXPECT_EQ(out, "y <http://ex/ü>");
}

TEST(TermEscapeTest, InvalidUtf8AndBadLanguageTagsAreRefused) {
  std::string out;
  EXPECT_STATUS(AppendNTriplesTerm(Term::Literal("bad \xC3("), &out),
                StatusCode::kInvalidArgument, HasSubstr("invalid UTF-8 at byte 4"));
  EXPECT_STATUS(AppendNTriplesTerm(Term::Iri("http://ex/\xFF"), &out),
                StatusCode::kInvalidArgument, HasSubstr("invalid UTF-8"));
  EXPECT_STATUS(AppendNTriplesTerm(Term::LangLiteral("x", "en_US"), &out),
                StatusCode::kInvalidArgument, HasSubstr("language tag"));
  EXPECT_STATUS(AppendNTriplesTerm(Term(), &out), StatusCode::kInvalidArgument,
                HasSubstr("unset"));
}

TEST(TermEscapeTest, LanguageTagCheckAgreesWithTheGrammar) {
  for (const char* tag : {"ar", "en-US", "zh-Hant-TW", "x-1", "de-1996", "", "-", "en-",
                          "en--us", "1en", "en_us", "ar-EG", "a-b-c", "é"}) {
    EXPECT_EQ(IsLangTag(tag), grammar::rdf::MatchesLangTag(tag)) << tag;
  }
}

TEST(TermEscapeTest, BlankLabelsAreWrittenInjectivelyAndReadBack) {
  // Plain labels stay; anything else (including labels that look like the hex form) is hex.
  const std::vector<std::string> labels = {"b1", "a-b", "_xc3a9", "x61", "a", "é", "a b", "-a",
                                           "a.b", "x", "1", "_"};
  std::vector<std::string> written;
  for (const std::string& label : labels) {
    std::string out;
    AppendBlankNode(label, &out);
    EXPECT_TRUE(grammar::rdf::MatchesBlankNodeLabel(out.substr(2))) << out;
    for (const std::string& earlier : written) EXPECT_NE(out, earlier) << label;
    written.push_back(out);
  }
  EXPECT_EQ(written[0], "_:b1");
  EXPECT_EQ(written[3], "_:x61");
  // "é" is written "_xc3a9", so a label that is literally "_xc3a9" must not be written as is.
  EXPECT_EQ(written[5], "_:_xc3a9");
  EXPECT_EQ(written[2], "_:_x5f7863336139");
  EXPECT_EQ(written[6], "_:_x612062");
  // A whole statement with such nodes reads back with one node per distinct label.
  std::string doc;
  for (const std::string& label : labels) {
    AppendBlankNode(label, &doc);
    doc += " <http://ex/p> ";
    AppendBlankNode(label, &doc);
    doc += " .\n";
  }
  testing::ReadOutcome read = ReadString(doc, RdfFormat::kNTriples);
  ASSERT_OK(read.status);
  ASSERT_EQ(read.quads.size(), labels.size());
  for (const Quad& q : read.quads) EXPECT_EQ(q.subject, q.object);
}

}  // namespace
}  // namespace marsad
