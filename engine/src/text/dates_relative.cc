// Relative date expressions and times of day (see dates.h and docs/text.md, "Dates").
#include <string>

#include "text/date_matcher.h"

namespace marsad::text::internal {
namespace {

enum class Lean { kOnOrBefore, kBefore, kAfter };

CivilDate ResolveWeekday(int weekday, const CivilDate& doc, Lean lean) {
  const int today = Weekday(doc);
  if (lean == Lean::kAfter) {
    const int ahead = (weekday - today + 7) % 7;
    return AddDays(doc, ahead == 0 ? 7 : ahead);
  }
  const int back = (today - weekday + 7) % 7;
  return AddDays(doc, lean == Lean::kBefore && back == 0 ? -7 : -back);
}

CivilDate MonthStart(int year, int month) {
  while (month < 1) {
    month += 12;
    --year;
  }
  while (month > 12) {
    month -= 12;
    ++year;
  }
  return {year, month, 1};
}

}  // namespace

void DateMatcher::AttachTime(std::size_t* end, DateMention* m) {
  std::size_t at = *end;
  if (OneOf(Key(at), {"-", "–", "،", ","})) ++at;
  if (Key(at) == "الساعه") ++at;
  const auto hour = Integer(at);
  const auto minute = Integer(at + 2);
  if (!hour || Key(at + 1) != ":" || !minute || *hour > 23 || *minute > 59) return;
  TimeOfDay time{*hour, *minute, std::nullopt, ""};
  at += 3;
  if (OneOf(Key(at), {"بتوقيت", "توقيت"})) {
    for (std::size_t words : {2, 1}) {
      std::string zone(Key(at + 1));
      if (words == 2) zone += " " + std::string(Key(at + 2));
      if (auto off = ZoneOffsetMinutes(zone, m->date.year, m->date.month, m->date.day)) {
        time.utc_offset_minutes = off;
        time.zone = zone;
        at += 1 + words;
        break;
      }
    }
    if (time.zone.empty() && tokens_.size() > at + 1 && tokens_[at + 1].kind == TokenKind::kWord) {
      time.zone = std::string(Key(at + 1));  // unknown zone: kept as written, no offset
      at += 2;
    }
  } else if (Key(at) == "(" && OneOf(Key(at + 1), {"تغ", "gmt", "utc"})) {
    // «(تغ +4)»: GMT plus an offset in hours.
    int offset = 0;
    std::size_t k = at + 2;
    if ((Key(k) == "+" || Key(k) == "-") && Integer(k + 1)) {
      offset = (Key(k) == "-" ? -60 : 60) * *Integer(k + 1);
      k += 2;
    }
    if (Key(k) == ")") {
      time.utc_offset_minutes = offset;
      time.zone = std::string(Key(at + 1));
      at = k + 1;
    }
  }
  m->time = time;
  *end = at;
}

bool DateMatcher::MatchRelative(std::size_t i, bool stripped, DateMention* m, std::size_t* end) {
  if (!doc_.known()) return false;
  bool unused = false;
  std::string_view first = stripped ? Bare(i, &unused) : Key(i);
  std::size_t at = i + 1;
  m->relative = true;
  m->precision = DatePrecision::kDay;
  // Part of the day before a day word: «فجر السبت», «صباح اليوم», «مساء أمس».
  if (OneOf(first, {"فجر", "صباح", "مساء", "ظهر", "عصر", "ليله", "ليل", "صبيحه", "ظهيره"})) {
    first = Key(at++);
    if (!LookupWeekday(first) && !OneOf(first, {"اليوم", "امس", "الغد"})) return false;
  }
  if (first == "يوم" && LookupWeekday(Key(at))) first = Key(at++);
  const std::optional<int> weekday_after = LookupWeekday(Key(at));
  if (first == "اليوم") {
    m->date = doc_;
    if (weekday_after) ++at;  // «اليوم الثلاثاء»
  } else if (OneOf(first, {"امس", "البارحه"})) {
    m->date =
        weekday_after ? ResolveWeekday(*weekday_after, doc_, Lean::kBefore) : AddDays(doc_, -1);
    if (weekday_after) ++at;  // «أمس الأحد»: the named day wins over «yesterday»
  } else if (OneOf(first, {"غدا", "الغد"})) {
    m->date = weekday_after ? ResolveWeekday(*weekday_after, doc_, Lean::kAfter) : AddDays(doc_, 1);
    if (weekday_after) ++at;
  } else if (const auto weekday = LookupWeekday(first)) {
    Lean lean = Lean::kOnOrBefore;  // a bare weekday in news is this week's, not later
    if (IsPastWord(Key(at))) {
      lean = Lean::kBefore;
      ++at;
    } else if (IsNextWord(Key(at))) {
      lean = Lean::kAfter;
      ++at;
    }
    m->date = ResolveWeekday(*weekday, doc_, lean);
  } else if (OneOf(first, {"الاسبوع", "الشهر", "العام", "السنه"})) {
    const std::string_view q = Key(at);
    const int dir = IsPastWord(q) ? -1 : IsNextWord(q) ? 1 : IsCurrentWord(q) ? 0 : 2;
    if (dir == 2) return false;
    ++at;
    if (first == "الاسبوع") {
      m->precision = DatePrecision::kApproximate;
      m->date = dir == 0 ? AddDays(doc_, -Weekday(doc_)) : AddDays(doc_, dir < 0 ? -7 : 1);
      m->range_end = dir == 0 ? AddDays(m->date, 6) : AddDays(doc_, dir < 0 ? -1 : 7);
    } else if (first == "الشهر") {
      m->precision = DatePrecision::kMonth;
      m->date = MonthStart(doc_.year, doc_.month + dir);
      m->date.day = 0;
    } else {
      m->precision = DatePrecision::kYear;
      m->date = {doc_.year + dir, 0, 0};
    }
  } else {
    return false;
  }
  *end = at;
  return true;
}

}  // namespace marsad::text::internal
