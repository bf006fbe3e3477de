#include "tools/shell/printers/bidi.h"

#include <cstdint>

#include "text/utf8.h"

namespace marsad::shell {
namespace {

// Blocks whose letters have bidi class R or AL (Unicode 15 Blocks.txt).
bool IsRightToLeftCodePoint(std::int32_t c) {
  return (c >= 0x0590 && c <= 0x08FF) ||    // Hebrew .. Arabic Extended-A
         (c >= 0xFB1D && c <= 0xFDFF) ||    // Hebrew and Arabic presentation forms A
         (c >= 0xFE70 && c <= 0xFEFF) ||    // Arabic presentation forms B
         (c >= 0x10800 && c <= 0x10FFF) ||  // historic RTL scripts, Arabic Extended-C
         (c >= 0x1E800 && c <= 0x1EFFF);    // Mende Kikakui .. Arabic mathematical symbols
}

}  // namespace

bool ContainsRightToLeft(std::string_view utf8) {
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    if (IsRightToLeftCodePoint(text::DecodeUtf8(utf8, &pos))) return true;
  }
  return false;
}

std::string IsolateIfRightToLeft(std::string_view utf8) {
  if (!ContainsRightToLeft(utf8)) return std::string(utf8);
  std::string out;
  out.reserve(utf8.size() + kFirstStrongIsolate.size() + kPopDirectionalIsolate.size());
  out.append(kFirstStrongIsolate).append(utf8).append(kPopDirectionalIsolate);
  return out;
}

}  // namespace marsad::shell
