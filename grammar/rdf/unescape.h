// Decoding of the escapes of the RDF syntaxes, applied by the parse actions to the text the
// grammar matched. No PEGTL here: these are plain functions, tested on their own.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace marsad::grammar::rdf {

// What went wrong and where: `offset` is the byte offset of the offending escape in the text
// that was passed in.
struct EscapeError {
  std::size_t offset = 0;
  std::string message;
};

// Appends `body` (the inside of a string literal, as matched by the grammar) to `out` with
// ECHAR (\t \b \n \r \f \" \' \\) and UCHAR (\uXXXX, \UXXXXXXXX) decoded. A UCHAR naming a
// surrogate (U+D800..U+DFFF) or a value above U+10FFFF is an error.
std::optional<EscapeError> AppendUnescapedString(std::string_view body, std::string* out);

// Appends the inside of an IRIREF to `out` with UCHARs decoded. A UCHAR that decodes to a
// character IRIREF forbids (controls, space, <>"{}|^`\) is an error, as is a surrogate.
std::optional<EscapeError> AppendUnescapedIri(std::string_view body, std::string* out);

// Appends a Turtle PN_LOCAL to `out` with PN_LOCAL_ESC (\-, \., ...) decoded; %XX stays as is.
void AppendUnescapedLocalName(std::string_view local, std::string* out);

}  // namespace marsad::grammar::rdf
