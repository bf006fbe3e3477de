// AstBuilder: positions, terms, literals, prologue declarations.
#include <string>
#include <string_view>

#include "grammar/common/escapes.h"
#include "grammar/query/ast_builder.h"

namespace marsad::grammar::query {
namespace {

constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
constexpr std::string_view kRdfNil = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil";

}  // namespace

void AstBuilder::Fail(const Node& node, std::string message) const {
  throw BuildError(std::move(message), node.m_begin.byte);
}

ast::Position AstBuilder::PositionOf(const Node& node) {
  return ast::Position{node.m_begin.line, columns_.ColumnAt(node.m_begin.byte), node.m_begin.byte};
}

ast::Variable AstBuilder::BuildVariable(const Node& node) {
  return ast::Variable{PositionOf(node), std::string(node.string_view().substr(1))};
}

ast::Iri AstBuilder::BuildIri(const Node& node) {
  ast::Iri iri;
  iri.pos = PositionOf(node);
  const std::string_view text = node.string_view();
  iri.written = std::string(text);
  if (text.front() == '<') {
    if (auto error = grammar::AppendUnescapedIri(text.substr(1, text.size() - 2), &iri.iri)) {
      throw BuildError(error->message, node.m_begin.byte + 1 + error->offset);
    }
    return iri;
  }
  const std::size_t colon = text.find(':');
  iri.prefixed = true;
  iri.prefix = std::string(text.substr(0, colon));
  grammar::AppendUnescapedLocalName(text.substr(colon + 1), &iri.local);
  if (const auto it = prefixes_.find(iri.prefix); it != prefixes_.end()) {
    iri.iri = it->second + iri.local;
  }
  return iri;
}

ast::Iri AstBuilder::RdfTypeIri(const Node& node) {
  ast::Iri iri;
  iri.pos = PositionOf(node);
  iri.iri = std::string(kRdfType);
  iri.written = "a";
  return iri;
}

std::string AstBuilder::StringValue(const Node& node) {
  std::string_view text = node.string_view();
  const bool long_form =
      text.size() >= 6 && (text.substr(0, 3) == "\"\"\"" || text.substr(0, 3) == "'''");
  const std::size_t quote = long_form ? 3 : 1;
  std::string value;
  if (auto error =
          grammar::AppendUnescapedString(text.substr(quote, text.size() - 2 * quote), &value)) {
    throw BuildError(error->message, node.m_begin.byte + quote + error->offset);
  }
  return value;
}

ast::Literal AstBuilder::BuildLiteral(const Node& node) {
  ast::Literal literal;
  literal.pos = PositionOf(node);
  if (node.is_type<rdf_literal>()) {
    literal.lexical = StringValue(*node.children.front());
    if (node.children.size() > 1) {
      const Node& suffix = *node.children[1];
      if (suffix.is_type<grammar::langtag>()) {
        literal.kind = ast::LiteralKind::kLangString;
        literal.language = std::string(suffix.string_view().substr(1));
      } else {
        literal.kind = ast::LiteralKind::kTyped;
        literal.datatype = BuildIri(suffix);
      }
    }
    return literal;
  }
  const std::string_view text = node.string_view();
  literal.lexical = std::string(text);
  if (node.is_type<boolean_token>()) {
    literal.kind = ast::LiteralKind::kBoolean;
    literal.lexical = (text.front() == 't' || text.front() == 'T') ? "true" : "false";
  } else if (text.find_first_of("eE") != std::string_view::npos) {
    literal.kind = ast::LiteralKind::kDouble;
  } else if (text.find('.') != std::string_view::npos) {
    literal.kind = ast::LiteralKind::kDecimal;
  } else {
    literal.kind = ast::LiteralKind::kInteger;
  }
  return literal;
}

ast::BlankNode AstBuilder::FreshBlankNode(const Node& node) {
  return ast::BlankNode{PositionOf(node), "", next_anon_id_++};
}

ast::PatternTerm AstBuilder::BuildTerm(const Node& node) {
  if (node.is_type<var_token>()) return BuildVariable(node);
  if (node.is_type<iri_token>()) return BuildIri(node);
  if (node.is_type<rdf_literal>() || node.is_type<unsigned_number>() ||
      node.is_type<signed_number>() || node.is_type<boolean_token>()) {
    return BuildLiteral(node);
  }
  if (node.is_type<grammar::blank_node_label>()) {
    return ast::BlankNode{PositionOf(node), std::string(node.string_view().substr(2)), 0};
  }
  if (node.is_type<grammar::anon>()) return FreshBlankNode(node);
  if (node.is_type<nil_token>()) {
    ast::Iri nil;
    nil.pos = PositionOf(node);
    nil.iri = std::string(kRdfNil);
    nil.written = "()";
    return nil;
  }
  if (node.is_type<entity_lookup>()) {
    ast::EntityLookup lookup{PositionOf(node), "", false};
    const Node& name = *node.children.at(0);
    lookup.quoted = name.is_type<string_token>();
    lookup.text = lookup.quoted ? StringValue(name) : std::string(name.string_view());
    return lookup;
  }
  Fail(node, "internal error: unexpected " + std::string(node.type) + " as a term");
}

void AstBuilder::DeclarePrefix(const Node& decl, ast::Prologue* prologue) {
  const std::string_view name = decl.children.at(0)->string_view();
  ast::PrefixDecl prefix{PositionOf(decl), std::string(name.substr(0, name.size() - 1)), ""};
  const std::string_view iri = decl.children.at(1)->string_view();
  if (auto error = grammar::AppendUnescapedIri(iri.substr(1, iri.size() - 2), &prefix.iri)) {
    Fail(*decl.children[1], error->message);
  }
  prefixes_[prefix.prefix] = prefix.iri;
  prologue->prefixes.push_back(std::move(prefix));
}

void AstBuilder::DeclareBase(const Node& decl, ast::Prologue* prologue) {
  const std::string_view iri = decl.children.at(0)->string_view();
  std::string base;
  if (auto error = grammar::AppendUnescapedIri(iri.substr(1, iri.size() - 2), &base)) {
    Fail(*decl.children[0], error->message);
  }
  prologue->base = std::move(base);
}

}  // namespace marsad::grammar::query
