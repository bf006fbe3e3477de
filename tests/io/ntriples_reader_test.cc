#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "reader_test_util.h"
#include "support/test_util.h"

namespace marsad::testing {
namespace {

using ::testing::HasSubstr;

struct ObjectCase {
  std::string object_text;  // as written in the document
  Term expected;
};

// Every literal and term form N-Triples has, each as the object of one triple.
std::vector<ObjectCase> ObjectCases() {
  return {
      {"<http://ex/o>", Ex("o")},
      {"_:b1", Term::Blank("b1")},
      {"\"plain\"", Term::Literal("plain")},
      {"\"\"", Term::Literal("")},
      {"\"chat\"@FR-be", Term::LangLiteral("chat", "fr-be")},
      {"\"مرصد الأخبار\"@ar", Term::LangLiteral("مرصد الأخبار", "ar")},
      {"\"7\"^^<http://www.w3.org/2001/XMLSchema#integer>", Term::Integer(7)},
      {"\"x\"^^<http://www.w3.org/2001/XMLSchema#string>", Term::Literal("x")},
      {"\"2026-11-23\"^^<http://www.w3.org/2001/XMLSchema#date>",
       Term::Typed("2026-11-23", std::string(xsd::kDate))},
      {R"("tab\tnl\nquote\"bs\\cr\rbs\bff\f")", Term::Literal("tab\tnl\nquote\"bs\\cr\rbs\bff\f")},
      {R"("\u0645\u0631\u0635\u062F")", Term::Literal("مرصد")},
      {R"("\U0001F600")", Term::Literal("\xF0\x9F\x98\x80")},
      {R"("it's")", Term::Literal("it's")},
  };
}

TEST(NTriplesReaderTest, ReadsEveryObjectForm) {
  for (const ObjectCase& c : ObjectCases()) {
    const ReadOutcome r =
        ReadString("<http://ex/s> <http://ex/p> " + c.object_text + " .\n", RdfFormat::kNTriples);
    ASSERT_OK(r.status);
    ASSERT_EQ(r.quads.size(), 1u) << c.object_text;
    EXPECT_EQ(r.quads[0].subject, Ex("s"));
    EXPECT_EQ(r.quads[0].predicate, Ex("p"));
    EXPECT_EQ(r.quads[0].object, c.expected) << c.object_text;
    EXPECT_TRUE(r.quads[0].graph.is_null());
  }
}

// The parser reuses its scratch term and the reader's quad from line to line (their string
// buffers pass back and forth): a handler that copies the quad and leaves it in place must
// still see every line's own terms, with no datatype, language or graph left over from the
// line before, whatever order the term forms come in.
TEST(NTriplesReaderTest, ReusedQuadCarriesNothingOverBetweenLines) {
  std::vector<ObjectCase> cases = ObjectCases();
  for (std::size_t round = 0; round < 2; ++round) {
    std::string text;
    std::vector<Quad> expected;
    for (std::size_t i = 0; i < cases.size(); ++i) {
      const bool named = i % 2 == round;
      const std::string s = "s" + std::string(i * 7, 'x');  // lengths vary up and down
      text += "<http://ex/" + s + "> <http://ex/p" + std::to_string(i) + "> " +
              cases[i].object_text + (named ? " <http://ex/g> .\n" : " .\n");
      expected.push_back({Ex(s), Ex("p" + std::to_string(i)), cases[i].expected,
                          named ? Ex("g") : Term()});
    }
    std::istringstream in(text);
    io::ReaderOptions options;
    options.format = RdfFormat::kNQuads;
    std::vector<Quad> seen;
    ASSERT_OK(io::ReadRdf(in, options, [&seen](Quad& quad) {
      seen.push_back(quad);  // a copy: the reader keeps its buffers
      return Status::Ok();
    }));
    ASSERT_EQ(seen.size(), expected.size());
    for (std::size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], expected[i]) << i;
    std::reverse(cases.begin(), cases.end());
  }
}

TEST(NTriplesReaderTest, AcceptsCommentsBlankLinesAndAllLineEndings) {
  const ReadOutcome r = ReadString(
      "# header\n\n<http://ex/a> <http://ex/p> _:x . # trailing\r\n"
      "<http://ex/b><http://ex/p>\"v\".\r  \t\n<http://ex/c> <http://ex/p> <http://ex/d> .",
      RdfFormat::kNTriples);
  ASSERT_OK(r.status);
  ASSERT_EQ(r.quads.size(), 3u);
  EXPECT_EQ(r.quads[1].object, Term::Literal("v"));
  EXPECT_EQ(r.quads[2].object, Ex("d"));
}

