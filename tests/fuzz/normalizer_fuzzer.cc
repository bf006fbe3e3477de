// Fuzzes the normalizer (engine/src/text/normalizer.h) on arbitrary bytes, in every form.
// Contract checked: never crashes; the output is well-formed UTF-8 (NUL allowed); Normalize and
// NormalizeString agree; the offset map has one entry per output code point, its source ranges
// are ordered and inside the input, and mapping the whole output back stays inside the input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "text/normalizer.h"
#include "text/utf8.h"

namespace {

using marsad::text::NormalForm;

void CheckForm(std::string_view source, NormalForm form) {
  const marsad::text::NormalizedText normalized = marsad::text::Normalize(source, form);
  const std::string& out = normalized.text;
  const marsad::text::OffsetMap& map = normalized.map;
  // NUL is well-formed UTF-8 and passes through; only ill-formed sequences would be a bug.
  const std::size_t bad = marsad::text::FindInvalidUtf8(out, /*allow_nul=*/true);
  if (bad != std::string::npos) {
    marsad::fuzz::Fail(__FILE__, __LINE__, "the normalized text is well-formed UTF-8",
                       "form " + std::to_string(static_cast<int>(form)) + ", output byte " +
                           std::to_string(bad) + ": " + marsad::fuzz::HexAround(out, bad));
  }
  MARSAD_FUZZ_CHECK(marsad::text::NormalizeString(source, form) == out);
  MARSAD_FUZZ_CHECK(map.size() == marsad::text::CodePointLength(out));
  MARSAD_FUZZ_CHECK(map.output_byte(map.size()) == out.size());
  for (std::size_t i = 0; i < map.size(); ++i) {
    MARSAD_FUZZ_CHECK(map.source_byte_begin(i) <= map.source_byte_end(i));
    MARSAD_FUZZ_CHECK(map.source_byte_end(i) <= source.size());
    MARSAD_FUZZ_CHECK(map.source_cp_begin(i) <= map.source_cp_end(i));
    if (i > 0) MARSAD_FUZZ_CHECK(map.source_byte_begin(i - 1) <= map.source_byte_begin(i));
  }
  const marsad::text::TextSpan whole = map.ToSource(0, out.size());
  MARSAD_FUZZ_CHECK(whole.byte_begin <= whole.byte_end && whole.byte_end <= source.size());
  if (!out.empty()) {
    // A span inside the output (snapping outward over multi-byte characters) maps inside too.
    const marsad::text::TextSpan middle = map.ToSource(out.size() / 3, out.size() / 2);
    MARSAD_FUZZ_CHECK(whole.byte_begin <= middle.byte_begin && middle.byte_end <= whole.byte_end);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view source = marsad::fuzz::AsText(data, size);
  for (NormalForm form : {NormalForm::kDisplay, NormalForm::kMatchKey, NormalForm::kSkeleton}) {
    CheckForm(source, form);
  }
  return 0;
}
