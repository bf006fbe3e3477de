// UTF-8 validation and code-point helpers (no ICU types in the interface).
//
// Every text-layer entry point assumes well-formed UTF-8. Callers that receive bytes from the
// outside world (files, the shell, query strings) run ValidateUtf8 or SanitizeUtf8 first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "marsad/status.h"

namespace marsad::text {

struct Utf8Options {
  // NUL bytes are well-formed UTF-8 but never legitimate in article or query text; they are
  // rejected (or replaced) unless the caller allows them.
  bool allow_nul = false;
  // Name reported in SourceLocation::source of an error ("<query>", a file name).
  std::string_view source_name = {};
};

// OK when `bytes` is well-formed UTF-8: shortest-form sequences only, no encoded surrogates
// (U+D800..U+DFFF, i.e. CESU-8 "lone surrogates"), nothing above U+10FFFF, and no NUL unless
// allowed. Otherwise kInvalidArgument whose message names the problem and the byte offset and
// whose SourceLocation holds offset (0-based byte), line and column (1-based, code points).
// Inputs larger than 4 GiB are rejected (spans are 32-bit).
Status ValidateUtf8(std::string_view bytes, const Utf8Options& options = {});

// Byte offset of the first ill-formed byte (or disallowed NUL), or npos when valid.
std::size_t FindInvalidUtf8(std::string_view bytes, bool allow_nul = false);

// Copy of `bytes` where each maximal ill-formed subsequence (per the Unicode "substitution of
// maximal subparts" practice) and each disallowed NUL becomes U+FFFD. Never fails.
std::string SanitizeUtf8(std::string_view bytes, bool allow_nul = false);

// Decodes the code point starting at byte `*pos` and advances `*pos` past it. Returns -1 and
// advances by one byte when the sequence there is ill-formed. REQUIRES: *pos < s.size().
std::int32_t DecodeUtf8(std::string_view s, std::size_t* pos);

// Appends the UTF-8 encoding of `cp` (a scalar value) to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// Number of code points. REQUIRES: valid UTF-8 (ill-formed bytes count one each).
std::size_t CodePointLength(std::string_view s);

// Byte offset of code point index `cp_index` (s.size() when cp_index >= length).
std::size_t ByteOffsetOfCodePoint(std::string_view s, std::size_t cp_index);

// Code-point index of the character containing byte `byte_offset`.
std::size_t CodePointIndexOfByte(std::string_view s, std::size_t byte_offset);

// Substring by code points, like SPARQL SUBSTR with 0-based start: at most `count` code points
// starting at code point `start`; clamps to the string (an empty view past the end).
std::string_view CodePointSubstr(std::string_view s, std::size_t start,
                                 std::size_t count = std::string_view::npos);

}  // namespace marsad::text
