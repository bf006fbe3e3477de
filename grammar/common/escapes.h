// Decoding of the escapes of the RDF syntaxes and SPARQL (ECHAR, UCHAR, PN_LOCAL_ESC), applied
// by parse actions to the text a grammar matched. Header-only plain C++ (no PEGTL), shared by
// grammar/rdf and grammar/query.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "grammar/common/utf8.h"

namespace marsad::grammar {

// What went wrong and where: `offset` is the byte offset of the offending escape in the text
// that was passed in.
struct EscapeError {
  std::size_t offset = 0;
  std::string message;
};

// True for the characters IRIREF forbids even as a \u escape: controls, space, <>"{}|^`\\.
inline bool IsForbiddenInIriref(char32_t cp) {
  switch (cp) {
    case '<':
    case '>':
    case '"':
    case '{':
    case '}':
    case '|':
    case '^':
    case '`':
    case '\\':
      return true;
    default:
      return cp <= 0x20;
  }
}

namespace escapes_internal {

inline int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes the UCHAR starting at body[i] ('\\' then 'u' or 'U'). On success stores the code
// point and the escape's length.
inline std::optional<EscapeError> DecodeUchar(std::string_view body, std::size_t i, char32_t* cp,
                                              std::size_t* length) {
  const std::size_t digits = body[i + 1] == 'u' ? 4 : 8;
  if (i + 2 + digits > body.size()) {
    return EscapeError{i, "incomplete \\" + std::string(1, body[i + 1]) + " escape"};
  }
  std::uint32_t value = 0;
  for (std::size_t k = 0; k < digits; ++k) {
    const int digit = HexValue(body[i + 2 + k]);
    if (digit < 0) return EscapeError{i, "expected hexadecimal digits in the \\u escape"};
    value = value * 16 + static_cast<std::uint32_t>(digit);
  }
  if (value >= 0xD800 && value <= 0xDFFF) {
    return EscapeError{i, "escape names a surrogate code point, which is not a character"};
  }
  if (value > 0x10FFFF) return EscapeError{i, "escape names a code point above U+10FFFF"};
  *cp = value;
  *length = 2 + digits;
  return std::nullopt;
}

inline char DecodeEchar(char c) {
  switch (c) {
    case 't':
      return '\t';
    case 'b':
      return '\b';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 'f':
      return '\f';
    default:
      return c;  // \" \' \\ stand for themselves
  }
}

// Copies `body` to `out`, handing each backslash escape to `decode(i, &length)`, which appends
// the decoded text and returns an error or sets the escape's length.
template <typename Decode>
inline std::optional<EscapeError> AppendDecoded(std::string_view body, std::string* out,
                                                const Decode& decode) {
  std::size_t i = 0;
  while (i < body.size()) {
    const std::size_t backslash = body.find('\\', i);
    if (backslash == std::string_view::npos) {
      out->append(body.substr(i));
      break;
    }
    out->append(body.substr(i, backslash - i));
    i = backslash;
    if (i + 1 >= body.size()) return EscapeError{i, "incomplete escape at the end"};
    std::size_t length = 0;
    if (auto error = decode(i, &length)) return error;
    i += length;
  }
  return std::nullopt;
}

}  // namespace escapes_internal

// Appends `body` (the inside of a string literal, as matched by the grammar) to `out` with
// ECHAR (\t \b \n \r \f \" \' \\) and UCHAR (\uXXXX, \UXXXXXXXX) decoded. A UCHAR naming a
// surrogate (U+D800..U+DFFF) or a value above U+10FFFF is an error.
inline std::optional<EscapeError> AppendUnescapedString(std::string_view body, std::string* out) {
  return escapes_internal::AppendDecoded(body, out, [&](std::size_t i, std::size_t* length) {
    const char kind = body[i + 1];
    if (kind == 'u' || kind == 'U') {
      char32_t cp = 0;
      if (auto error = escapes_internal::DecodeUchar(body, i, &cp, length)) return error;
      AppendUtf8(cp, out);
      return std::optional<EscapeError>();
    }
    if (kind == 't' || kind == 'b' || kind == 'n' || kind == 'r' || kind == 'f' || kind == '"' ||
        kind == '\'' || kind == '\\') {
      out->push_back(escapes_internal::DecodeEchar(kind));
      *length = 2;
      return std::optional<EscapeError>();
    }
    return std::optional<EscapeError>(EscapeError{i, std::string("unknown escape \\") + kind});
  });
}

// Appends the inside of an IRIREF to `out` with UCHARs decoded. A UCHAR that decodes to a
// character IRIREF forbids is an error, as is a surrogate.
inline std::optional<EscapeError> AppendUnescapedIri(std::string_view body, std::string* out) {
  return escapes_internal::AppendDecoded(body, out, [&](std::size_t i, std::size_t* length) {
    if (body[i + 1] != 'u' && body[i + 1] != 'U') {
      return std::optional<EscapeError>(
          EscapeError{i, "only \\u and \\U escapes are allowed in an IRI"});
    }
    char32_t cp = 0;
    if (auto error = escapes_internal::DecodeUchar(body, i, &cp, length)) return error;
    if (IsForbiddenInIriref(cp)) {
      return std::optional<EscapeError>(
          EscapeError{i, "escape decodes to a character that is not allowed in an IRI"});
    }
    AppendUtf8(cp, out);
    return std::optional<EscapeError>();
  });
}

// Appends a PN_LOCAL to `out` with PN_LOCAL_ESC (\-, \., ...) decoded; %XX stays as is.
inline void AppendUnescapedLocalName(std::string_view local, std::string* out) {
  for (std::size_t i = 0; i < local.size(); ++i) {
    if (local[i] == '\\' && i + 1 < local.size()) ++i;  // PN_LOCAL_ESC: keep the character
    out->push_back(local[i]);
  }
}

}  // namespace marsad::grammar
