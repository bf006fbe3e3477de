#include "query/expr/datetime.h"

#include <cctype>

namespace marsad::query::expr {
namespace {

// Reads exactly `n` digits at *pos; false otherwise.
bool ReadDigits(std::string_view s, std::size_t* pos, int n, int* out) {
  if (*pos + n > s.size()) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    char c = s[*pos + i];
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *out = v;
  return true;
}

bool Expect(std::string_view s, std::size_t* pos, char c) {
  if (*pos >= s.size() || s[*pos] != c) return false;
  ++*pos;
  return true;
}

// Days from 0000-03-01 style civil calendar (Howard Hinnant's days_from_civil).
std::int64_t DaysFromCivil(std::int64_t y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe;
}

bool ParseTimezone(std::string_view s, std::size_t* pos, DateTime* dt) {
  if (*pos == s.size()) return true;
  if (s[*pos] == 'Z') {
    ++*pos;
    dt->tz_minutes = 0;
    dt->tz_text = "Z";
    return *pos == s.size();
  }
  const std::size_t start = *pos;
  if (s[*pos] != '+' && s[*pos] != '-') return false;
  const int sign = s[*pos] == '-' ? -1 : 1;
  ++*pos;
  int h = 0, m = 0;
  if (!ReadDigits(s, pos, 2, &h) || !Expect(s, pos, ':') || !ReadDigits(s, pos, 2, &m)) {
    return false;
  }
  if (h > 14 || m > 59) return false;
  dt->tz_minutes = sign * (h * 60 + m);
  dt->tz_text = std::string(s.substr(start, *pos - start));
  return *pos == s.size();
}

}  // namespace

long double DateTime::Instant() const {
  const long double days = static_cast<long double>(DaysFromCivil(year, month, day));
  long double secs = days * 86400.0L + hours * 3600.0L + minutes * 60.0L + seconds;
  if (tz_minutes) secs -= *tz_minutes * 60.0L;
  return secs;
}

std::optional<DateTime> ParseDateTime(std::string_view s, bool is_date) {
  DateTime dt;
  std::size_t pos = 0;
  const bool negative = !s.empty() && s[0] == '-';
  if (negative) ++pos;
  std::size_t year_start = pos;
  while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) ++pos;
  if (pos - year_start < 4 || pos - year_start > 9) return std::nullopt;
  for (std::size_t i = year_start; i < pos; ++i) dt.year = dt.year * 10 + (s[i] - '0');
  if (negative) dt.year = -dt.year;
  if (!Expect(s, &pos, '-') || !ReadDigits(s, &pos, 2, &dt.month) || !Expect(s, &pos, '-') ||
      !ReadDigits(s, &pos, 2, &dt.day)) {
    return std::nullopt;
  }
  if (dt.month < 1 || dt.month > 12 || dt.day < 1 || dt.day > 31) return std::nullopt;
  if (!is_date) {
    int sec_int = 0;
    if (!Expect(s, &pos, 'T') || !ReadDigits(s, &pos, 2, &dt.hours) || !Expect(s, &pos, ':') ||
        !ReadDigits(s, &pos, 2, &dt.minutes) || !Expect(s, &pos, ':') ||
        !ReadDigits(s, &pos, 2, &sec_int)) {
      return std::nullopt;
    }
    dt.seconds = sec_int;
    const std::size_t seconds_start = pos - 2;
    if (pos < s.size() && s[pos] == '.') {
      const std::size_t frac_start = ++pos;
      double scale = 0.1;
      for (; pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos])); ++pos) {
        dt.seconds += (s[pos] - '0') * scale;
        scale /= 10;
      }
      if (pos == frac_start) return std::nullopt;
    }
    dt.seconds_text.assign(s.data() + seconds_start, s.data() + pos);
    if (dt.hours > 24 || dt.minutes > 59 || sec_int > 60) return std::nullopt;
    dt.has_time = true;
  }
  if (!ParseTimezone(s, &pos, &dt)) return std::nullopt;
  return dt;
}

}  // namespace marsad::query::expr
