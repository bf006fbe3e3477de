#include "news_writer.h"

#include <cstdio>

namespace marsad::gen::news {

std::uint64_t Random::Next() {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

int Random::Skewed(int n) {
  // u in [0, 1) from the top 53 bits; u^2 concentrates the mass near 0. Integer arithmetic
  // after the square keeps the result the same on every IEEE-754 platform.
  const double u = static_cast<double>(Next() >> 11) * 0x1.0p-53;
  const int rank = static_cast<int>(u * u * n);
  return rank < n ? rank : n - 1;
}

std::string DateAfter2020(int days) {
  // Howard Hinnant's civil_from_days, counting from 1970-01-01 (2020-01-01 is day 18262).
  const long z = 18262L + days + 719468L;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long day = doy - (153 * mp + 2) / 5 + 1;
  const long month = mp < 10 ? mp + 3 : mp - 9;
  const long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  char text[48];
  std::snprintf(text, sizeof text, "%04ld-%02ld-%02ld", year, month, day);
  return text;
}

void Writer::Start(std::string_view s, std::string_view p) {
  line_.clear();
  line_ += '<';
  line_ += s;
  line_ += "> <";
  line_ += p;
  line_ += "> ";
}

void Writer::Iri(std::string_view s, std::string_view p, std::string_view o) {
  Start(s, p);
  line_ += '<';
  line_ += o;
  line_ += "> .\n";
  Emit();
}

// The generated texts hold no quote, backslash or line break, so no escaping is needed.
void Writer::Literal(std::string_view s, std::string_view p, std::string_view text,
                     std::string_view suffix) {
  Start(s, p);
  line_ += '"';
  line_ += text;
  line_ += '"';
  line_ += suffix;
  line_ += " .\n";
  Emit();
}

void Writer::Arabic(std::string_view s, std::string_view p, std::string_view text) {
  Literal(s, p, text, "@ar");
}

void Writer::String(std::string_view s, std::string_view p, std::string_view text) {
  Literal(s, p, text, "");
}

void Writer::Date(std::string_view s, std::string_view p, std::string_view date) {
  Literal(s, p, date, "^^<" + std::string(kXsdDate) + ">");
}

void Writer::Integer(std::string_view s, std::string_view p, std::int64_t value) {
  Literal(s, p, std::to_string(value), "^^<" + std::string(kXsdInteger) + ">");
}

void Writer::Emit() {
  sink_(line_);
  ++count_;
}

}  // namespace marsad::gen::news
