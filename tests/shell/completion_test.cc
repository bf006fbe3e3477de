#include "tools/shell/completion.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "support/test_util.h"

namespace marsad::shell {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

class FixedSource : public CompletionSource {
 public:
  std::vector<std::string> PredicateIris() override {
    return {"http://marsad.dev/ns#mentions", "http://marsad.dev/ns#meets",
            "http://www.w3.org/2000/01/rdf-schema#label", "http://example.org/vocab#weird/p"};
  }
  std::vector<std::string> EntityLabels() override {
    return {"أذربيجان", "أرمينيا", "قره باغ", "Vladimir Putin"};
  }
};

class CompleterTest : public ::testing::Test {
 protected:
  Completion Complete(std::string_view line, bool pending = false) {
    return completer_.Complete(line, pending);
  }
  FixedSource source_;
  Completer completer_{&source_};
};

TEST_F(CompleterTest, KeywordsInTheCaseTheUserTypes) {
  EXPECT_THAT(Complete("SEL").candidates, ElementsAre("SELECT"));
  EXPECT_THAT(Complete("sel").candidates, ElementsAre("select"));
  const Completion c = Complete("SELECT * WHERE { ?s ?p ?o } ORD");
  EXPECT_EQ(c.start, std::string("SELECT * WHERE { ?s ?p ?o } ").size());
  EXPECT_THAT(c.candidates, ElementsAre("ORDER"));
}

TEST_F(CompleterTest, PrefixesAndPrefixedPredicates) {
  EXPECT_THAT(Complete("SELECT * WHERE { ?s mars").candidates,
              ElementsAre("marsad:", "marsad:meets", "marsad:mentions"));
  EXPECT_THAT(Complete("SELECT * WHERE { ?s marsad:me").candidates,
              ElementsAre("marsad:meets", "marsad:mentions"));
  EXPECT_THAT(Complete("?s rdfs:").candidates, ElementsAre("rdfs:label"));
}

TEST_F(CompleterTest, PredicatesInAngleBracketsKeepTheirSlashes) {
  const Completion c = Complete("?s <http://example.org/vo");
  EXPECT_EQ(c.start, 3u);
  EXPECT_THAT(c.candidates, ElementsAre("<http://example.org/vocab#weird/p>"));
}

TEST_F(CompleterTest, EntityLabelsMatchAnyAlefSpellingAndCloseTheQuote) {
  // Typed with a bare alef; the label is written with hamza above.
  const Completion c = Complete("SELECT * WHERE { @\"اذر");
  EXPECT_EQ(c.start, std::string("SELECT * WHERE { @\"").size());
  EXPECT_THAT(c.candidates, ElementsAre("أذربيجان\""));
  EXPECT_THAT(Complete("?x ?p @\"قره ب").candidates, ElementsAre("قره باغ\""));
  EXPECT_THAT(Complete("@\"Vlad").candidates, ElementsAre("Vladimir Putin\""));
}

TEST_F(CompleterTest, ClosedLookupIsNotCompletedAsALabel) {
  EXPECT_THAT(Complete("@\"قره باغ\" marsad:me").candidates,
              ElementsAre("marsad:meets", "marsad:mentions"));
}

TEST_F(CompleterTest, VariablesAlreadyInTheLine) {
  EXPECT_THAT(Complete("SELECT ?person ?place WHERE { ?pe").candidates, ElementsAre("?person"));
}

TEST_F(CompleterTest, DotCommandsAtTheStartOfALine) {
  EXPECT_THAT(Complete(".mo").candidates, ElementsAre(".mode"));
  EXPECT_THAT(Complete(".mode b").candidates, ElementsAre("box"));
  EXPECT_THAT(Complete(".headers o").candidates, ElementsAre("off", "on"));
  EXPECT_THAT(Complete(".p").candidates, ElementsAre(".predicates", ".prefixes"));
}

TEST_F(CompleterTest, LeadingDotInsideAStatementIsNotACommand) {
  EXPECT_THAT(Complete(".mo", /*pending=*/true).candidates, IsEmpty());
}

TEST_F(CompleterTest, FileNamesAfterRead) {
  marsad::testing::TempDir dir;
  std::ofstream(dir.Sub("queries.rq")) << "ASK {};\n";
  std::ofstream(dir.Sub("questions.rq")) << "ASK {};\n";
  const std::string line = ".read " + dir.path().string() + "/que";
  const Completion c = Complete(line);
  EXPECT_EQ(c.start, std::string(".read ").size());
  EXPECT_THAT(c.candidates, ElementsAre(dir.path().string() + "/queries.rq",
                                        dir.path().string() + "/questions.rq"));
  EXPECT_EQ(CommonPrefix(c.candidates), dir.path().string() + "/que");
}

TEST_F(CompleterTest, NothingForAnEmptyWord) {
  EXPECT_THAT(Complete("SELECT ").candidates, IsEmpty());
}

TEST(CompleterWithoutDatabaseTest, StillCompletesKeywordsAndPrefixes) {
  Completer completer(nullptr);
  EXPECT_THAT(completer.Complete("ASK { ?s ma", false).candidates, Contains("marsad:"));
  EXPECT_THAT(completer.Complete("@\"x", false).candidates, IsEmpty());
}

TEST(CommonPrefixTest, NeverEndsInsideAUtf8Sequence) {
  // «أرمينيا» and «أذربيجان» share «أ» and the first byte of the next letter.
  EXPECT_EQ(CommonPrefix({"أرمينيا", "أذربيجان"}), "أ");
  EXPECT_EQ(CommonPrefix({"marsad:meets", "marsad:mentions"}), "marsad:me");
  EXPECT_EQ(CommonPrefix({}), "");
}

}  // namespace
}  // namespace marsad::shell
