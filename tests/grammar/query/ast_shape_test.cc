// AST shape tests: each construct of the language parsed and printed as an S-expression
// (ast_printer.h), plus field-level checks of what the printer does not show.
#include <string>
#include <variant>
#include <vector>

#include "grammar/query/ast_printer.h"
#include "grammar/query/parse_query.h"
#include "support/test_util.h"

namespace marsad::query {
namespace {

struct ShapeCase {
  std::string query;
  std::string shape;
};

std::string Shape(const std::string& query) {
  const Result<ast::Request> parsed = ParseQuery(query);
  if (!parsed.ok()) return parsed.status().ToString();
  return ast::ToSExpression(*parsed);
}

TEST(AstShapeTest, EveryConstructHasItsShape) {
  const std::vector<ShapeCase> cases = {
      {"PREFIX marsad: <http://marsad.dev/ns#> SELECT ?p WHERE { ?p a marsad:Person }",
       "(prefix marsad: <http://marsad.dev/ns#>) (select (?p) (group (bgp (triple ?p "
       "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://marsad.dev/ns#Person>))))"},
      {"BASE <http://marsad.dev/> SELECT * { <entity/Rouhani> ?p ?o }",
       "(base <http://marsad.dev/>) (select (*) (group (bgp (triple <entity/Rouhani> ?p ?o))))"},
      {"SELECT DISTINCT ?x {}", "(select distinct (?x) (group))"},
      {"SELECT REDUCED * {}", "(select reduced (*) (group))"},
      {"SELECT (STR(?x) AS ?s) ?y {}", "(select ((as (STR ?x) ?s) ?y) (group))"},
      {"ASK { ?s marsad:name \"روحاني\"@ar }",
       "(ask (group (bgp (triple ?s marsad:name \"روحاني\"@ar))))"},
      {"CONSTRUCT { ?s marsad:label ?l } WHERE { ?s marsad:name ?l }",
       "(construct ((triple ?s marsad:label ?l)) (group (bgp (triple ?s marsad:name ?l))))"},
      {"CONSTRUCT WHERE { ?s marsad:name ?l }", "(construct-where ((triple ?s marsad:name ?l)))"},
      {"DESCRIBE <http://marsad.dev/entity/Rouhani> ?x WHERE { ?x marsad:mentions ?y }",
       "(describe (<http://marsad.dev/entity/Rouhani> ?x) (group (bgp (triple ?x marsad:mentions "
       "?y))))"},
      {"DESCRIBE *", "(describe (*))"},
      {"SELECT * FROM <g1> FROM NAMED <g2> {}",
       "(select (*) (from <g1>) (from-named <g2>) (group))"},
      {"SELECT * { ?s marsad:p 1, -2.5, 3e1, true, \"x\"^^xsd:string }",
       "(select (*) (group (bgp (triple ?s marsad:p 1) (triple ?s marsad:p -2.5) (triple ?s "
       "marsad:p 3e1) (triple ?s marsad:p true) (triple ?s marsad:p \"x\"^^xsd:string))))"},
      {"SELECT * { ?s marsad:p ?o ; marsad:q ?r }",
       "(select (*) (group (bgp (triple ?s marsad:p ?o) (triple ?s marsad:q ?r))))"},
      {"SELECT * { _:a marsad:p [] }", "(select (*) (group (bgp (triple _:a marsad:p _:#1))))"},
      {"SELECT * { [ marsad:p ?o ] marsad:q ?r }",
       "(select (*) (group (bgp (triple _:#1 marsad:p ?o) (triple _:#1 marsad:q ?r))))"},
      {"SELECT * { ?s marsad:list (1 ?x) }",
       "(select (*) (group (bgp (triple _:#1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> 1) "
       "(triple _:#1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:#2) (triple _:#2 "
       "<http://www.w3.org/1999/02/22-rdf-syntax-ns#first> ?x) (triple _:#2 "
       "<http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> "
       "<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>) (triple ?s marsad:list _:#1))))"},
      {"SELECT * { ?s marsad:p () }",
       "(select (*) (group (bgp (triple ?s marsad:p "
       "<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>))))"},
      {"SELECT * { ?e marsad:located @\"كاراباخ\" . ?f marsad:is @Rouhani }",
       "(select (*) (group (bgp (triple ?e marsad:located @\"كاراباخ\") (triple ?f marsad:is "
       "@\"Rouhani\"))))"},
      {"SELECT * { ?s marsad:a/marsad:b ?o }",
       "(select (*) (group (bgp (triple ?s (/ marsad:a marsad:b) ?o))))"},
      {"SELECT * { ?s marsad:a|marsad:b ?o }",
       "(select (*) (group (bgp (triple ?s (| marsad:a marsad:b) ?o))))"},
      {"SELECT * { ?s ^marsad:a ?o }", "(select (*) (group (bgp (triple ?s (^ marsad:a) ?o))))"},
      {"SELECT * { ?s marsad:a* ?o }", "(select (*) (group (bgp (triple ?s (* marsad:a) ?o))))"},
      {"SELECT * { ?s marsad:a+ ?o }", "(select (*) (group (bgp (triple ?s (+ marsad:a) ?o))))"},
      {"SELECT * { ?s marsad:a? ?o }", "(select (*) (group (bgp (triple ?s (? marsad:a) ?o))))"},
      {"SELECT * { ?s !(rdf:type|^marsad:b) ?o }",
       "(select (*) (group (bgp (triple ?s (! rdf:type ^marsad:b) ?o))))"},
      {"SELECT * { ?s (marsad:a/marsad:b)+ ?o }",
       "(select (*) (group (bgp (triple ?s (+ (/ marsad:a marsad:b)) ?o))))"},
      {"SELECT * { ?s ?p ?o FILTER(?o > 1) }",
       "(select (*) (group (bgp (triple ?s ?p ?o)) (filter (> ?o 1))))"},
      {"SELECT * { ?s ?p ?o OPTIONAL { ?o ?q ?r } }",
       "(select (*) (group (bgp (triple ?s ?p ?o)) (optional (group (bgp (triple ?o ?q ?r))))))"},
      {"SELECT * { { ?s ?p ?o } UNION { ?o ?p ?s } }",
       "(select (*) (group (union (group (bgp (triple ?s ?p ?o))) (group (bgp (triple ?o ?p "
       "?s))))))"},
      {"SELECT * { { ?s ?p ?o } }", "(select (*) (group (group (bgp (triple ?s ?p ?o)))))"},
      {"SELECT * { ?s ?p ?o MINUS { ?s a ?t } }",
       "(select (*) (group (bgp (triple ?s ?p ?o)) (minus (group (bgp (triple ?s "
       "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ?t))))))"},
      {"SELECT * { ?s ?p ?o FILTER EXISTS { ?s ?q ?r } FILTER NOT EXISTS { ?r ?q ?s } }",
       "(select (*) (group (bgp (triple ?s ?p ?o)) (filter (exists (group (bgp (triple ?s ?q "
       "?r))))) (filter (not-exists (group (bgp (triple ?r ?q ?s)))))))"},
      {"SELECT * { BIND(1 + 2 AS ?x) }", "(select (*) (group (bind (+ 1 2) ?x)))"},
      {"SELECT * { VALUES ?x { 1 UNDEF } }", "(select (*) (group (values (?x) (1) (undef))))"},
      {"SELECT * { VALUES (?x ?y) { (1 \"a\") (UNDEF <u>) } VALUES () { () } }",
       "(select (*) (group (values (?x ?y) (1 \"a\") (undef <u>)) (values () ())))"},
      {"SELECT * { GRAPH ?g { ?s ?p ?o } GRAPH <http://g> { } }",
       "(select (*) (group (graph ?g (group (bgp (triple ?s ?p ?o)))) (graph <http://g> "
       "(group))))"},
      {"SELECT * { { SELECT ?x WHERE { ?x ?p ?o } LIMIT 1 } }",
       "(select (*) (group (group (select (?x) (group (bgp (triple ?x ?p ?o))) (limit 1)))))"},
      {"SELECT * {} VALUES ?z { 1 }", "(select (*) (group) (values (?z) (1)))"},
      {"SELECT ?x (COUNT(*) AS ?n) {} GROUP BY ?x (STR(?y) AS ?k) LCASE(?z) HAVING (COUNT(*) > 1) "
       "ORDER BY ?x DESC(?n) ASC(?k) LIMIT 5 OFFSET 10",
       "(select (?x (as (COUNT *) ?n)) (group) (group-by ?x) (group-by (STR ?y) ?k) (group-by "
       "(LCASE ?z)) (having (> (COUNT *) 1)) (asc ?x) (desc ?n) (asc ?k) (limit 5) (offset 10))"},
      {"SELECT * {} OFFSET 3", "(select (*) (group) (offset 3))"},
      {"SELECT * { FILTER(?a || ?b && !?c) }",
       "(select (*) (group (filter (|| ?a (&& ?b (! ?c))))))"},
      {"SELECT * { FILTER(?a = 1 && ?b != 2 && ?c < 3 && ?d > 4 && ?e <= 5 && ?f >= 6) }",
       "(select (*) (group (filter (&& (&& (&& (&& (&& (= ?a 1) (!= ?b 2)) (< ?c 3)) (> ?d 4)) (<= "
       "?e 5)) (>= ?f 6)))))"},
      {"SELECT * { FILTER(?a IN (1, 2) && ?b NOT IN ()) }",
       "(select (*) (group (filter (&& (in ?a 1 2) (not-in ?b)))))"},
      {"SELECT * { FILTER(1 + 2 - 3 * 4 / 5 = -?x + +?y) }",
       "(select (*) (group (filter (= (- (+ 1 2) (/ (* 3 4) 5)) (+ (neg ?x) (plus ?y))))))"},
      {"SELECT * { FILTER(marsad:matches(?l, \"قره باغ\")) }",
       "(select (*) (group (filter (call marsad:matches ?l \"قره باغ\"))))"},
      {"SELECT * { FILTER(<http://f>(DISTINCT ?x)) }",
       "(select (*) (group (filter (call <http://f> distinct ?x))))"},
      {"SELECT (COUNT(DISTINCT ?x) AS ?a) (GROUP_CONCAT(?y; SEPARATOR=\", \") AS ?b) (SAMPLE(?z) "
       "AS ?c) (AVG(?w) AS ?d) {}",
       "(select ((as (COUNT distinct ?x) ?a) (as (GROUP_CONCAT ?y separator=\", \") ?b) (as "
       "(SAMPLE ?z) ?c) (as (AVG ?w) ?d)) (group))"},
      {"SELECT * { FILTER(regex(?x, \"^a\", \"i\") && sameTerm(?a, ?b) && isIRI(?a) && NOW() && "
       "BNODE()) }",
       "(select (*) (group (filter (&& (&& (&& (&& (REGEX ?x \"^a\" \"i\") (SAMETERM ?a ?b)) "
       "(ISIRI ?a)) (NOW)) (BNODE)))))"},
      {"SELECT * { FILTER(IF(?x, COALESCE(?y, 1), STRLANG(\"a\", \"ar\"))) }",
       "(select (*) (group (filter (IF ?x (COALESCE ?y 1) (STRLANG \"a\" \"ar\")))))"},
      {"EXPLAIN SELECT * {}", "(explain (select (*) (group)))"},
      {"EXPLAIN ANALYZE ASK {}", "(explain-analyze (ask (group)))"},
      {"INSERT DATA { marsad:a marsad:b \"c\" . GRAPH <http://g> { marsad:x marsad:y 1 } }",
       "(update (insert-data (quads (triple marsad:a marsad:b \"c\")) (quads (graph <http://g>) "
       "(triple marsad:x marsad:y 1))))"},
      {"DELETE DATA { marsad:a marsad:b \"c\" }",
       "(update (delete-data (quads (triple marsad:a marsad:b \"c\"))))"},
      {"DELETE WHERE { ?s marsad:old ?o }",
       "(update (delete-where (quads (triple ?s marsad:old ?o))))"},
      {"WITH <http://g> DELETE { ?s marsad:old ?o } INSERT { ?s marsad:new ?o } USING <http://u> "
       "USING NAMED <http://n> WHERE { ?s marsad:old ?o }",
       "(update (modify (with <http://g>) (delete (quads (triple ?s marsad:old ?o))) (insert "
       "(quads (triple ?s marsad:new ?o))) (using <http://u>) (using-named <http://n>) (group (bgp "
       "(triple ?s marsad:old ?o)))))"},
      {"INSERT { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }",
       "(update (modify (insert (quads (graph ?g) (triple ?s ?p ?o))) (group (graph ?g (group (bgp "
       "(triple ?s ?p ?o)))))))"},
      {"CLEAR SILENT GRAPH <http://g> ; CLEAR DEFAULT ; CLEAR NAMED ; PREFIX x: <http://x/> CLEAR "
       "ALL ;",
       "(prefix x: <http://x/>) (update (clear silent <http://g>) (clear default) (clear named) "
       "(clear all))"},
      {"SELECT * { ?s marsad:p \"tab\\there\", 'it\\'s', \"\"\"long \"quoted\" text\"\"\", "
       "\"\\u0041\" }",
       "(select (*) (group (bgp (triple ?s marsad:p \"tab	here\") (triple ?s marsad:p "
       "\"it's\") (triple ?s marsad:p \"long \"quoted\" text\") (triple ?s marsad:p \"A\"))))"},
      {"SELECT * { ?s marsad:p\\.x ?o }", "(select (*) (group (bgp (triple ?s marsad:p\\.x ?o))))"},
      {"PREFIX : <http://marsad.dev/entity/> SELECT * { :Rouhani ?p ?o }",
       "(prefix : <http://marsad.dev/entity/>) (select (*) (group (bgp (triple "
       "<http://marsad.dev/entity/Rouhani> ?p ?o))))"},
  };
  for (const ShapeCase& c : cases) EXPECT_EQ(Shape(c.query), c.shape) << c.query;
}

const ast::SelectQuery& Select(const ast::Request& request) {
  return std::get<ast::SelectQuery>(std::get<ast::Query>(request.body).form);
}

const ast::TriplePattern& FirstTriple(const ast::Request& request) {
  return std::get<ast::TriplesBlock>(Select(request).where.elements.at(0)).triples.at(0);
}

TEST(AstShapeTest, PrefixedNamesKeepWhatWasWrittenAndResolveDeclaredPrefixes) {
  const Result<ast::Request> parsed =
      ParseQuery("PREFIX m: <http://marsad.dev/ns#> SELECT * { m:x marsad:name ?o }");
  ASSERT_OK(parsed);
  const ast::TriplePattern& triple = FirstTriple(*parsed);
  const auto& subject = std::get<ast::Iri>(triple.subject);
  EXPECT_TRUE(subject.prefixed);
  EXPECT_EQ(subject.prefix, "m");
  EXPECT_EQ(subject.local, "x");
  EXPECT_EQ(subject.written, "m:x");
  EXPECT_EQ(subject.iri, "http://marsad.dev/ns#x");
  // marsad: is one of the knowledge base's default prefixes: the binder resolves it.
  const ast::Iri& predicate = *std::get<ast::Path>(triple.predicate).iri;
  EXPECT_EQ(predicate.prefix, "marsad");
  EXPECT_EQ(predicate.local, "name");
  EXPECT_TRUE(predicate.iri.empty());
}

TEST(AstShapeTest, LiteralsKeepKindLanguageAndDatatype) {
  const Result<ast::Request> parsed = ParseQuery(
      "SELECT * { ?s ?p \"قره باغ\"@AR, \"5\"^^<http://www.w3.org/2001/XMLSchema#int>, 1.0, "
      "2E1, -7, false }");
  ASSERT_OK(parsed);
  const auto& triples = std::get<ast::TriplesBlock>(Select(*parsed).where.elements[0]).triples;
  ASSERT_EQ(triples.size(), 6u);
  const auto literal = [&](std::size_t i) { return std::get<ast::Literal>(triples[i].object); };
  EXPECT_EQ(literal(0).kind, ast::LiteralKind::kLangString);
  EXPECT_EQ(literal(0).lexical, "قره باغ");
  EXPECT_EQ(literal(0).language, "AR");
  EXPECT_EQ(literal(1).kind, ast::LiteralKind::kTyped);
  EXPECT_EQ(literal(1).datatype->iri, "http://www.w3.org/2001/XMLSchema#int");
  EXPECT_EQ(literal(2).kind, ast::LiteralKind::kDecimal);
  EXPECT_EQ(literal(3).kind, ast::LiteralKind::kDouble);
  EXPECT_EQ(literal(4).kind, ast::LiteralKind::kInteger);
  EXPECT_EQ(literal(4).lexical, "-7");
  EXPECT_EQ(literal(5).kind, ast::LiteralKind::kBoolean);
  EXPECT_EQ(literal(5).lexical, "false");
}

TEST(AstShapeTest, NodesCarryLineCodePointColumnAndByteOffset) {
  const std::string query = "SELECT * {\n  ?s ?p \"قره\" . ?s ?q ?o\n}";
  const Result<ast::Request> parsed = ParseQuery(query);
  ASSERT_OK(parsed);
  const auto& triples = std::get<ast::TriplesBlock>(Select(*parsed).where.elements[0]).triples;
  ASSERT_EQ(triples.size(), 2u);
  const ast::Position literal = std::get<ast::Literal>(triples[0].object).pos;
  EXPECT_EQ(literal, (ast::Position{2, 9, 19}));
  // After three two-byte Arabic letters the byte offset runs ahead of the column.
  const ast::Position second = std::get<ast::Variable>(triples[1].subject).pos;
  EXPECT_EQ(second, (ast::Position{2, 17, 30}));
  EXPECT_EQ(query.substr(second.offset, 2), "?s");
}

TEST(AstShapeTest, AnonymousBlankNodesGetDistinctIds) {
  const Result<ast::Request> parsed = ParseQuery("SELECT * { [] ?p [] }");
  ASSERT_OK(parsed);
  const ast::TriplePattern& triple = FirstTriple(*parsed);
  const auto& subject = std::get<ast::BlankNode>(triple.subject);
  const auto& object = std::get<ast::BlankNode>(triple.object);
  EXPECT_TRUE(subject.label.empty());
  EXPECT_NE(subject.anon_id, 0u);
  EXPECT_NE(subject.anon_id, object.anon_id);
}

TEST(AstShapeTest, KeywordsAreCaseInsensitive) {
  EXPECT_EQ(Shape("select distinct ?x where { ?x a ?t } order by desc(?x) limit 1"),
            Shape("SELECT DISTINCT ?x WHERE { ?x a ?t } ORDER BY DESC(?x) LIMIT 1"));
}

}  // namespace
}  // namespace marsad::query
