// Word tables for date recognition. INTERNAL to engine/src/text.
//
// Month and weekday names are read from ICU's DateFormatSymbols (docs/text.md lists the
// locales); only grammatical variants (ذو/ذي) and the relative-expression words below are
// written here.
#pragma once

#include <optional>
#include <string_view>

namespace marsad::text::internal {

enum class MonthCalendar { kGregorian, kHijri };

struct MonthName {
  int month = 0;  // 1..12
  MonthCalendar calendar = MonthCalendar::kGregorian;
  int words = 1;  // «تشرين الثاني» is 2
};

// `phrase`: match keys of up to two words separated by a space. «تشرين الثاني» -> 11,
// «نوفمبر» -> 11, «جانفي» -> 1, «شتنبر» -> 9, «ذو الحجه» -> Hijri 12, «december» -> 12.
std::optional<MonthName> LookupMonth(std::string_view phrase);

// Typo-tolerant lookup for one word: the month whose one-word name is at edit distance 1 from
// `key` (a substituted, missing or extra letter: «سبتمير», «اكتوير»), when exactly one month
// number is that close and the word has at least 5 letters. Callers use it only where a date is
// certain from context (a day before, a year after).
std::optional<MonthName> LookupMonthWithTypo(std::string_view key);

// Weekday of a match key («السبت» -> 6, «الاثنين» -> 1, «saturday» -> 6); 0 = Sunday.
std::optional<int> LookupWeekday(std::string_view key);

// Time zone named after «بتوقيت»: UTC offset in minutes when the zone is fixed or known from
// ICU's time-zone data for the given date (Arabic exemplar city names: «طهران» -> Asia/Tehran).
std::optional<int> ZoneOffsetMinutes(std::string_view key, int year, int month, int day);

}  // namespace marsad::text::internal
