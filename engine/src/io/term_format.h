// Term serialisation shared by the N-Triples, N-Quads and Turtle writers.
#pragma once

#include <string>

#include "marsad/status.h"
#include "marsad/term.h"

namespace marsad::io {

// Appends `<iri>`. An IRI holding a character that IRIREF cannot carry even escaped (controls,
// space, <>"{}|^`\) is kInvalidArgument: writing it would produce a file no reader accepts.
Status AppendIriRef(const std::string& iri, std::string* out);

// Appends `_:label`. Labels that are not a valid BLANK_NODE_LABEL (possible for nodes created
// through the API) are written as "x" followed by the label's bytes in hex, which is stable, so
// every occurrence of one node maps to the same label.
void AppendBlankNode(const std::string& label, std::string* out);

// Appends the N-Triples form of any term ("lex"@lang, "lex"^^<dt>, bare "lex" for xsd:string).
// An unset term or an invalid language tag is kInvalidArgument.
Status AppendNTriplesTerm(const Term& term, std::string* out);

}  // namespace marsad::io
