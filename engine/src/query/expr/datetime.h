// xsd:date / xsd:dateTime parsing for comparison and the YEAR/MONTH/DAY/... built-ins.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace marsad::query::expr {

struct DateTime {
  std::int64_t year = 0;
  int month = 1, day = 1, hours = 0, minutes = 0;
  double seconds = 0;
  std::string seconds_text;  // "13.815" as written, for SECONDS() without rounding error
  bool has_time = false;
  // Timezone offset in minutes from UTC; nullopt when the literal has none.
  std::optional<int> tz_minutes;
  std::string tz_text;  // "Z", "+03:00", "" -- as written, for TZ()

  // Seconds since 0000-01-01T00:00:00Z (proleptic Gregorian), normalised to UTC. A value
  // without timezone is taken as UTC: SPARQL leaves such comparisons implementation-defined.
  long double Instant() const;
};

// Parses "YYYY-MM-DD" (is_date) or "YYYY-MM-DDThh:mm:ss[.fff][Z|(+|-)hh:mm]".
std::optional<DateTime> ParseDateTime(std::string_view text, bool is_date);

}  // namespace marsad::query::expr
