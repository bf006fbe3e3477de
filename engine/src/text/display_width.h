// Grapheme clusters and terminal column widths, for aligning the shell's tables.
#pragma once

#include <cstddef>
#include <string_view>

namespace marsad::text {

// Number of extended grapheme clusters (ICU character BreakIterator): «بَ» is one, an emoji
// with a skin-tone modifier is one, "\r\n" is one.
std::size_t GraphemeCount(std::string_view utf8);

// Columns a terminal uses for `utf8`: per grapheme cluster, 2 when its base character is East
// Asian Wide/Fullwidth or an emoji presentation character, 0 for clusters made only of
// controls, format characters or combining marks, else 1 (Arabic letters take one column
// each; terminals draw them unshaped or shaped in the same cells).
std::size_t DisplayWidth(std::string_view utf8);

}  // namespace marsad::text
