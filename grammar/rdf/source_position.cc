#include "grammar/rdf/source_position.h"

#include <cstdio>
#include <utility>

#include "grammar/common/utf8.h"

namespace marsad::grammar::rdf {

SourceLocation LocateOffset(std::string_view text, std::size_t offset, std::string source) {
  if (offset > text.size()) offset = text.size();
  std::uint64_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  SourceLocation where;
  where.source = std::move(source);
  where.line = line;
  where.column = 1 + CountCodePoints(text.substr(line_start, offset - line_start));
  where.offset = offset;
  return where;
}

Status InvalidUtf8Error(std::string_view text, std::size_t offset, std::string source) {
  char message[64];
  std::snprintf(message, sizeof message, "invalid UTF-8 byte 0x%02X",
                static_cast<unsigned>(static_cast<unsigned char>(text[offset])));
  return Status(StatusCode::kSyntaxError, message, LocateOffset(text, offset, std::move(source)));
}

}  // namespace marsad::grammar::rdf
