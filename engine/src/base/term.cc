#include "marsad/term.h"

#include <string>

#include "base/ntriples_escape.h"

namespace marsad {

Term Term::Iri(std::string iri) {
  Term t;
  t.kind_ = TermKind::kIri;
  t.value_ = std::move(iri);
  return t;
}

Term Term::Blank(std::string label) {
  Term t;
  t.kind_ = TermKind::kBlankNode;
  t.value_ = std::move(label);
  return t;
}

Term Term::Literal(std::string lexical) {
  return Typed(std::move(lexical), std::string(xsd::kString));
}

Term Term::Typed(std::string lexical, std::string datatype_iri) {
  Term t;
  t.kind_ = TermKind::kLiteral;
  t.value_ = std::move(lexical);
  t.datatype_ = std::move(datatype_iri);
  return t;
}

Term Term::LangLiteral(std::string lexical, std::string language) {
  Term t;
  t.kind_ = TermKind::kLiteral;
  t.value_ = std::move(lexical);
  t.datatype_ = std::string(xsd::kLangString);
  for (char& c : language) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  t.language_ = std::move(language);
  return t;
}

Term Term::Integer(std::int64_t value) {
  return Typed(std::to_string(value), std::string(xsd::kInteger));
}

Term Term::Boolean(bool value) {
  return Typed(value ? "true" : "false", std::string(xsd::kBoolean));
}

void Term::AssignIri(std::string_view iri) {
  kind_ = TermKind::kIri;
  value_.assign(iri);
  datatype_.clear();
  language_.clear();
}

void Term::AssignBlank(std::string_view label) {
  kind_ = TermKind::kBlankNode;
  value_.assign(label);
  datatype_.clear();
  language_.clear();
}

void Term::AssignLiteral(std::string_view lexical) { AssignTyped(lexical, xsd::kString); }

void Term::AssignTyped(std::string_view lexical, std::string_view datatype_iri) {
  kind_ = TermKind::kLiteral;
  value_.assign(lexical);
  datatype_.assign(datatype_iri);
  language_.clear();
}

void Term::AssignLangLiteral(std::string_view lexical, std::string_view language) {
  kind_ = TermKind::kLiteral;
  value_.assign(lexical);
  datatype_.assign(xsd::kLangString);
  language_.assign(language);
  for (char& c : language_) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

std::string Term::ToNTriples() const {
  std::string out;
  // A term no reader could accept still gets its display form (see AppendNTriplesTerm).
  static_cast<void>(AppendNTriplesTerm(*this, &out));
  return out;
}

}  // namespace marsad
