// Prefixes, IRIs, literals and variable slots.
#include "base/status_macros.h"
#include "query/binder/binder.h"

namespace marsad::query::binder {
namespace {

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

bool HasScheme(std::string_view iri) {
  const std::size_t colon = iri.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = iri[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') {
      return false;
    }
  }
  return true;
}

// RFC 3986 reference resolution, reduced to the forms queries use: fragment-only, query-only,
// absolute-path and relative-path references (dot segments are not removed).
std::string Resolve(const std::string& base, const std::string& ref) {
  if (base.empty() || HasScheme(ref)) return ref;
  if (ref.empty()) return base.substr(0, base.find('#'));
  if (ref[0] == '#') return base.substr(0, base.find('#')) + ref;
  const std::size_t scheme_end = base.find("://");
  const std::size_t authority_end =
      scheme_end == std::string::npos ? 0 : base.find('/', scheme_end + 3);
  if (ref.starts_with("//")) return base.substr(0, base.find(':') + 1) + ref;
  if (ref[0] == '/') {
    return (authority_end == std::string::npos ? base : base.substr(0, authority_end)) + ref;
  }
  if (ref[0] == '?') return base.substr(0, base.find_first_of("?#")) + ref;
  const std::size_t last_slash = base.substr(0, base.find_first_of("?#")).rfind('/');
  return (last_slash == std::string::npos ? base : base.substr(0, last_slash + 1)) + ref;
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& DefaultPrefixes() {
  static const auto* prefixes = new std::vector<std::pair<std::string, std::string>>{
      {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
      {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
      {"xsd", std::string(kXsd)},
      {"owl", "http://www.w3.org/2002/07/owl#"},
      {"marsad", "http://marsad.dev/ns#"},
      {"ent", "http://marsad.dev/entity/"},
      {"art", "http://marsad.dev/article/"},
  };
  return *prefixes;
}

Status SemanticError(const ast::Position& pos, std::string message) {
  SourceLocation where{"<query>", pos.line, pos.column, pos.offset};
  return Status(StatusCode::kInvalidArgument, std::move(message), where);
}

namespace {

// The predeclared namespace of `prefix`, or null. A linear search: there are seven.
const std::string* DefaultPrefix(std::string_view prefix) {
  for (const auto& [name, iri] : DefaultPrefixes()) {
    if (name == prefix) return &iri;
  }
  return nullptr;
}

}  // namespace

// prefixes_ holds only the request's own declarations (they override the defaults), so a
// query that declares none builds no map.
Status Binder::SetPrologue(const ast::Prologue& prologue) {
  prefixes_.clear();
  base_ = prologue.base.value_or("");
  for (const ast::PrefixDecl& decl : prologue.prefixes) {
    prefixes_[decl.prefix] = Resolve(base_, decl.iri);
  }
  return Status::Ok();
}

Result<Term> Binder::ResolveIri(const ast::Iri& iri) {
  if (iri.prefixed) {
    // A prefix declared relative (PREFIX : <>) yields a relative IRI: resolve it too.
    if (!iri.iri.empty()) return Term::Iri(Resolve(base_, iri.iri));
    const std::string* ns = nullptr;
    if (auto it = prefixes_.find(iri.prefix); it != prefixes_.end()) {
      ns = &it->second;
    } else {
      ns = DefaultPrefix(iri.prefix);
    }
    if (ns == nullptr) {
      return SemanticError(iri.pos, "unknown prefix '" + iri.prefix + ":' in " + iri.written);
    }
    return Term::Iri(*ns + iri.local);
  }
  return Term::Iri(Resolve(base_, iri.iri));
}

Result<Term> Binder::LiteralTerm(const ast::Literal& literal) {
  switch (literal.kind) {
    case ast::LiteralKind::kString:
      return Term::Literal(literal.lexical);
    case ast::LiteralKind::kLangString:
      return Term::LangLiteral(literal.lexical, literal.language);
    case ast::LiteralKind::kTyped: {
      if (!literal.datatype) return SemanticError(literal.pos, "typed literal without datatype");
      MARSAD_ASSIGN_OR_RETURN(Term dt, ResolveIri(*literal.datatype));
      if (dt.value() == xsd::kLangString) {
        return SemanticError(literal.pos, "rdf:langString literals need a language tag");
      }
      return Term::Typed(literal.lexical, dt.value());
    }
    case ast::LiteralKind::kInteger:
      return Term::Typed(literal.lexical, std::string(xsd::kInteger));
    case ast::LiteralKind::kDecimal:
      return Term::Typed(literal.lexical, std::string(xsd::kDecimal));
    case ast::LiteralKind::kDouble:
      return Term::Typed(literal.lexical, std::string(xsd::kDouble));
    case ast::LiteralKind::kBoolean:
      return Term::Typed(literal.lexical, std::string(xsd::kBoolean));
  }
  return SemanticError(literal.pos, "unsupported literal");
}

int Binder::VariableSlot(const std::string& name) {
  auto& scope = scopes_.back();
  auto it = scope.find(name);
  if (it != scope.end()) return it->second;
  const int slot = static_cast<int>(slot_names_.size());
  slot_names_.push_back(name);
  scope.emplace(name, slot);
  return slot;
}

int Binder::HiddenSlot(const std::string& hint) {
  slot_names_.push_back(" " + hint);  // a space: no variable can have this name
  return static_cast<int>(slot_names_.size()) - 1;
}

int Binder::BlankSlot(const ast::BlankNode& node) {
  const std::string key =
      node.anon_id > 0 ? "#" + std::to_string(node.anon_id) : "_:" + node.label;
  auto it = blank_slots_.find(key);
  if (it != blank_slots_.end()) return it->second;
  const int slot = HiddenSlot(key);
  blank_slots_.emplace(key, slot);
  return slot;
}

Result<plan::TemplateTerm> Binder::BindTemplateTerm(const ast::PatternTerm& term) {
  plan::TemplateTerm out;
  if (const auto* v = std::get_if<ast::Variable>(&term)) {
    out.slot = VariableSlot(v->name);
  } else if (const auto* iri = std::get_if<ast::Iri>(&term)) {
    MARSAD_ASSIGN_OR_RETURN(out.constant, ResolveIri(*iri));
  } else if (const auto* lit = std::get_if<ast::Literal>(&term)) {
    MARSAD_ASSIGN_OR_RETURN(out.constant, LiteralTerm(*lit));
  } else if (const auto* b = std::get_if<ast::BlankNode>(&term)) {
    out.blank = true;
    out.constant = Term::Blank(b->anon_id > 0 ? "a" + std::to_string(b->anon_id) : b->label);
  } else {
    return SemanticError(std::get<ast::EntityLookup>(term).pos,
                         "an entity lookup cannot appear in a template");
  }
  return out;
}

}  // namespace marsad::query::binder
