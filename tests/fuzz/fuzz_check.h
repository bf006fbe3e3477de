// Helpers shared by the libFuzzer targets: the input as text, and invariant checks that abort
// (libFuzzer then saves the input as a crash reproducer).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "marsad/status.h"

namespace marsad::fuzz {

inline std::string_view AsText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

[[noreturn]] inline void Fail(const char* file, int line, const char* what,
                              const std::string& detail = {}) {
  std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s %s\n", file, line, what,
               detail.c_str());
  std::abort();
}

// A reported error's location must point inside the input: offset <= size, and a known line
// is 1-based with a 1-based column.
inline bool LocationInside(const Status& status, std::size_t size) {
  if (!status.where().has_value()) return true;
  const SourceLocation& where = *status.where();
  if (where.offset > size) return false;
  return where.line == 0 || where.column >= 1;
}

// Up to 8 bytes either side of `at`, in hex, the byte at `at` in brackets: for failure details.
inline std::string HexAround(std::string_view bytes, std::size_t at) {
  std::string out;
  const std::size_t begin = at < 8 ? 0 : at - 8;
  for (std::size_t i = begin; i < bytes.size() && i <= at + 8; ++i) {
    char hex[8];
    std::snprintf(hex, sizeof hex, i == at ? "[%02X]" : "%02X ",
                  static_cast<unsigned>(static_cast<unsigned char>(bytes[i])));
    out += hex;
  }
  return out;
}

}  // namespace marsad::fuzz

// clang-14 has no std::source_location with libstdc++ 12, hence a macro for file:line.
#define MARSAD_FUZZ_CHECK(cond) \
  ((cond) ? (void)0 : ::marsad::fuzz::Fail(__FILE__, __LINE__, #cond))
#define MARSAD_FUZZ_CHECK_STATUS(cond, status) \
  ((cond) ? (void)0 : ::marsad::fuzz::Fail(__FILE__, __LINE__, #cond, (status).ToString()))
