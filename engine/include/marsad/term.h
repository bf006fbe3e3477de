// RDF 1.1 terms and quads as plain value types.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace marsad {

namespace xsd {
inline constexpr std::string_view kString = "http://www.w3.org/2001/XMLSchema#string";
inline constexpr std::string_view kInteger = "http://www.w3.org/2001/XMLSchema#integer";
inline constexpr std::string_view kDecimal = "http://www.w3.org/2001/XMLSchema#decimal";
inline constexpr std::string_view kDouble = "http://www.w3.org/2001/XMLSchema#double";
inline constexpr std::string_view kBoolean = "http://www.w3.org/2001/XMLSchema#boolean";
inline constexpr std::string_view kDate = "http://www.w3.org/2001/XMLSchema#date";
inline constexpr std::string_view kDateTime = "http://www.w3.org/2001/XMLSchema#dateTime";
inline constexpr std::string_view kLangString =
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
}  // namespace xsd

enum class TermKind : std::uint8_t { kIri = 1, kBlankNode = 2, kLiteral = 3 };

// An IRI, a blank node or a literal. For literals, `datatype` is always set (xsd:string for
// plain literals, rdf:langString for language-tagged ones) and `language` is lower-cased.
class Term {
 public:
  Term() = default;  // an "unset" term: kind() == kIri with an empty value; see is_null()

  static Term Iri(std::string iri);
  static Term Blank(std::string label);
  static Term Literal(std::string lexical);  // xsd:string
  static Term Typed(std::string lexical, std::string datatype_iri);
  static Term LangLiteral(std::string lexical, std::string language);
  static Term Integer(std::int64_t value);
  static Term Boolean(bool value);

  // In-place counterparts of the factories above: they overwrite this term and reuse the
  // capacity of its strings, so a reader refilling the same Term statement after statement
  // allocates nothing once its buffers have grown. `value` etc. must not alias this term's
  // own strings' storage.
  void AssignIri(std::string_view iri);
  void AssignBlank(std::string_view label);
  void AssignLiteral(std::string_view lexical);  // xsd:string
  void AssignTyped(std::string_view lexical, std::string_view datatype_iri);
  void AssignLangLiteral(std::string_view lexical, std::string_view language);  // lower-cases

  TermKind kind() const { return kind_; }
  bool is_null() const { return kind_ == TermKind::kIri && value_.empty(); }
  bool is_iri() const { return kind_ == TermKind::kIri && !value_.empty(); }
  bool is_blank() const { return kind_ == TermKind::kBlankNode; }
  bool is_literal() const { return kind_ == TermKind::kLiteral; }

  // IRI text, blank node label (without "_:"), or the literal's lexical form.
  const std::string& value() const { return value_; }
  const std::string& datatype() const { return datatype_; }
  const std::string& language() const { return language_; }

  // N-Triples form: <iri>, _:label, "lex"@lang, "lex"^^<dt>; xsd:string written bare.
  std::string ToNTriples() const;

  friend bool operator==(const Term&, const Term&) = default;
  // Member-wise: the three strings swap their buffers in place, where std::swap's three moves
  // would move each string three times (parsers swap a term into place per term read).
  friend void swap(Term& a, Term& b) noexcept {
    std::swap(a.kind_, b.kind_);
    a.value_.swap(b.value_);
    a.datatype_.swap(b.datatype_);
    a.language_.swap(b.language_);
  }
  friend auto operator<=>(const Term&, const Term&) = default;

 private:
  TermKind kind_ = TermKind::kIri;
  std::string value_;
  std::string datatype_;
  std::string language_;
};

// A quad; a null `graph` means the default graph.
struct Quad {
  Term subject;
  Term predicate;
  Term object;
  Term graph;

  friend bool operator==(const Quad&, const Quad&) = default;
  friend auto operator<=>(const Quad&, const Quad&) = default;
  friend void swap(Quad& a, Quad& b) noexcept {
    swap(a.subject, b.subject);
    swap(a.predicate, b.predicate);
    swap(a.object, b.object);
    swap(a.graph, b.graph);
  }
};

// A pattern over quads: an unset position matches anything. `graph` selects:
//  - GraphSelector::kAny: any graph, the default graph included (the union view);
//  - kDefault: only the default graph;
//  - kNamed: only the named graph given in `graph_name`;
//  - kAnyNamed: any named graph (not the default one).
enum class GraphSelector : std::uint8_t { kAny, kDefault, kNamed, kAnyNamed };

struct QuadPattern {
  std::optional<Term> subject;
  std::optional<Term> predicate;
  std::optional<Term> object;
  GraphSelector graph = GraphSelector::kAny;
  Term graph_name;  // used when graph == kNamed
};

}  // namespace marsad
