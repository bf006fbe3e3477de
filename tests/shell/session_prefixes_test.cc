// PREFIX declarations carry over from one statement of a session to the next.
#include "tools/shell/session_prefixes.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "grammar/query/parse_query.h"

namespace marsad::shell {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(SessionPrefixesTest, NothingDeclaredLeavesStatementsAlone) {
  SessionPrefixes prefixes;
  const PreparedStatement prepared = prefixes.Prepare("SELECT * WHERE { ?s ?p ?o }");
  EXPECT_EQ(prepared.text, "SELECT * WHERE { ?s ?p ?o }");
  EXPECT_EQ(prepared.inserted_size, 0u);
  EXPECT_EQ(prefixes.all(), DefaultPrefixes());
}

TEST(SessionPrefixesTest, RemembersDeclarationsAndANewerOneWins) {
  SessionPrefixes prefixes;
  prefixes.Remember("PREFIX ex: <http://a.test/> PREFIX dc: <http://purl.org/dc/terms/>\n"
                    "SELECT * WHERE { ?s ex:p ?o }");
  prefixes.Remember("PREFIX ex: <http://b.test/> ASK {}");
  EXPECT_THAT(prefixes.declared(),
              ElementsAre(std::pair<std::string, std::string>("dc", "http://purl.org/dc/terms/"),
                          std::pair<std::string, std::string>("ex", "http://b.test/")));
  // Declared prefixes come first in all(); the defaults follow.
  ASSERT_GT(prefixes.all().size(), 2u);
  EXPECT_EQ(prefixes.all()[1].second, "http://b.test/");
  EXPECT_EQ(prefixes.all().size(), 2 + DefaultPrefixes().size());
}

TEST(SessionPrefixesTest, ADeclarationShadowsTheDefaultOfTheSameName) {
  SessionPrefixes prefixes;
  const std::string name = DefaultPrefixes().front().first;
  prefixes.Remember("PREFIX " + name + ": <http://mine.test/> ASK {}");
  EXPECT_EQ(prefixes.all().size(), DefaultPrefixes().size());
  EXPECT_EQ(AbbreviateIri("http://mine.test/x", prefixes.all()), name + ":x");
}

TEST(SessionPrefixesTest, AStatementWithASyntaxErrorDeclaresNothing) {
  SessionPrefixes prefixes;
  prefixes.Remember("PREFIX ex: <http://a.test/> SELECT * WHERE { ?s ?p }");
  EXPECT_THAT(prefixes.declared(), IsEmpty());
}

TEST(SessionPrefixesTest, PrepareDeclaresOnOneLineAfterExplain) {
  SessionPrefixes prefixes;
  prefixes.Remember("PREFIX ex: <http://a.test/> ASK {}");
  EXPECT_EQ(prefixes.Prepare("SELECT * { ?s ex:p ?o }").text,
            "PREFIX ex: <http://a.test/>\nSELECT * { ?s ex:p ?o }");
  const PreparedStatement explain = prefixes.Prepare("explain  analyze SELECT * { ?s ex:p ?o }");
  EXPECT_EQ(explain.text, "explain  analyze PREFIX ex: <http://a.test/>\nSELECT * { ?s ex:p ?o }");
  EXPECT_TRUE(query::ParseQuery(explain.text).ok());
  // Comments before the query stay before the inserted line.
  EXPECT_EQ(prefixes.Prepare("# note\nSELECT * {}").inserted_at, 7u);
}

TEST(SessionPrefixesTest, ErrorLocationsPointIntoWhatTheUserTyped) {
  SessionPrefixes prefixes;
  prefixes.Remember("PREFIX ex: <http://a.test/> ASK {}");
  const std::string typed = "EXPLAIN SELECT * WHERE {\n  ?s ex:p }";
  const PreparedStatement prepared = prefixes.Prepare(typed);
  const Result<query::ast::Request> parsed = query::ParseQuery(prepared.text);
  ASSERT_FALSE(parsed.ok());
  const Status mapped = MapToOriginal(parsed.status(), prepared, typed);
  ASSERT_TRUE(mapped.where().has_value());
  EXPECT_EQ(mapped.where()->line, 2u);
  EXPECT_EQ(mapped.where()->column, 11u);  // the '}' where an object was expected
  EXPECT_EQ(mapped.where()->offset, typed.rfind('}'));
  // The same error as if the statement had been run as typed.
  const Result<query::ast::Request> direct = query::ParseQuery(typed);
  ASSERT_FALSE(direct.ok());
  EXPECT_EQ(mapped.where()->column, direct.status().where()->column);
  EXPECT_EQ(mapped.where()->line, direct.status().where()->line);
}

TEST(SessionPrefixesTest, ColumnsOnTheFirstLineAfterExplainCountCodePoints) {
  SessionPrefixes prefixes;
  prefixes.Remember("PREFIX ex: <http://a.test/> ASK {}");
  const std::string typed = "EXPLAIN SELECT * { ?s ex:p \"قطر\" ";  // the group never closes
  const PreparedStatement prepared = prefixes.Prepare(typed);
  const Status error(StatusCode::kSyntaxError, "expected '}'",
                     SourceLocation{"<query>", 2, 99, prepared.text.size()});
  const Status mapped = MapToOriginal(error, prepared, typed);
  ASSERT_TRUE(mapped.where().has_value());
  EXPECT_EQ(mapped.where()->line, 1u);
  EXPECT_EQ(mapped.where()->column, 34u);  // 33 code points typed, the error after them
}

}  // namespace
}  // namespace marsad::shell
