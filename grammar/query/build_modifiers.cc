// AstBuilder: GROUP BY, HAVING, ORDER BY, LIMIT, OFFSET.
#include <charconv>
#include <string>

#include "grammar/query/ast_builder.h"

namespace marsad::grammar::query {

ast::SolutionModifier AstBuilder::BuildSolutionModifier(const Node& node) {
  ast::SolutionModifier modifiers;
  for (const auto& clause : node.children) {
    if (clause->is_type<group_clause>()) {
      for (const auto& condition : clause->children) {
        ast::GroupCondition group{PositionOf(*condition),
                                  BuildExpression(*condition->children.at(0)), std::nullopt};
        if (condition->children.size() > 1) group.as = BuildVariable(*condition->children[1]);
        modifiers.group_by.push_back(std::move(group));
      }
    } else if (clause->is_type<having_clause>()) {
      for (const auto& constraint : clause->children) {
        modifiers.having.push_back(BuildExpression(*constraint));
      }
    } else if (clause->is_type<order_clause>()) {
      for (const auto& condition : clause->children) {
        const Node& first = *condition->children.at(0);
        const bool directed = first.is_type<kw_asc>() || first.is_type<kw_desc>();
        modifiers.order_by.push_back(ast::OrderCondition{
            PositionOf(*condition), BuildExpression(*condition->children.at(directed ? 1 : 0)),
            first.is_type<kw_desc>()});
      }
    } else if (clause->is_type<limit_clause>()) {
      modifiers.limit = BuildCount(*clause);
    } else if (clause->is_type<offset_clause>()) {
      modifiers.offset = BuildCount(*clause);
    }
  }
  return modifiers;
}

std::uint64_t AstBuilder::BuildCount(const Node& clause) {
  const Node& number = *clause.children.at(0);
  const std::string_view digits = number.string_view();
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) {
    Fail(number, "number too large (at most 18446744073709551615)");
  }
  return value;
}

}  // namespace marsad::grammar::query
