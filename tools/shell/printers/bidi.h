// Bidirectional text in terminal tables. A terminal lays out each line with the Unicode
// bidi algorithm, so an Arabic cell next to a Latin one can pull the column separators and
// its neighbours out of order. Wrapping such a cell in FIRST STRONG ISOLATE (U+2068) ...
// POP DIRECTIONAL ISOLATE (U+2069) keeps its direction inside the cell.
#pragma once

#include <string>
#include <string_view>

namespace marsad::shell {

inline constexpr std::string_view kFirstStrongIsolate = "\xE2\x81\xA8";     // U+2068
inline constexpr std::string_view kPopDirectionalIsolate = "\xE2\x81\xA9";  // U+2069

// True when `utf8` holds a character of a right-to-left script (Arabic, Hebrew, Syriac,
// Thaana, N'Ko and their presentation forms and supplements).
bool ContainsRightToLeft(std::string_view utf8);

// `utf8` wrapped in FSI ... PDI when it holds right-to-left text, else unchanged. Both marks
// take no display column.
std::string IsolateIfRightToLeft(std::string_view utf8);

}  // namespace marsad::shell
