// The exception a parse action throws when matched text is still invalid (a relative IRI in
// N-Triples, an escape naming a surrogate, an undefined prefix). It never leaves grammar/rdf:
// each parse entry catches it, with PEGTL's parse_error, and returns a Status.
#pragma once

#include <cstddef>
#include <string>

namespace marsad::grammar::rdf {

struct ActionError {
  std::size_t offset = 0;  // byte offset into the parsed input
  std::string message;
};

// Thrown out of the handler call inside a Turtle parse to stop it with the handler's status.
struct HandlerStop {};

}  // namespace marsad::grammar::rdf
