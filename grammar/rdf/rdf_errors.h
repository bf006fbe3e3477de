// Error messages of the RDF grammars: one entry per rule that appears under must<> or raise<>,
// in the shape of PEGTL's json_errors.hpp. The control reports only those (raise_on_failure is
// false), so an ordinary local failure still backtracks. Include only from grammar/rdf .cc files.
#pragma once

#include <tao/pegtl.hpp>

#include "grammar/rdf/ntriples_grammar.h"
#include "grammar/rdf/turtle_grammar.h"

namespace marsad::grammar::rdf {

template <typename Rule>
inline constexpr const char* kErrorMessage = nullptr;

#define MARSAD_RDF_ERROR(rule, text) \
  template <>                        \
  inline constexpr const char* kErrorMessage<rule> = text

// Tokens shared by all three syntaxes.
MARSAD_RDF_ERROR(rdf_tokens::invalid_escape,
                 "invalid escape: expected \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX or "
                 "\\UXXXXXXXX");
MARSAD_RDF_ERROR(rdf_tokens::invalid_iri_escape,
                 "invalid escape in IRI: expected \\uXXXX or \\UXXXXXXXX");
MARSAD_RDF_ERROR(rdf_tokens::iri_close, "expected '>' to close the IRI");
MARSAD_RDF_ERROR(rdf_tokens::string_close_quote, "expected '\"' to close the string");
MARSAD_RDF_ERROR(rdf_tokens::lang, "expected a language tag after '@'");

// N-Triples / N-Quads.
MARSAD_RDF_ERROR(ntriples::datatype_iri, "expected a datatype IRI after '^^'");
MARSAD_RDF_ERROR(ntriples::predicate, "expected a predicate IRI");
MARSAD_RDF_ERROR(ntriples::object, "expected an object: an IRI, a blank node or a literal");
MARSAD_RDF_ERROR(ntriples::dot, "expected '.' to end the triple");
MARSAD_RDF_ERROR(ntriples::quad_dot, "expected a graph label or '.' to end the quad");
MARSAD_RDF_ERROR(ntriples::end_after_statement,
                 "expected the end of the line or a comment after '.'");
MARSAD_RDF_ERROR(ntriples::end_of_line, "expected a subject (an IRI or a blank node)");

// Turtle.
MARSAD_RDF_ERROR(turtle::string_close_single_quote, "expected \"'\" to close the string");
MARSAD_RDF_ERROR(turtle::string_close_long_quote, "expected '\"\"\"' to close the string");
MARSAD_RDF_ERROR(turtle::string_close_long_single_quote, "expected \"'''\" to close the string");
MARSAD_RDF_ERROR(turtle::datatype, "expected a datatype IRI after '^^'");
MARSAD_RDF_ERROR(turtle::prefix_name, "expected a prefix name ending in ':'");
MARSAD_RDF_ERROR(turtle::prefix_iri, "expected the namespace IRI in <...>");
MARSAD_RDF_ERROR(turtle::base_iri, "expected the base IRI in <...>");
MARSAD_RDF_ERROR(turtle::directive_dot, "expected '.' to end the directive");
MARSAD_RDF_ERROR(turtle::predicate_object_list, "expected a predicate (an IRI or 'a')");
MARSAD_RDF_ERROR(turtle::object_list, "expected an object");
MARSAD_RDF_ERROR(turtle::object, "expected an object after ','");
MARSAD_RDF_ERROR(turtle::bnpl_close, "expected ']' to close the blank node property list");
MARSAD_RDF_ERROR(turtle::collection_close, "expected ')' to close the collection");
MARSAD_RDF_ERROR(turtle::statement_dot, "expected '.' to end the triples");
MARSAD_RDF_ERROR(turtle::end_of_document,
                 "expected a statement: a subject, @prefix, @base, PREFIX or BASE");

#undef MARSAD_RDF_ERROR

struct ErrorTable {
  template <typename Rule>
  static constexpr const char* message = kErrorMessage<Rule>;
  template <typename Rule>
  static constexpr bool raise_on_failure = false;
};

template <typename Rule>
using Control = tao::pegtl::must_if<ErrorTable>::control<Rule>;

}  // namespace marsad::grammar::rdf
