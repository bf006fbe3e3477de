// Civil-date arithmetic, Umm al-Qura conversion and ISO formatting for dates.h.
#include <cstdio>
#include <memory>

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/timezone.h>

#include "base/status_macros.h"
#include "text/dates.h"
#include "text/icu_status.h"

namespace marsad::text {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

Result<std::unique_ptr<icu::Calendar>> UmmAlQura() {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale("ar@calendar=islamic-umalqura"), err));
  MARSAD_RETURN_IF_ERROR(internal::IcuStatus(err, "creating the Umm al-Qura calendar"));
  cal->setLenient(false);
  return cal;
}

}  // namespace

CivilDate AddDays(const CivilDate& date, int days) {
  return CivilFromDays(DaysFromCivil(date.year, date.month, date.day) + days);
}

int Weekday(const CivilDate& date) {
  const long days = DaysFromCivil(date.year, date.month, date.day);
  return static_cast<int>(((days % 7) + 7 + 4) % 7);  // 1970-01-01 was a Thursday (4)
}

Result<CivilDate> HijriToGregorian(int year, int month, int day) {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 30) {
    return Status(StatusCode::kInvalidArgument, "impossible Hijri date " + std::to_string(day) +
                                                    "/" + std::to_string(month) + "/" +
                                                    std::to_string(year));
  }
  MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<icu::Calendar> cal, UmmAlQura());
  cal->clear();
  cal->set(year, month - 1, day);
  UErrorCode err = U_ZERO_ERROR;
  const UDate when = cal->getTime(err);
  if (U_FAILURE(err)) {
    return Status(StatusCode::kInvalidArgument,
                  "day " + std::to_string(day) + " does not exist in Hijri month " +
                      std::to_string(month) + " of " + std::to_string(year));
  }
  icu::GregorianCalendar greg(icu::TimeZone::getGMT()->clone(), err);
  greg.setTime(when, err);
  CivilDate out{greg.get(UCAL_YEAR, err), greg.get(UCAL_MONTH, err) + 1, greg.get(UCAL_DATE, err)};
  MARSAD_RETURN_IF_ERROR(internal::IcuStatus(err, "converting a Hijri date"));
  return out;
}

Result<CivilDate> GregorianToHijri(const CivilDate& date) {
  MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<icu::Calendar> cal, UmmAlQura());
  UErrorCode err = U_ZERO_ERROR;
  icu::GregorianCalendar greg(icu::TimeZone::getGMT()->clone(), err);
  greg.clear();
  greg.set(date.year, date.month - 1, date.day);
  cal->setTime(greg.getTime(err), err);
  CivilDate out{cal->get(UCAL_YEAR, err), cal->get(UCAL_MONTH, err) + 1, cal->get(UCAL_DATE, err)};
  MARSAD_RETURN_IF_ERROR(internal::IcuStatus(err, "converting to the Hijri calendar"));
  return out;
}

std::string DateMention::ToIso() const {
  char buf[64];
  const auto day_iso = [&buf](const CivilDate& d) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return std::string(buf);
  };
  switch (precision) {
    case DatePrecision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", date.year);
      return buf;
    case DatePrecision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", date.year, date.month);
      return buf;
    case DatePrecision::kApproximate:
      return day_iso(date) + "/" + day_iso(range_end);  // ISO 8601 interval
    case DatePrecision::kDay:
      break;
  }
  std::string iso = day_iso(date);
  if (!time) return iso;
  std::snprintf(buf, sizeof buf, "T%02d:%02d", time->hour, time->minute);
  iso += buf;
  if (time->utc_offset_minutes) {
    const int off = *time->utc_offset_minutes;
    if (off == 0) return iso + "Z";
    const int a = off < 0 ? -off : off;
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", off < 0 ? '-' : '+', a / 60, a % 60);
    iso += buf;
  }
  return iso;
}

}  // namespace marsad::text
