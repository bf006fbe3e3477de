// Escaping for N-Triples/N-Quads/Turtle output (RDF 1.1 canonical N-Triples style:
// only ", \, and the control characters are escaped in strings).
#pragma once

#include <string>
#include <string_view>

namespace marsad {

void AppendEscapedString(std::string_view text, std::string* out);
void AppendEscapedIri(std::string_view iri, std::string* out);

}  // namespace marsad
