// Date/time built-ins: YEAR, MONTH, DAY, HOURS, MINUTES, SECONDS, TIMEZONE, TZ, NOW.
#include <cstdlib>
#include <ctime>
#include <string>

#include "query/expr/builtins.h"
#include "query/expr/datetime.h"

namespace marsad::query::expr {
namespace {

std::optional<DateTime> DateArg(const Value& v) {
  if (!v || !v->is_literal()) return std::nullopt;
  if (v->datatype() == xsd::kDateTime) return ParseDateTime(v->value(), false);
  if (v->datatype() == xsd::kDate) return ParseDateTime(v->value(), true);
  return std::nullopt;
}

template <std::int64_t (*Field)(const DateTime&)>
Value IntegerField(std::span<const Value> a, FunctionEnv&) {
  std::optional<DateTime> dt = DateArg(a[0]);
  if (!dt) return kError;
  return Term::Integer(Field(*dt));
}

std::int64_t Year(const DateTime& d) { return d.year; }
std::int64_t Month(const DateTime& d) { return d.month; }
std::int64_t Day(const DateTime& d) { return d.day; }
std::int64_t Hours(const DateTime& d) { return d.hours; }
std::int64_t Minutes(const DateTime& d) { return d.minutes; }

// SECONDS returns a decimal, keeping the fraction as written.
Value Seconds(std::span<const Value> a, FunctionEnv&) {
  std::optional<DateTime> dt = DateArg(a[0]);
  if (!dt) return kError;
  return MakeDecimal(std::strtold(dt->seconds_text.c_str(), nullptr));
}

// TIMEZONE: an xsd:dayTimeDuration such as "-PT5H"; error when the value has no timezone.
Value Timezone(std::span<const Value> a, FunctionEnv&) {
  std::optional<DateTime> dt = DateArg(a[0]);
  if (!dt || !dt->tz_minutes) return kError;
  int m = *dt->tz_minutes;
  std::string out = m < 0 ? "-PT" : "PT";
  m = std::abs(m);
  if (m == 0) out += "0S";
  if (m / 60) out += std::to_string(m / 60) + "H";
  if (m % 60) out += std::to_string(m % 60) + "M";
  return Term::Typed(std::move(out), "http://www.w3.org/2001/XMLSchema#dayTimeDuration");
}

Value Tz(std::span<const Value> a, FunctionEnv&) {
  std::optional<DateTime> dt = DateArg(a[0]);
  if (!dt) return kError;
  return Term::Literal(dt->tz_text);
}

Value Now(std::span<const Value>, FunctionEnv& env) {
  if (!env.now) {
    std::tm tm{};
    gmtime_r(&env.start, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    env.now = Term::Typed(buf, std::string(xsd::kDateTime));
  }
  return *env.now;
}

constexpr Builtin kDateTimeFunctions[] = {
    {"YEAR", 1, 1, IntegerField<Year>},
    {"MONTH", 1, 1, IntegerField<Month>},
    {"DAY", 1, 1, IntegerField<Day>},
    {"HOURS", 1, 1, IntegerField<Hours>},
    {"MINUTES", 1, 1, IntegerField<Minutes>},
    {"SECONDS", 1, 1, Seconds},
    {"TIMEZONE", 1, 1, Timezone},
    {"TZ", 1, 1, Tz},
    {"NOW", 0, 0, Now},
};

}  // namespace

std::span<const Builtin> DateTimeBuiltins() { return kDateTimeFunctions; }

}  // namespace marsad::query::expr
