// Parse-tree nodes come from a per-thread free list (query_tree.h): a freed node is reused,
// and parses that reuse nodes build the same tree as fresh ones.
#include <memory>
#include <thread>

#include "grammar/query/ast_printer.h"
#include "grammar/query/parse_query.h"
#include "grammar/query/query_tree.h"
#include "support/test_util.h"

namespace marsad::grammar::query {
namespace {

TEST(QueryTreeTest, FreedNodeIsReused) {
  auto first = std::make_unique<Node>();
  const void* address = first.get();
  first.reset();
  auto second = std::make_unique<Node>();
  EXPECT_EQ(second.get(), address);
  EXPECT_TRUE(second->children.empty());
  EXPECT_TRUE(second->is_root());
}

std::string Printed(std::string_view text) {
  Result<marsad::query::ast::Request> request = marsad::query::ParseQuery(text);
  EXPECT_TRUE(request.ok()) << request.status().ToString();
  return request.ok() ? marsad::query::ast::ToSExpression(*request) : "";
}

TEST(QueryTreeTest, RepeatedParsesBuildTheSameTree) {
  constexpr std::string_view kQuery =
      "PREFIX ex: <http://example.org/>\n"
      "SELECT ?x (COUNT(?y) AS ?n) WHERE { ?x ex:p ?y ; a ex:C . OPTIONAL { ?y ex:q \"v\"@ar } "
      "FILTER(?y != ex:z || ?x > 3) } GROUP BY ?x ORDER BY DESC(?n) LIMIT 5";
  const std::string first = Printed(kQuery);
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(Printed("SELECT * WHERE { ?a ?b ?c }"), Printed("SELECT * WHERE { ?a ?b ?c }"));
  for (int i = 0; i < 3; ++i) EXPECT_EQ(Printed(kQuery), first);
  // Another thread has its own free list; its nodes may be freed anywhere.
  std::string other;
  std::thread worker([&other, kQuery] { other = Printed(kQuery); });
  worker.join();
  EXPECT_EQ(other, first);
}

}  // namespace
}  // namespace marsad::grammar::query
