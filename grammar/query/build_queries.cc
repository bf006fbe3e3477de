// AstBuilder: the request, the four query forms and their solution modifiers.
#include <string>
#include <utility>
#include <variant>

#include "grammar/query/ast_builder.h"

namespace marsad::grammar::query {

ast::Request AstBuilder::BuildRequest(const Node& root) {
  ast::Request request;
  ast::Prologue prologue;
  ast::Update update;
  bool is_query = false;
  for (const auto& child : root.children) {
    if (child->is_type<explain>()) {
      request.explain =
          child->children.empty() ? ast::ExplainMode::kExplain : ast::ExplainMode::kExplainAnalyze;
    } else if (child->is_type<prefix_decl>()) {
      DeclarePrefix(*child, &prologue);
    } else if (child->is_type<base_decl>()) {
      DeclareBase(*child, &prologue);
    } else if (child->is_type<query_body>()) {
      request.body = BuildQuery(*child, std::move(prologue));
      is_query = true;
    } else {
      update.operations.push_back(BuildUpdateOperation(*child));
    }
  }
  if (!is_query) {
    update.prologue = std::move(prologue);
    request.body = std::move(update);
  }
  return request;
}

ast::Query AstBuilder::BuildQuery(const Node& body, ast::Prologue prologue) {
  const Node& form = *body.children.at(0);
  ast::Query query{std::move(prologue), ast::AskQuery{}};
  if (form.is_type<select_query>()) {
    query.form = BuildSelect(form);
  } else if (form.is_type<construct_query>()) {
    query.form = BuildConstruct(form);
  } else if (form.is_type<describe_query>()) {
    query.form = BuildDescribe(form);
  } else {
    query.form = BuildAsk(form);
  }
  if (body.children.size() > 1) {
    ast::InlineData values = BuildInlineData(*body.children[1]);
    std::visit([&](auto& q) { q.values = std::move(values); }, query.form);
  }
  return query;
}

// Handles both select_query and sub_select (which has no dataset but may carry VALUES).
ast::SelectQuery AstBuilder::BuildSelect(const Node& node) {
  ast::SelectQuery select;
  select.pos = PositionOf(node);
  for (const auto& child : node.children) {
    if (child->is_type<select_clause>()) {
      BuildSelectClause(*child, &select);
    } else if (child->is_type<dataset_clause>()) {
      select.datasets.push_back(BuildDatasetClause(*child));
    } else if (child->is_type<group_graph_pattern>()) {
      select.where = BuildGroup(*child);
    } else if (child->is_type<solution_modifier>()) {
      select.modifiers = BuildSolutionModifier(*child);
    } else if (child->is_type<values_clause>()) {
      select.values = BuildInlineData(*child);
    }
  }
  return select;
}

void AstBuilder::BuildSelectClause(const Node& node, ast::SelectQuery* select) {
  for (const auto& child : node.children) {
    if (child->is_type<select_modifier>()) {
      const char first = child->string_view().front();
      select->modifier = (first == 'd' || first == 'D') ? ast::SelectModifier::kDistinct
                                                        : ast::SelectModifier::kReduced;
    } else if (child->is_type<star_token>()) {
      select->star = true;
    } else if (child->is_type<var_token>()) {
      select->projections.push_back(
          ast::Projection{PositionOf(*child), std::nullopt, BuildVariable(*child)});
    } else {  // projection_expression: (expr AS ?v)
      select->projections.push_back(ast::Projection{PositionOf(*child),
                                                    BuildExpression(*child->children.at(0)),
                                                    BuildVariable(*child->children.at(1))});
    }
  }
}

ast::ConstructQuery AstBuilder::BuildConstruct(const Node& node) {
  ast::ConstructQuery construct;
  construct.pos = PositionOf(node);
  const Node& body = *node.children.at(0);
  construct.short_form = body.is_type<construct_where>();
  for (const auto& child : body.children) {
    if (child->is_type<construct_template>()) {
      for (const auto& triples : child->children) {
        BuildTriples(*triples, &construct.construct_template);
      }
    } else if (child->is_type<triples_same_subject>()) {
      BuildTriples(*child, &construct.construct_template);
    } else if (child->is_type<dataset_clause>()) {
      construct.datasets.push_back(BuildDatasetClause(*child));
    } else if (child->is_type<group_graph_pattern>()) {
      construct.where = BuildGroup(*child);
    } else if (child->is_type<solution_modifier>()) {
      construct.modifiers = BuildSolutionModifier(*child);
    }
  }
  if (construct.short_form) {  // the template is also the pattern
    construct.where.pos = construct.pos;
    construct.where.elements.emplace_back(
        ast::TriplesBlock{construct.pos, construct.construct_template});
  }
  return construct;
}

ast::DescribeQuery AstBuilder::BuildDescribe(const Node& node) {
  ast::DescribeQuery describe;
  describe.pos = PositionOf(node);
  for (const auto& child : node.children) {
    if (child->is_type<describe_targets>()) {
      for (const auto& target : child->children) {
        if (target->is_type<star_token>()) {
          describe.star = true;
        } else if (target->is_type<var_token>()) {
          describe.targets.emplace_back(BuildVariable(*target));
        } else {
          describe.targets.emplace_back(BuildIri(*target));
        }
      }
    } else if (child->is_type<dataset_clause>()) {
      describe.datasets.push_back(BuildDatasetClause(*child));
    } else if (child->is_type<group_graph_pattern>()) {
      describe.where = BuildGroup(*child);
    } else if (child->is_type<solution_modifier>()) {
      describe.modifiers = BuildSolutionModifier(*child);
    }
  }
  return describe;
}

ast::AskQuery AstBuilder::BuildAsk(const Node& node) {
  ast::AskQuery ask;
  ask.pos = PositionOf(node);
  for (const auto& child : node.children) {
    if (child->is_type<dataset_clause>()) {
      ask.datasets.push_back(BuildDatasetClause(*child));
    } else if (child->is_type<group_graph_pattern>()) {
      ask.where = BuildGroup(*child);
    } else if (child->is_type<solution_modifier>()) {
      ask.modifiers = BuildSolutionModifier(*child);
    }
  }
  return ask;
}

// dataset_clause and using_clause: [iri] or [named_graph_clause [NAMED, iri]].
ast::DatasetClause AstBuilder::BuildDatasetClause(const Node& node) {
  const Node& inner = *node.children.at(0);
  const bool named = inner.is_type<named_graph_clause>();
  return ast::DatasetClause{PositionOf(node), named,
                            BuildIri(named ? *inner.children.back() : inner)};
}

}  // namespace marsad::grammar::query
