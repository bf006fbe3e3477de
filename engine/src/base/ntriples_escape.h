// The one N-Triples serialisation of terms, used by Term::ToNTriples and by the io writers
// (N-Triples, N-Quads, Turtle). Contract: whatever AppendNTriplesTerm writes with an OK status
// reads back through our readers (and any conforming RDF 1.1 reader) as the same term.
//
// Strings: only ", \ and control characters are escaped (RDF 1.1 canonical N-Triples: \t \b \n
// \r \f as ECHAR, other controls and DEL as \u00XX); everything else, non-BMP included, is
// written as UTF-8. IRIs are written verbatim: IRIREF cannot carry controls, space or
// <>"{}|^`\ even as \u escapes, so such IRIs are refused rather than written unreadably.
#pragma once

#include <string>
#include <string_view>

#include "marsad/status.h"
#include "marsad/term.h"

namespace marsad {

// Appends `text` escaped for a "..." literal (N-Triples, N-Quads, Turtle).
void AppendEscapedString(std::string_view text, std::string* out);

// Appends `<iri>`. kInvalidArgument if the IRI is empty of meaning to a reader: invalid UTF-8
// or a character IRIREF forbids. On error `out` still receives a display form in which those
// characters appear as \u escapes (readable by people, not by RDF readers).
Status AppendIriRef(std::string_view iri, std::string* out);

// Appends `_:label`. A label made of [A-Za-z0-9_-] starting with a letter or digit is written
// as is; any other label (possible through the API, or a non-ASCII one) as "_x" followed by
// its bytes in lower-case hex. The mapping is injective (plain labels never start with '_')
// and stable, so distinct nodes stay distinct and every occurrence of one node gets the same
// label.
void AppendBlankNode(std::string_view label, std::string* out);

// LANGTAG without '@': [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.
bool IsLangTag(std::string_view tag);

// Appends the N-Triples form of any term (<iri>, _:label, "lex"@lang, "lex"^^<dt>, bare "lex"
// for xsd:string). kInvalidArgument for an unset term, an unwritable IRI or datatype, an
// invalid language tag, or a lexical form that is not valid UTF-8; `out` then still holds a
// display form (what Term::ToNTriples returns), which a reader would not accept.
Status AppendNTriplesTerm(const Term& term, std::string* out);

}  // namespace marsad