TEST(NQuadsReaderTest, ReadsGraphLabelsAndDefaultGraph) {
  const ReadOutcome r = ReadString(
      "<http://ex/s> <http://ex/p> \"a\" <http://ex/g> .\n"
      "<http://ex/s> <http://ex/p> \"b\" .\n"
      "<http://ex/s> <http://ex/p> \"c\" _:g .\n",
      RdfFormat::kNQuads);
  ASSERT_OK(r.status);
  ASSERT_EQ(r.quads.size(), 3u);
  EXPECT_EQ(r.quads[0].graph, Ex("g"));
  EXPECT_TRUE(r.quads[1].graph.is_null());
  EXPECT_EQ(r.quads[2].graph, Term::Blank("g"));
}

TEST(NTriplesReaderTest, RejectsGraphLabel) {
  const ReadOutcome r =
      ReadString("<http://ex/s> <http://ex/p> \"a\" <http://ex/g> .\n", RdfFormat::kNTriples);
  EXPECT_STATUS(r.status, StatusCode::kSyntaxError, HasSubstr("expected '.'"));
}

struct BadLineCase {
  std::string document;
  std::uint64_t line;
  std::uint64_t column;  // in code points
  std::string message_part;
};

// The column counts code points, so Arabic text before the error moves it by one per letter.
std::vector<BadLineCase> BadLineCases() {
  return {
      {"<http://ex/s> <http://ex/p> <http://ex/o>\n", 1, 42, "expected '.'"},
      {"<http://ex/s> <http://ex/p> <http://ex/o> . x\n", 1, 45, "expected the end of the line"},
      {"\n<http://ex/s> <http://ex/ p> <http://ex/o> .\n", 2, 26, "expected '>'"},
      {"<http://ex/s> <http://ex/p> \"مرصد\" x .\n", 1, 36, "expected '.' to end the triple"},
      {"<http://ex/s> <http://ex/p> \"مرصد\"@ .\n", 1, 36, "expected a language tag"},
      {"<http://ex/s> <http://ex/p> \"مرصد\\q\" .\n", 1, 34, "invalid escape"},
      {"<http://ex/s> <http://ex/p> \"a\\uD800\" .\n", 1, 31, "surrogate"},
      {"<s> <http://ex/p> <http://ex/o> .\n", 1, 1, "absolute"},
      {"<http://ex/s> \"p\" <http://ex/o> .\n", 1, 15, "expected a predicate IRI"},
      {"<http://ex/s> <http://ex/p> .\n", 1, 29, "expected an object"},
      {"\"s\" <http://ex/p> <http://ex/o> .\n", 1, 1, "expected a subject"},
      {"<http://ex/s> <http://ex/p> \"open .\n", 1, 36, "expected '\"'"},
      {"<http://ex/s> <http://ex/p> \"مر\xC3\" .\n", 1, 32, "invalid UTF-8 byte 0xC3"},
      {"<http://ex/s> <http://ex/p> 12 .\n", 1, 29, "expected an object"},
  };
}

TEST(NTriplesReaderTest, ReportsBadLineWithLineAndCodePointColumn) {
  for (const BadLineCase& c : BadLineCases()) {
    const ReadOutcome r = ReadString(c.document, RdfFormat::kNTriples);
    EXPECT_EQ(r.status.code(), StatusCode::kSyntaxError) << c.document;
    EXPECT_THAT(r.status.message(), HasSubstr(c.message_part)) << c.document;
    ASSERT_TRUE(r.status.where().has_value()) << c.document;
    EXPECT_EQ(r.status.where()->source, "test");
    EXPECT_EQ(r.status.where()->line, c.line) << c.document << r.status.ToString();
    EXPECT_EQ(r.status.where()->column, c.column) << c.document << r.status.ToString();
    EXPECT_TRUE(r.quads.empty());
  }
}

TEST(NTriplesReaderTest, ErrorOffsetIsAbsoluteByteOffset) {
  const std::string doc =
      "<http://ex/s> <http://ex/p> \"ok\" .\n<http://ex/s> <http://ex/p> \"مرصد\" x .\n";
  const ReadOutcome r = ReadString(doc, RdfFormat::kNTriples);
  ASSERT_TRUE(r.status.where().has_value());
  EXPECT_EQ(r.status.where()->offset, doc.find(" x .") + 1);
  EXPECT_EQ(r.quads.size(), 1u);  // the line before the bad one was delivered
}

