// A half-open range of a UTF-8 source text, in bytes and in code points.
#pragma once

#include <cstdint>

namespace marsad::text {

// Both ranges are half-open and describe the same characters of the ORIGINAL input: every
// span produced by the text layer points at source bytes, never at a normalized copy.
// Texts are limited to 4 GiB (ValidateUtf8 rejects longer input), hence 32-bit offsets.
struct TextSpan {
  std::uint32_t byte_begin = 0;
  std::uint32_t byte_end = 0;
  std::uint32_t cp_begin = 0;  // code-point index of the first character
  std::uint32_t cp_end = 0;

  std::uint32_t byte_size() const { return byte_end - byte_begin; }
  std::uint32_t cp_size() const { return cp_end - cp_begin; }
  bool empty() const { return byte_end == byte_begin; }
  friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

}  // namespace marsad::text
