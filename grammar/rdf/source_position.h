// Turning a byte offset into the line and code-point column that SourceLocation promises.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "marsad/status.h"

namespace marsad::grammar::rdf {

// The location of byte `offset` in `text`: lines count LF, CRLF and lone CR as one break each,
// and the column counts code points from the start of the line (1-based). `text` before
// `offset` must be valid UTF-8.
SourceLocation LocateOffset(std::string_view text, std::size_t offset, std::string source);

// Error for the first invalid UTF-8 byte at `offset` in `text`.
Status InvalidUtf8Error(std::string_view text, std::size_t offset, std::string source);

}  // namespace marsad::grammar::rdf
