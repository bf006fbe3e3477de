// AstBuilder: group graph patterns and VALUES data.
#include <string>
#include <utility>

#include "grammar/query/ast_builder.h"

namespace marsad::grammar::query {

ast::GroupGraphPattern AstBuilder::BuildGroup(const Node& node) {
  ast::GroupGraphPattern group;
  group.pos = PositionOf(node);
  for (const auto& child : node.children) AddPatternElement(*child, &group);
  return group;
}

void AstBuilder::AddPatternElement(const Node& node, ast::GroupGraphPattern* group) {
  const ast::Position pos = PositionOf(node);
  auto& elements = group->elements;
  if (node.is_type<triples_block>()) {
    ast::TriplesBlock block{pos, {}};
    for (const auto& triples : node.children) BuildTriples(*triples, &block.triples);
    elements.emplace_back(std::move(block));
  } else if (node.is_type<optional_graph_pattern>()) {
    elements.emplace_back(ast::OptionalPattern{pos, BuildGroup(*node.children.at(0))});
  } else if (node.is_type<minus_graph_pattern>()) {
    elements.emplace_back(ast::Minus{pos, BuildGroup(*node.children.at(0))});
  } else if (node.is_type<graph_graph_pattern>()) {
    const Node& name = *node.children.at(0);
    ast::VarOrIri graph = name.is_type<var_token>() ? ast::VarOrIri(BuildVariable(name))
                                                    : ast::VarOrIri(BuildIri(name));
    elements.emplace_back(
        ast::GraphPattern{pos, std::move(graph), BuildGroup(*node.children.at(1))});
  } else if (node.is_type<group_or_union_graph_pattern>()) {
    if (node.children.size() == 1) {
      elements.emplace_back(ast::SubGroup{pos, BuildGroup(*node.children.front())});
    } else {
      ast::Union alternatives{pos, {}};
      for (const auto& child : node.children) {
        alternatives.alternatives.push_back(BuildGroup(*child));
      }
      elements.emplace_back(std::move(alternatives));
    }
  } else if (node.is_type<filter>()) {
    elements.emplace_back(ast::Filter{pos, BuildExpression(*node.children.at(0))});
  } else if (node.is_type<bind>()) {
    elements.emplace_back(
        ast::Bind{pos, BuildExpression(*node.children.at(0)), BuildVariable(*node.children.at(1))});
  } else if (node.is_type<values_clause>()) {
    elements.emplace_back(BuildInlineData(node));
  } else if (node.is_type<sub_select>()) {
    elements.emplace_back(ast::SubSelect{pos, BuildSelect(node)});
  } else {
    Fail(node, "internal error: unexpected " + std::string(node.type) + " in a group");
  }
}

ast::InlineData AstBuilder::BuildInlineData(const Node& node) {
  ast::InlineData data;
  data.pos = PositionOf(node);
  const Node& block = *node.children.at(0);
  auto value_of = [this](const Node& value) -> std::optional<ast::PatternTerm> {
    if (value.is_type<kw_undef>()) return std::nullopt;
    return BuildTerm(value);
  };
  if (block.is_type<inline_data_one_var>()) {
    data.vars.push_back(BuildVariable(*block.children.at(0)));
    for (std::size_t i = 1; i < block.children.size(); ++i) {
      data.rows.push_back({value_of(*block.children[i])});
    }
    return data;
  }
  for (const auto& var : block.children.at(0)->children) {
    if (var->is_type<var_token>()) data.vars.push_back(BuildVariable(*var));
  }
  for (std::size_t i = 1; i < block.children.size(); ++i) {
    const Node& row_node = *block.children[i];
    std::vector<std::optional<ast::PatternTerm>> row;
    for (const auto& value : row_node.children) {
      if (!value->is_type<nil_token>()) row.push_back(value_of(*value));
    }
    if (row.size() != data.vars.size()) {
      Fail(row_node, "VALUES row has " + std::to_string(row.size()) + " values for " +
                         std::to_string(data.vars.size()) + " variables");
    }
    data.rows.push_back(std::move(row));
  }
  return data;
}

}  // namespace marsad::grammar::query
