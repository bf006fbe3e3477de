#include "base/ntriples_escape.h"

#include <cstdio>

namespace marsad {

namespace {
void AppendUcharEscape(unsigned char c, std::string* out) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\u%04X", c);
  out->append(buf);
}
}  // namespace

void AppendEscapedString(std::string_view text, std::string* out) {
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default:
        if (c < 0x20 || c == 0x7F) {
          AppendUcharEscape(c, out);
        } else {
          out->push_back(ch);
        }
    }
  }
}

void AppendEscapedIri(std::string_view iri, std::string* out) {
  for (char ch : iri) {
    const auto c = static_cast<unsigned char>(ch);
    // Characters IRIREF forbids must be written as \u escapes.
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
        c == '^' || c == '`' || c == '\\') {
      AppendUcharEscape(c, out);
    } else {
      out->push_back(ch);
    }
  }
}

}  // namespace marsad
