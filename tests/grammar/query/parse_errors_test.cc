// Every syntax error message of the query grammar (query_errors.h), and every error the AST
// builder reports, triggered once with its exact text and its line and column (in code points).
#include <string>
#include <vector>

#include "grammar/query/parse_query.h"
#include "support/test_util.h"

namespace marsad::query {
namespace {

struct ErrorCase {
  std::string query;
  std::string message;
  std::uint64_t line;
  std::uint64_t column;
};

void ExpectError(const ErrorCase& c) {
  const Result<ast::Request> parsed = ParseQuery(c.query);
  ASSERT_FALSE(parsed.ok()) << c.query;
  const Status status = parsed.status();
  EXPECT_EQ(status.code(), StatusCode::kSyntaxError) << c.query;
  EXPECT_EQ(status.message(), c.message) << c.query;
  ASSERT_TRUE(status.where().has_value()) << c.query;
  EXPECT_EQ(status.where()->source, "<query>");
  EXPECT_EQ(status.where()->line, c.line) << c.query;
  EXPECT_EQ(status.where()->column, c.column) << c.query;
}

std::string NestedFilter(int parentheses) {
  return "SELECT * { FILTER(" + std::string(parentheses, '(') + "1" +
         std::string(parentheses, ')') + ") }";
}

TEST(ParseErrorsTest, EveryGrammarErrorMessageAtItsColumn) {
  const std::vector<ErrorCase> cases = {
      {NestedFilter(300), "query nested too deeply (limit 256)", 1, 274},
      {"SELECT * { ?s ?p \"\"\"abc }", "expected '\"\"\"' to close the long string", 1, 26},
      {"SELECT * { ?s ?p '''abc }", "expected \"'''\" to close the long string", 1, 26},
      {"SELECT * { ?s ?p \"abc\n}",
       "expected '\"' to close the string (a short string ends on its line)", 1, 22},
      {"SELECT * { ?s ?p 'abc\n}",
       "expected \"'\" to close the string (a short string ends on its line)", 1, 22},
      {"SELECT * { ?s ?p \"x\"^^ 5 }", "expected a datatype IRI after '^^'", 1, 24},
      {"SELECT * { ?s ?p @ }", "expected a name or a quoted string after '@' (entity lookup)", 1,
       19},
      {"SELECT (1 AS 2) {}", "expected a variable", 1, 14},
      {"SELECT * FROM ?g {}", "expected an IRI", 1, 15},
      {"BASE marsad:x SELECT * {}", "expected an IRI in angle brackets", 1, 6},
      {"PREFIX marsad <http://marsad.dev/ns#> SELECT * {}",
       "expected a prefix name ending in ':' (like marsad:) after PREFIX", 1, 8},
      {"SELECT * { GRAPH 1 { } }", "expected a variable or an IRI after GRAPH", 1, 18},
      {"SELECT * {} LIMIT x", "expected a non-negative integer", 1, 19},
      {"SELECT * { FILTER(,) }", "expected an expression", 1, 19},
      {"SELECT * { FILTER(?x ?y) }", "expected ')' to close the expression", 1, 22},
      {"SELECT * { FILTER(<f>(?x ?y)) }", "expected ',' or ')' in the argument list", 1, 26},
      {"SELECT (COUNT ?x AS ?n) {}", "expected '(' after the aggregate name", 1, 15},
      {"SELECT (GROUP_CONCAT(?x ; \",\") AS ?n) {}",
       "expected SEPARATOR = \"...\" after ';' in GROUP_CONCAT", 1, 27},
      {"SELECT * { FILTER(STRLEN ?x) }", "expected '(' and the arguments of the function", 1, 26},
      {"SELECT * { FILTER(! ) }", "expected an operand after the unary operator", 1, 21},
      {"SELECT * { FILTER(1 * ) }", "expected an operand after '*' or '/'", 1, 23},
      {"SELECT * { FILTER(1 + ) }", "expected an operand after '+' or '-'", 1, 23},
      {"SELECT * { FILTER(1 < ) }", "expected an operand after the comparison operator", 1, 23},
      {"SELECT * { FILTER(1 IN 2) }", "expected '(' and a list of expressions after IN", 1, 24},
      {"SELECT * { FILTER(1 && ) }", "expected an operand after '&&'", 1, 24},
      {"SELECT * { FILTER(1 || ) }", "expected an operand after '||'", 1, 24},
      {"SELECT * { FILTER ?x }", "expected a bracketed expression or a function call", 1, 19},
      {"SELECT (1 ?x) {}", "expected AS", 1, 11},
      {"SELECT * { BIND 1 AS ?x }", "expected '(' after BIND", 1, 17},
      {"SELECT * { ?s ( ) ?o }", "expected a property path after '('", 1, 17},
      {"SELECT * { ?s (:p ?o }", "expected ')' to close the path", 1, 19},
      {"SELECT * { ?s !(:p | ?x) ?o }", "expected an IRI, 'a' or '^' in the negated property set",
       1, 22},
      {"SELECT * { ?s ! ?x ?o }", "expected an IRI, 'a' or '(' after '!'", 1, 17},
      {"SELECT * { ?s ^ ?o }", "expected a path element after '^'", 1, 17},
      {"SELECT * { ?s :p/ ?o }", "expected a path element after '/'", 1, 19},
      {"SELECT * { ?s :p| ?o }", "expected a path after '|'", 1, 19},
      {"SELECT * { ?s :p }", "expected an object (a term, a variable, '[' or '(')", 1, 18},
      {"CONSTRUCT { ?s :p } WHERE {}", "expected an object in the template", 1, 19},
      {"SELECT * { ?s }", "expected a predicate (an IRI, a variable, 'a' or a path)", 1, 15},
      {"CONSTRUCT { ?s } WHERE {}",
       "expected a predicate in the template (an IRI, a variable or 'a')", 1, 16},
      {"SELECT * { [ :p ?o ?x }", "expected ']' to close the blank node property list", 1, 20},
      {"SELECT * { ?s :p (1 2 }", "expected ')' to close the collection", 1, 23},
      {"SELECT * WHERE ?s", "expected '{' to start a group pattern", 1, 16},
      // Arabic before the error: the column counts code points (the byte column would be 34).
      {"SELECT * { ?s ?p \"قره باغ\" ?x }", "expected '}' to close the group pattern", 1, 28},
      {"SELECT * { VALUES 1 }", "expected a variable or '(' after VALUES", 1, 19},
      {"SELECT * { VALUES ?x 1 }", "expected '{' to start the VALUES data block", 1, 22},
      {"SELECT * { VALUES ?x { 1 ?y } }", "expected '}' to close the VALUES data block", 1, 26},
      {"SELECT * { VALUES (?x ?y) { (1 ?z) } }", "expected ')' to close the VALUES row", 1, 32},
      {"SELECT WHERE {}", "expected '*', a variable or '(expression AS ?variable)' after SELECT", 1,
       8},
      {"CONSTRUCT ?x", "expected '{' to start the template, or WHERE, after CONSTRUCT", 1, 11},
      {"CONSTRUCT { ?s ?p ?o ?x } WHERE {}", "expected '}' to close the template", 1, 22},
      {"DESCRIBE 1", "expected '*', a variable or an IRI after DESCRIBE", 1, 10},
      {"SELECT * {} ORDER ?x", "expected BY", 1, 19},
      {"SELECT * {} GROUP BY 1", "expected a variable, '(' or a function call after GROUP BY", 1,
       22},
      {"SELECT * {} ORDER BY 1",
       "expected a variable, ASC(...), DESC(...) or a constraint after ORDER BY", 1, 22},
      {"SELECT * {} ORDER BY DESC ?x", "expected '(' after ASC or DESC", 1, 27},
      {"INSERT DATA ?x", "expected '{' to start the quad data", 1, 13},
      {"INSERT DATA { :a :b :c ?x }", "expected '}' to close the quad data", 1, 24},
      {"WITH <g> WHERE {}", "expected DELETE { ... } or INSERT { ... } after WITH", 1, 10},
      {"DELETE { ?s ?p ?o } {}", "expected WHERE after the DELETE / INSERT templates", 1, 21},
      {"CLEAR <g>", "expected GRAPH <iri>, DEFAULT, NAMED or ALL after CLEAR", 1, 7},
      {"CLEAR ALL ; ;", "expected an update operation (INSERT, DELETE, WITH or CLEAR) after ';'", 1,
       13},
      {"SELECT * {} }", "expected the end of the query", 1, 13},
      {"CLEAR ALL CLEAR ALL", "expected ';' or the end of the update", 1, 11},
      {"SELEC * {}", "expected SELECT, CONSTRUCT, DESCRIBE, ASK or an update operation", 1, 1},
  };
  for (const ErrorCase& c : cases) ExpectError(c);
}

TEST(ParseErrorsTest, BuilderErrorsNameTheirPlace) {
  const std::vector<ErrorCase> cases = {
      {"SELECT (STRLEN(?x, ?y) AS ?n) {}", "STRLEN takes 1 argument, got 2", 1, 9},
      {"SELECT * {\n  FILTER(REGEX(?x))\n}", "REGEX takes 2 to 3 arguments, got 1", 2, 10},
      {"SELECT * { FILTER(BOUND(1)) }", "BOUND takes a variable", 1, 25},
      {"SELECT (SUM(*) AS ?n) {}", "only COUNT accepts '*'", 1, 13},
      {"SELECT (MAX(?x; SEPARATOR=\",\") AS ?n) {}", "SEPARATOR is only allowed in GROUP_CONCAT", 1,
       27},
      {"SELECT * { VALUES (?a ?b) { (1) } }", "VALUES row has 1 values for 2 variables", 1, 29},
      {"INSERT DATA { ?s :p 1 }", "variables are not allowed in INSERT DATA / DELETE DATA", 1, 1},
      {"DELETE DATA { _:b :p 1 }", "blank nodes are not allowed in DELETE DATA / DELETE WHERE", 1,
       1},
      {"DELETE { [] :p ?o } WHERE { ?s :p ?o }", "blank nodes are not allowed in a DELETE template",
       1, 1},
      {"SELECT * {} LIMIT 99999999999999999999", "number too large (at most 18446744073709551615)",
       1, 19},
      {"SELECT * { ?s ?p \"\\uD800\" }",
       "escape names a surrogate code point, which is not a character", 1, 19},
      {"SELECT * { <http://x/\\u0020> ?p ?o }",
       "escape decodes to a character that is not allowed in an IRI", 1, 22},
  };
  for (const ErrorCase& c : cases) ExpectError(c);
}

TEST(ParseErrorsTest, ScopeRestrictionsAreSyntaxErrors) {
  const std::vector<ErrorCase> cases = {
      {"SELECT * { BIND(1 AS ?x) BIND(2 AS ?x) }",
       "variable ?x is already in scope; BIND cannot assign it", 1, 36},
      {"SELECT * { ?s ?p ?x OPTIONAL { ?s ?q ?y } BIND(1 AS ?y) }",
       "variable ?y is already in scope; BIND cannot assign it", 1, 53},
      {"SELECT * {} GROUP BY ?x", "SELECT * is not allowed with GROUP BY", 1, 1},
      {"SELECT ?o { ?s ?p ?o } GROUP BY ?s",
       "variable ?o is projected but neither grouped nor aggregated", 1, 8},
      {"SELECT (?o + COUNT(*) AS ?n) { ?s ?p ?o }",
       "variable ?o is projected but neither grouped nor aggregated", 1, 9},
      {"SELECT (1 AS ?x) (2 AS ?x) {}", "variable ?x is already in scope; AS cannot assign it", 1,
       24},
      {"SELECT (1 AS ?o) { ?s ?p ?o }", "variable ?o is already in scope; AS cannot assign it", 1,
       14},
      {"SELECT * { _:a ?p ?o OPTIONAL { _:a ?q ?r } }",
       "blank node _:a is used in two basic graph patterns", 1, 33},
      {"INSERT DATA { _:b :p 1 } ; INSERT DATA { _:b :p 2 }",
       "blank node _:b is used in two basic graph patterns", 1, 42},
  };
  for (const ErrorCase& c : cases) ExpectError(c);
}

TEST(ParseErrorsTest, ScopeRestrictionsAllowWhatSparqlAllows) {
  EXPECT_OK(ParseQuery("SELECT * { _:a ?p ?o FILTER(?o) _:a ?q ?r }"));  // one BGP
  EXPECT_OK(ParseQuery("SELECT * { ?s ?p ?o BIND(?o AS ?x) }"));
  EXPECT_OK(ParseQuery("SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s"));
  EXPECT_OK(ParseQuery("SELECT ?s (COUNT(*) AS ?n) (?n * 2 AS ?m) { ?s ?p ?o } GROUP BY ?s"));
  EXPECT_OK(ParseQuery("SELECT (STR(?k) AS ?x) { ?s ?p ?o } GROUP BY (LCASE(?o) AS ?k)"));
  EXPECT_OK(ParseQuery("CONSTRUCT { _:a ?p ?o } WHERE { _:a ?p ?o }"));
  EXPECT_OK(ParseQuery("SELECT * { { SELECT ?s WHERE { ?s ?p ?o } } BIND(1 AS ?o) }"));
}

}  // namespace
}  // namespace marsad::query