TEST(NTriplesReaderTest, SkipBadReportsEachBadLineAndKeepsGoodOnes) {
  const ReadOutcome r = ReadString(
      "<http://ex/a> <http://ex/p> \"1\" .\n"
      "<http://ex/b> <http://ex/p> \"2\"\n"
      "<http://ex/c> <http://ex/p> \"3\" .\n"
      "garbage\n",
      RdfFormat::kNTriples, /*skip_bad=*/true);
  ASSERT_OK(r.status);
  ASSERT_EQ(r.quads.size(), 2u);
  EXPECT_EQ(r.quads[0].subject, Ex("a"));
  EXPECT_EQ(r.quads[1].subject, Ex("c"));
  ASSERT_EQ(r.bad_lines.size(), 2u);
  EXPECT_EQ(r.bad_lines[0].where()->line, 2u);
  EXPECT_EQ(r.bad_lines[1].where()->line, 4u);
}

TEST(NTriplesReaderTest, HandlerErrorStopsTheRead) {
  std::istringstream in(
      "<http://ex/a> <http://ex/p> \"1\" .\n<http://ex/b> <http://ex/p> \"2\" .\n");
  io::ReaderOptions options;
  int calls = 0;
  const Status status = io::ReadRdf(in, options, [&calls](Quad&) {
    ++calls;
    return Status(StatusCode::kCancelled, "stop");
  });
  EXPECT_EQ(status.code(), StatusCode::kCancelled);
  EXPECT_EQ(calls, 1);
}

TEST(NTriplesReaderTest, SkipsByteOrderMarkAndReportsProgressToTheEnd) {
  const std::string doc = "\xEF\xBB\xBF<http://ex/s> <http://ex/p> \"x\" .\n";
  std::istringstream in(doc);
  io::ReaderOptions options;
  std::uint64_t last_progress = 0;
  options.on_progress = [&last_progress](std::uint64_t bytes) { last_progress = bytes; };
  int quads = 0;
  ASSERT_OK(io::ReadRdf(in, options, [&quads](Quad&) {
    ++quads;
    return Status::Ok();
  }));
  EXPECT_EQ(quads, 1);
  EXPECT_EQ(last_progress, doc.size());
}

// Lines cross the reader's 1 MiB chunk boundaries; one line is longer than a chunk.
TEST(NTriplesReaderTest, ReadsAcrossChunkBoundariesAndLongLines) {
  std::string doc;
  const std::string long_text(1500000, 'x');
  doc += "<http://ex/long> <http://ex/p> \"" + long_text + "\" .\r\n";
  for (int i = 0; i < 40000; ++i) {
    doc += "<http://ex/s" + std::to_string(i) + "> <http://ex/p> \"مرصد " + std::to_string(i) +
           "\" .\r\n";
  }
  doc += "<http://ex/s> <http://ex/p> bad .\n";
  const ReadOutcome r = ReadString(doc, RdfFormat::kNTriples);
  EXPECT_EQ(r.status.code(), StatusCode::kSyntaxError);
  ASSERT_TRUE(r.status.where().has_value());
  EXPECT_EQ(r.status.where()->line, 40002u);
  EXPECT_EQ(r.status.where()->offset, doc.size() - 6);
  ASSERT_EQ(r.quads.size(), 40001u);
  EXPECT_EQ(r.quads[0].object.value().size(), long_text.size());
  EXPECT_EQ(r.quads[40000].object, Term::Literal("مرصد 39999"));
}

// The first CR line breaks come after more than a chunk of LF-only lines: lone CRs and CRLFs
// still end lines (the splitter only starts looking for CRs once it has read one).
TEST(NTriplesReaderTest, FindsCrLineBreaksThatFirstAppearAfterAChunkOfLfLines) {
  std::string doc;
  int lines = 0;
  while (doc.size() < (3u << 19)) {  // 1.5 MiB
    doc += "<http://ex/s" + std::to_string(lines++) + "> <http://ex/p> \"v\" .\n";
  }
  doc += "<http://ex/cr1> <http://ex/p> \"a\" .\r<http://ex/cr2> <http://ex/p> \"b\" .\r\n";
  doc += "<http://ex/s> <http://ex/p> bad .\r";
  const ReadOutcome r = ReadString(doc, RdfFormat::kNTriples);
  EXPECT_EQ(r.status.code(), StatusCode::kSyntaxError);
  ASSERT_TRUE(r.status.where().has_value());
  EXPECT_EQ(r.status.where()->line, static_cast<std::uint64_t>(lines) + 3);
  ASSERT_EQ(r.quads.size(), static_cast<std::size_t>(lines) + 2);
  EXPECT_EQ(r.quads[lines].subject, Term::Iri("http://ex/cr1"));
  EXPECT_EQ(r.quads[lines + 1].subject, Term::Iri("http://ex/cr2"));
}

}  // namespace
}  // namespace marsad::testing
