// Fuzzes the date parser (engine/src/text/dates.h) on arbitrary bytes, with a known document
// date (relative expressions resolve) and without one (they are skipped).
// Contract checked: never crashes; mentions are in text order, do not overlap and lie inside the
// input; every resolved date is a real calendar date; ToIso renders; the dateline finder agrees
// with the segmenter's view of the same text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "text/dates.h"
#include "text/segmenter.h"

namespace {

using marsad::text::CivilDate;

bool IsCalendarDate(const CivilDate& date) {
  if (!date.known()) return true;
  if (date.month < 0 || date.month > 12 || date.day < 0 || date.day > 31) return false;
  if (date.day != 0 && date.month == 0) return false;
  // A full date must survive a day's round trip through the day arithmetic.
  return date.day == 0 || marsad::text::AddDays(marsad::text::AddDays(date, 1), -1) == date;
}

void CheckMentions(std::string_view source, CivilDate document_date) {
  const std::vector<marsad::text::DateMention> found =
      marsad::text::FindDates(source, document_date);
  std::uint32_t previous_end = 0;
  for (const marsad::text::DateMention& mention : found) {
    MARSAD_FUZZ_CHECK(mention.span.byte_begin >= previous_end);
    MARSAD_FUZZ_CHECK(mention.span.byte_begin < mention.span.byte_end);
    MARSAD_FUZZ_CHECK(mention.span.byte_end <= source.size());
    previous_end = mention.span.byte_end;
    MARSAD_FUZZ_CHECK(mention.date.known());
    MARSAD_FUZZ_CHECK(IsCalendarDate(mention.date) && IsCalendarDate(mention.range_end));
    MARSAD_FUZZ_CHECK(!mention.ToIso().empty());
    if (mention.time.has_value()) {
      MARSAD_FUZZ_CHECK(mention.time->hour >= 0 && mention.time->hour <= 24);
      MARSAD_FUZZ_CHECK(mention.time->minute >= 0 && mention.time->minute < 60);
    }
  }
}

void CheckAll(std::string_view source) {
  CheckMentions(source, CivilDate{2020, 10, 10});
  CheckMentions(source, CivilDate{});
  marsad::Result<marsad::text::SegmentedText> segmented = marsad::text::Segment(source);
  if (segmented.ok()) {
    const std::optional<CivilDate> dateline =
        marsad::text::FindDocumentDate(source, *segmented);
    if (dateline.has_value()) {
      MARSAD_FUZZ_CHECK(dateline->known() && dateline->day != 0 && IsCalendarDate(*dateline));
    }
  }
}

}  // namespace

// ICU's calendars, date symbols and spellout rules load on first use, which takes seconds under
// the sanitizers: done here, outside libFuzzer's per-input timeout.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  CheckAll("السبت ١٠ أكتوبر ٢٠٢٠ - ٠٤:٢٠ بتوقيت غرينتش\nقال الوزير أمس.");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  CheckAll(marsad::fuzz::AsText(data, size));
  return 0;
}
