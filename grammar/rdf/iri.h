// IRI reference resolution (RFC 3986 §5.2) for Turtle's @base and relative IRIs, and the
// absolute-IRI check N-Triples and N-Quads require. Plain string functions, no PEGTL.
#pragma once

#include <string>
#include <string_view>

namespace marsad::grammar::rdf {

// True when `iri` starts with a scheme (ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":").
bool HasIriScheme(std::string_view iri);

// Resolves `reference` against the absolute IRI `base` (RFC 3986 §5.2.2, strict: a reference
// with a scheme is taken as is, dot segments removed). REQUIRES: HasIriScheme(base).
std::string ResolveIri(std::string_view base, std::string_view reference);

}  // namespace marsad::grammar::rdf
