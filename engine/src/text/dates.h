// Date and time expressions in Arabic (and English) news text, resolved to the Gregorian
// calendar against the document's date.
//
// Month and weekday names are read from ICU data (DateFormatSymbols): Gregorian MSA (ar),
// Levantine (ar_SY, ar_IQ, ar_LB), Maghrebi (ar_DZ, ar_TN, ar_MA), Hijri (ar with the islamic
// calendar), English (en). Hijri dates are converted with ICU's islamic-umalqura calendar.
// Ordinal day words (الأول … الحادي والثلاثين) come from ICU's Arabic ordinal spellout
// (number_words.cc); the words of relative expressions (اليوم، أمس، غدا، فجر السبت، السبت
// الماضي، الأسبوع الماضي، 27 سبتمبر الماضي) are small tables in date_matcher.h and
// dates_relative.cc. docs/text.md describes every pattern and the resolution rules.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/status.h"
#include "text/segmenter.h"
#include "text/span.h"

namespace marsad::text {

// A proleptic Gregorian date; month 1..12, day 1..31. A zero year means "unknown".
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool known() const { return year != 0; }
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

enum class DatePrecision : std::uint8_t {
  kDay,
  kMonth,        // «تشرين الثاني 2020»: date.day == 0
  kYear,         // «عام 2020»: date.month == date.day == 0
  kApproximate,  // a range [date, range_end] such as «الأسبوع الماضي»
};

enum class WrittenCalendar : std::uint8_t { kGregorian, kHijri };

struct TimeOfDay {
  int hour = 0;
  int minute = 0;
  std::optional<int> utc_offset_minutes;  // «بتوقيت غرينتش» -> 0, «(تغ +4)» -> 240
  std::string zone;                       // the zone as written, match key («طهران»), or ""
};

struct DateMention {
  TextSpan span;           // the whole expression, qualifiers included
  CivilDate date;          // Gregorian
  CivilDate range_end;     // == date unless kApproximate
  DatePrecision precision = DatePrecision::kDay;
  bool relative = false;   // resolved against the document date
  WrittenCalendar calendar = WrittenCalendar::kGregorian;
  std::optional<TimeOfDay> time;
  // ISO 8601 of `date` at `precision`: "2020-10-10", "2020-11", "2020"; with a time
  // "2020-10-10T04:20Z" or "...T04:20+04:00" when the offset is known.
  std::string ToIso() const;
};

// Date expressions in a tokenized text. `document_date` anchors relative expressions and
// dates written without a year; when unknown (year 0) those are skipped. Mentions are in
// text order and do not overlap.
std::vector<DateMention> FindDates(std::string_view source, std::span<const Token> tokens,
                                   CivilDate document_date);

// Convenience: tokenizes `source` first (returns empty on invalid UTF-8).
std::vector<DateMention> FindDates(std::string_view source, CivilDate document_date);

// The article's own date, for use as `document_date`: the first absolute, day-precision date
// (year written) in the first `max_paragraphs` paragraphs -- the dateline of «السبت ١٠ أكتوبر
// ٢٠٢٠ - ٠٤:٢٠ بتوقيت غرينتش». nullopt when the opening has none (the caller then falls back
// to the crawl date).
std::optional<CivilDate> FindDocumentDate(std::string_view source, const SegmentedText& text,
                                          std::size_t max_paragraphs = 5);

// Umm al-Qura (islamic-umalqura) to Gregorian. kInvalidArgument for an impossible date.
Result<CivilDate> HijriToGregorian(int year, int month, int day);
Result<CivilDate> GregorianToHijri(const CivilDate& date);

// Day arithmetic and weekday (0 = Sunday … 6 = Saturday) on proleptic Gregorian dates.
CivilDate AddDays(const CivilDate& date, int days);
int Weekday(const CivilDate& date);

}  // namespace marsad::text
