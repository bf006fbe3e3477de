// Hostile-input limits, IsComplete() for the shell, and the caret rendering of errors.
#include <string>
#include <vector>

#include "grammar/query/parse_query.h"
#include "support/test_util.h"

namespace marsad::query {
namespace {

using ::testing::HasSubstr;

std::string NestedFilter(int parentheses) {
  return "SELECT * { FILTER(" + std::string(parentheses, '(') + "1" +
         std::string(parentheses, ')') + ") }";
}

std::string Repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

TEST(ParseLimitsTest, NestingUpToTheLimitParses) {
  // The group is level 1 and FILTER's expression level 2, so 254 more parentheses reach 256.
  EXPECT_OK(ParseQuery(NestedFilter(254)));
  EXPECT_STATUS(ParseQuery(NestedFilter(255)), StatusCode::kSyntaxError,
                "query nested too deeply (limit 256)");
}

TEST(ParseLimitsTest, HostileNestingIsAnErrorNotACrash) {
  const std::vector<std::string> hostile = {
      NestedFilter(100000),
      "SELECT * " + std::string(100000, '{'),
      "SELECT * { ?s " + std::string(100000, '(') + "<p>",
      "SELECT * { ?s ?p " + Repeat("[ ?p ", 100000),
      "SELECT * { ?s ?p " + std::string(100000, '('),
      "SELECT * { FILTER(" + Repeat("STR(", 100000) + "?x",
  };
  for (const std::string& query : hostile) {
    EXPECT_STATUS(ParseQuery(query), StatusCode::kSyntaxError,
                  "query nested too deeply (limit 256)");
  }
}

TEST(ParseLimitsTest, LongFlatInputsDoNotRecurse) {
  std::string updates = "CLEAR ALL";
  for (int i = 0; i < 20000; ++i) updates += " ; CLEAR ALL";
  const Result<ast::Request> parsed = ParseQuery(updates);
  ASSERT_OK(parsed);
  EXPECT_EQ(std::get<ast::Update>(parsed->body).operations.size(), 20001u);

  std::string sum = "SELECT (1";
  for (std::size_t i = 1; i < kMaxExpressionDepth; ++i) sum += " + 1";
  EXPECT_OK(ParseQuery(sum + " AS ?n) {}"));
}

TEST(ParseLimitsTest, ExpressionChainsDeeperThanTheLimitAreAnErrorNotACrash) {
  // Each operator of a chain nests the tree one level; later passes recurse over it.
  std::string sum = "SELECT (1";
  for (int i = 0; i < 200000; ++i) sum += " +1";
  EXPECT_STATUS(ParseQuery(sum + " AS ?n) {}"), StatusCode::kSyntaxError,
                HasSubstr("expression nested too deeply (limit 256 levels"));
  std::string filter = "SELECT * { ?s ?p ?o FILTER(?o = 1";
  for (int i = 0; i < 300; ++i) filter += " || (?o = 2 && ?s = ?p)";
  EXPECT_STATUS(ParseQuery(filter + ") }"), StatusCode::kSyntaxError,
                HasSubstr("expression nested too deeply"));
}

TEST(ParseLimitsTest, QueriesOverOneMebibyteAreRefused) {
  const std::string padding(kMaxQueryBytes, ' ');
  EXPECT_OK(ParseQuery("ASK {}" + padding.substr(6)));
  EXPECT_STATUS(ParseQuery("ASK {}" + padding), StatusCode::kResourceExhausted,
                HasSubstr("query too long"));
}

TEST(ParseLimitsTest, InvalidUtf8AndNulBytesGetAnError) {
  const Status bad_utf8 = ParseQuery("SELECT * { ?s ?p \"\xff\xfe\" }").status();
  EXPECT_EQ(bad_utf8.message(), "invalid UTF-8");
  ASSERT_TRUE(bad_utf8.where().has_value());
  EXPECT_EQ(bad_utf8.where()->column, 19u);
  EXPECT_STATUS(ParseQuery(std::string("SELECT * {\0}", 12)), StatusCode::kSyntaxError,
                HasSubstr("expected"));
}

struct CompletenessCase {
  std::string text;
  bool complete;
};

TEST(IsCompleteTest, AsksForMoreOnlyWhenTheInputEndedEarly) {
  const std::vector<CompletenessCase> cases = {
      {"SELECT * { ?s ?p ?o }", true},
      {"SELECT * { ?s ?p ?o }   # trailing comment", true},
      {"", true},
      {"SELECT", false},
      {"SELECT * WHERE", false},
      {"SELECT * { ?s ?p ?o", false},
      {"SELECT * {\n  ?s ?p ?o .\n", false},
      {"SELECT * { ?s ?p \"\"\"long text\nstill open", false},
      {"SELECT * {} ORDER BY", false},
      {"PREFIX marsad: <http://marsad.dev/ns#>", true},  // a prologue alone is an empty update
      {"INSERT DATA { marsad:a marsad:b marsad:c } ;", true},
      {"SELECT * { ?s ?p ?o } }", true},   // an error more lines cannot fix
      {"SELECT * { ?s ?p \"abc\n", true},  // short strings end on their line
      {"SELECT * { FILTER(?x +) ", true},
      {"SELECT * { { ", false},
  };
  for (const CompletenessCase& c : cases) {
    EXPECT_EQ(IsComplete(c.text), c.complete) << c.text;
  }
}

TEST(FormatErrorWithCaretTest, CaretSitsUnderTheErrorColumn) {
  const std::string query = "SELECT *\nWHERE { ?s ?p ?o ?x }";
  const Status status = ParseQuery(query).status();
  EXPECT_EQ(FormatErrorWithCaret(query, status),
            "syntax error: <query>:2:18: expected '}' to close the group pattern\n"
            "WHERE { ?s ?p ?o ?x }\n"
            "                 ^");
}

TEST(FormatErrorWithCaretTest, ArabicMarksTakeNoColumnAndTabsAreKept) {
  // "قَرَه" has two fathas (U+064E): five code points, three display columns.
  const std::string query = "SELECT * {\n\t?s ?p \"قَرَه\" ?x }";
  const Status status = ParseQuery(query).status();
  ASSERT_TRUE(status.where().has_value());
  EXPECT_EQ(status.where()->column, 16u);
  EXPECT_EQ(FormatErrorWithCaret(query, status),
            "syntax error: <query>:2:16: expected '}' to close the group pattern\n"
            "\t?s ?p \"قَرَه\" ?x }\n"
            "\t            ^");
}

TEST(FormatErrorWithCaretTest, WithoutALocationOnlyTheMessageIsShown) {
  const Status status(StatusCode::kResourceExhausted, "query too long");
  EXPECT_EQ(FormatErrorWithCaret("x", status), "resource exhausted: query too long");
}

}  // namespace
}  // namespace marsad::query
