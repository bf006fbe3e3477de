#include "text/display_width.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "text/icu_iterators.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

// Columns of one grapheme cluster (see header).
std::size_t ClusterWidth(std::string_view cluster) {
  std::size_t pos = 0;
  bool visible = false;
  std::size_t width = 1;
  bool first = true;
  while (pos < cluster.size()) {
    std::int32_t c = DecodeUtf8(cluster, &pos);
    if (c < 0) c = 0xFFFD;
    const int8_t type = u_charType(c);
    const bool invisible = type == U_CONTROL_CHAR || type == U_FORMAT_CHAR ||
                           type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK;
    if (!invisible) visible = true;
    if (first) {
      const int eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
      if (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH ||
          u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION)) {
        width = 2;
      }
      first = false;
    }
  }
  return visible ? width : 0;
}

// Calls `fn(cluster)` for each grapheme cluster; false when ICU is unavailable.
template <typename Fn>
bool ForEachCluster(std::string_view utf8, Fn fn) {
  Result<icu::BreakIterator*> it = internal::ThreadBreakIterator(internal::BreakKind::kCharacter);
  if (!it.ok()) return false;
  UErrorCode err = U_ZERO_ERROR;
  UText* raw = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &err);
  std::unique_ptr<UText, UText* (*)(UText*)> ut(raw, utext_close);
  if (U_FAILURE(err)) return false;
  (*it)->setText(ut.get(), err);
  if (U_FAILURE(err)) return false;
  std::int32_t prev = (*it)->first();
  for (std::int32_t cur = (*it)->next(); cur != icu::BreakIterator::DONE;
       prev = cur, cur = (*it)->next()) {
    fn(utf8.substr(static_cast<std::size_t>(prev), static_cast<std::size_t>(cur - prev)));
  }
  return true;
}

}  // namespace

std::size_t GraphemeCount(std::string_view utf8) {
  std::size_t n = 0;
  if (!ForEachCluster(utf8, [&](std::string_view) { ++n; })) return CodePointLength(utf8);
  return n;
}

std::size_t DisplayWidth(std::string_view utf8) {
  std::size_t width = 0;
  if (!ForEachCluster(utf8, [&](std::string_view c) { width += ClusterWidth(c); })) {
    return CodePointLength(utf8);
  }
  return width;
}

}  // namespace marsad::text
