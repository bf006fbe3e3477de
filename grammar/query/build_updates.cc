// AstBuilder: update operations (INSERT DATA, DELETE DATA, DELETE WHERE, DELETE/INSERT, CLEAR).
#include <string>
#include <utility>
#include <variant>

#include "grammar/query/ast_builder.h"

namespace marsad::grammar::query {
namespace {

bool AnyVariable(const std::vector<ast::QuadBlock>& quads) {
  for (const auto& block : quads) {
    if (block.graph && std::holds_alternative<ast::Variable>(*block.graph)) return true;
    for (const auto& triple : block.triples) {
      if (std::holds_alternative<ast::Variable>(triple.subject) ||
          std::holds_alternative<ast::Variable>(triple.predicate) ||
          std::holds_alternative<ast::Variable>(triple.object)) {
        return true;
      }
    }
  }
  return false;
}

bool AnyBlankNode(const std::vector<ast::QuadBlock>& quads) {
  for (const auto& block : quads) {
    for (const auto& triple : block.triples) {
      if (std::holds_alternative<ast::BlankNode>(triple.subject) ||
          std::holds_alternative<ast::BlankNode>(triple.object)) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

ast::UpdateOperation AstBuilder::BuildUpdateOperation(const Node& node) {
  if (node.is_type<modify>()) return BuildModify(node);
  if (node.is_type<clear>()) return BuildClear(node);
  ast::QuadData data;
  data.pos = PositionOf(node);
  data.quads = BuildQuads(node, 0);
  if (node.is_type<insert_data>()) {
    data.kind = ast::QuadDataKind::kInsertData;
  } else if (node.is_type<delete_data>()) {
    data.kind = ast::QuadDataKind::kDeleteData;
  } else {
    data.kind = ast::QuadDataKind::kDeleteWhere;
  }
  // SPARQL 1.1 §19.6 / grammar notes 8-9: data is ground; deletions name no blank node.
  if (data.kind != ast::QuadDataKind::kDeleteWhere && AnyVariable(data.quads)) {
    Fail(node, "variables are not allowed in INSERT DATA / DELETE DATA");
  }
  if (data.kind != ast::QuadDataKind::kInsertData && AnyBlankNode(data.quads)) {
    Fail(node, "blank nodes are not allowed in DELETE DATA / DELETE WHERE");
  }
  return data;
}

// Children from `first`: triples_same_subject (default graph) and quads_not_triples
// (GRAPH g { ... }), in written order; consecutive default-graph triples share one block.
std::vector<ast::QuadBlock> AstBuilder::BuildQuads(const Node& node, std::size_t first) {
  std::vector<ast::QuadBlock> quads;
  for (std::size_t i = first; i < node.children.size(); ++i) {
    const Node& child = *node.children[i];
    if (child.is_type<quads_not_triples>()) {
      const Node& name = *child.children.at(0);
      ast::QuadBlock block{PositionOf(child), std::nullopt, {}};
      block.graph = name.is_type<var_token>() ? ast::VarOrIri(BuildVariable(name))
                                              : ast::VarOrIri(BuildIri(name));
      for (std::size_t j = 1; j < child.children.size(); ++j) {
        BuildTriples(*child.children[j], &block.triples);
      }
      quads.push_back(std::move(block));
    } else if (child.is_type<triples_same_subject>()) {
      if (quads.empty() || quads.back().graph) {
        quads.push_back(ast::QuadBlock{PositionOf(child), std::nullopt, {}});
      }
      BuildTriples(child, &quads.back().triples);
    }
  }
  return quads;
}

ast::Modify AstBuilder::BuildModify(const Node& node) {
  ast::Modify modify_op;
  modify_op.pos = PositionOf(node);
  for (const auto& child : node.children) {
    if (child->is_type<with_clause>()) {
      modify_op.with = BuildIri(*child->children.at(0));
    } else if (child->is_type<delete_clause>()) {
      modify_op.has_delete = true;
      modify_op.delete_quads = BuildQuads(*child, 0);
      if (AnyBlankNode(modify_op.delete_quads)) {
        Fail(*child, "blank nodes are not allowed in a DELETE template");
      }
    } else if (child->is_type<insert_clause>()) {
      modify_op.has_insert = true;
      modify_op.insert_quads = BuildQuads(*child, 0);
    } else if (child->is_type<using_clause>()) {
      modify_op.using_clauses.push_back(BuildDatasetClause(*child));
    } else if (child->is_type<group_graph_pattern>()) {
      modify_op.where = BuildGroup(*child);
    }
  }
  return modify_op;
}

ast::Clear AstBuilder::BuildClear(const Node& node) {
  ast::Clear clear_op;
  clear_op.pos = PositionOf(node);
  for (const auto& child : node.children) {
    if (child->is_type<kw_silent>()) {
      clear_op.silent = true;
    } else if (child->is_type<graph_ref>()) {
      clear_op.target = ast::GraphTarget::kGraph;
      clear_op.graph = BuildIri(*child->children.at(0));
    } else if (child->is_type<kw_default_graph>()) {
      clear_op.target = ast::GraphTarget::kDefault;
    } else if (child->is_type<kw_named>()) {
      clear_op.target = ast::GraphTarget::kNamed;
    } else if (child->is_type<kw_all>()) {
      clear_op.target = ast::GraphTarget::kAll;
    }
  }
  return clear_op;
}

}  // namespace marsad::grammar::query
