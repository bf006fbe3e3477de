// Turtle parse entry: document text in, triples out through a handler. PEGTL stays inside the
// .cc files of grammar/rdf; this header is safe to include anywhere.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "marsad/status.h"
#include "marsad/term.h"

namespace marsad::grammar::rdf {

// Receives each triple (graph unset) of a statement once the whole statement has parsed. A
// non-OK status stops the parse, which returns it. The quad may be moved from.
using TripleHandler = std::function<Status(Quad& quad)>;

struct TurtleOptions {
  std::string source_name = "<input>";
  // Base IRI for relative IRIs until an @base/BASE directive; empty means relative IRIs are an
  // error.
  std::string base_iri;
};

// Parses a whole Turtle document. Syntax errors return kSyntaxError with the location of the
// first error (line, column in code points, byte offset); statements before it were delivered.
// Invalid UTF-8 is reported at the first bad byte before anything is parsed.
// Blank node labels keep their text, except that labels starting with "anon" gain a "anon_"
// prefix, so they cannot collide with the labels "anon<N>" generated for [] and collections.
Status ParseTurtle(std::string_view document, const TurtleOptions& options,
                   const TripleHandler& handler);

}  // namespace marsad::grammar::rdf
