#include "text/dates_lexicon.h"

#include <unicode/dtfmtsym.h>
#include <unicode/gregocal.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include <memory>
#include <string>
#include <unordered_map>

#include "text/normalizer.h"
#include "text/utf8.h"

namespace marsad::text::internal {
namespace {

std::string Key(const icu::UnicodeString& s) {
  std::string utf8;
  s.toUTF8String(utf8);
  return MatchKey(utf8);
}

int WordCount(const std::string& phrase) {
  int n = 1;
  for (const char c : phrase) n += c == ' ';
  return n;
}

struct Lexicon {
  std::unordered_map<std::string, MonthName> months;
  std::unordered_map<std::string, int> weekdays;
  std::unordered_map<std::string, std::string> zones;  // exemplar city key -> tz id
};

void AddMonths(const icu::DateFormatSymbols& symbols, MonthCalendar calendar, Lexicon* lex) {
  for (const auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
    for (const auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* names = symbols.getMonths(count, context, width);
      for (int32_t m = 0; m < count && m < 12; ++m) {
        std::string key = Key(names[m]);
        if (key.empty() || (key.size() < 3 && key.find_first_of("0123456789") == 0)) continue;
        const MonthName name{m + 1, calendar, WordCount(key)};
        lex->months.emplace(key, name);
        // «ذو الحجة» is «ذي الحجة» in the genitive (في ... من ذي الحجة).
        if (key.rfind("ذو ", 0) == 0) lex->months.emplace("ذي" + key.substr(4), name);
      }
    }
  }
}

void AddWeekdays(const icu::DateFormatSymbols& symbols, Lexicon* lex) {
  int32_t count = 0;
  const icu::UnicodeString* names = symbols.getWeekdays(count);  // [1] = Sunday
  for (int32_t d = 1; d < count && d <= 7; ++d) lex->weekdays.emplace(Key(names[d]), d - 1);
}

// Exemplar city names in Arabic for every canonical zone: «طهران» -> Asia/Tehran.
void AddZones(Lexicon* lex) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> names(icu::TimeZoneNames::createInstance("ar", err));
  std::unique_ptr<icu::StringEnumeration> ids(icu::TimeZone::createTimeZoneIDEnumeration(
      UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, err));
  if (U_FAILURE(err)) return;
  for (const icu::UnicodeString* id = ids->snext(err); id != nullptr && U_SUCCESS(err);
       id = ids->snext(err)) {
    icu::UnicodeString city;
    names->getExemplarLocationName(*id, city);
    if (city.isEmpty()) continue;
    std::string tz;
    id->toUTF8String(tz);
    lex->zones.emplace(Key(city), tz);
  }
}

Lexicon Build() {
  Lexicon lex;
  // Gregorian MSA, Levantine/Iraqi, Maghrebi (Algeria/Tunisia, Morocco), English.
  for (const char* locale : {"ar", "ar_SY", "ar_IQ", "ar_LB", "ar_DZ", "ar_TN", "ar_MA", "en"}) {
    UErrorCode err = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols{icu::Locale(locale), err};
    if (U_FAILURE(err)) continue;
    AddMonths(symbols, MonthCalendar::kGregorian, &lex);
    AddWeekdays(symbols, &lex);
  }
  UErrorCode err = U_ZERO_ERROR;
  const icu::DateFormatSymbols hijri{icu::Locale("ar"), "islamic", err};
  if (U_SUCCESS(err)) AddMonths(hijri, MonthCalendar::kHijri, &lex);
  AddZones(&lex);
  return lex;
}

std::u32string CodePoints(std::string_view utf8) {
  std::u32string out;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const std::int32_t c = DecodeUtf8(utf8, &pos);
    out.push_back(static_cast<char32_t>(c < 0 ? 0xFFFD : c));
  }
  return out;
}

// True when a and b differ by at most one substitution, insertion or deletion.
bool WithinOneEdit(const std::u32string& a, const std::u32string& b) {
  if (a.size() > b.size()) return WithinOneEdit(b, a);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) {
    return i == a.size() || a.compare(i + 1, std::u32string::npos, b, i + 1) == 0;
  }
  return a.compare(i, std::u32string::npos, b, i + 1, std::u32string::npos) == 0;
}

const Lexicon& Get() {
  static const Lexicon lexicon = Build();
  return lexicon;
}

}  // namespace

std::optional<MonthName> LookupMonth(std::string_view phrase) {
  const auto& months = Get().months;
  const auto it = months.find(std::string(phrase));
  if (it == months.end()) return std::nullopt;
  return it->second;
}

std::optional<MonthName> LookupMonthWithTypo(std::string_view key) {
  const std::u32string word = CodePoints(key);
  if (word.size() < 5) return std::nullopt;
  std::optional<MonthName> found;
  for (const auto& [name, month] : Get().months) {
    if (month.words != 1 || !WithinOneEdit(word, CodePoints(name))) continue;
    if (found && (found->month != month.month || found->calendar != month.calendar)) {
      return std::nullopt;  // ambiguous
    }
    found = month;
  }
  return found;
}

std::optional<int> LookupWeekday(std::string_view key) {
  const auto& weekdays = Get().weekdays;
  const auto it = weekdays.find(std::string(key));
  if (it == weekdays.end()) return std::nullopt;
  return it->second;
}

std::optional<int> ZoneOffsetMinutes(std::string_view key, int year, int month, int day) {
  // Universal time as written in Arabic news; ICU has no exemplar city for UTC.
  for (const std::string_view utc :
       {"غرينتش", "غرينيتش", "جرينتش", "جرينيتش", "تغ", "gmt", "utc"}) {
    if (key == utc) return 0;
  }
  const auto& zones = Get().zones;
  const auto it = zones.find(std::string(key));
  if (it == zones.end()) return std::nullopt;
  std::unique_ptr<icu::TimeZone> tz(
      icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(it->second)));
  UErrorCode err = U_ZERO_ERROR;
  icu::GregorianCalendar cal(icu::TimeZone::getGMT()->clone(), err);
  cal.set(year, month - 1, day, 12, 0);
  const UDate when = cal.getTime(err);
  int32_t raw = 0;
  int32_t dst = 0;
  tz->getOffset(when, /*local=*/false, raw, dst, err);
  if (U_FAILURE(err)) return std::nullopt;
  return (raw + dst) / 60000;
}

}  // namespace marsad::text::internal
