// Byte offsets to code-point columns, and display widths for drawing a caret. No ICU: a tiny
// table of zero-width combining marks is enough for a caret under Arabic text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace marsad::grammar::query {

class TextColumns {
 public:
  // REQUIRES: `text` outlives this object.
  explicit TextColumns(std::string_view text) : text_(text) {}

  // 1-based column, in code points, of the byte at `offset` (offset == size is allowed: the
  // column just past the last character). Amortised O(distance from the previous call) when
  // offsets grow, which is how the AST builder walks the tree.
  std::uint64_t ColumnAt(std::uint64_t offset);

 private:
  std::string_view text_;
  std::uint64_t last_offset_ = 0;
  std::uint64_t last_column_ = 1;
};

// True for the combining marks that take no display column: Arabic tashkeel U+064B..U+065F,
// superscript alef U+0670, the Quranic marks U+06D6..U+06ED, and generic U+0300..U+036F.
bool IsZeroWidth(char32_t code_point);

// Display columns of `text` (UTF-8): one per code point except zero-width marks. Malformed
// bytes count one column each.
std::uint64_t DisplayWidth(std::string_view text);

// Whitespace that, printed under `prefix`, ends at its display width: a tab for each tab (so
// the caret lines up whatever the tab stops), nothing for zero-width marks, a space otherwise.
std::string CaretPadding(std::string_view prefix);

}  // namespace marsad::grammar::query
