// Date-expression matcher over tokens (see dates.h and docs/text.md, "Dates").
#include "text/dates.h"

#include <cmath>
#include <string>
#include <tuple>

#include "text/dates_lexicon.h"
#include "text/normalizer.h"
#include "text/number_words.h"
#include "text/numbers.h"

namespace marsad::text {
namespace {

using internal::LookupWeekday;
using internal::MonthCalendar;

bool OneOf(std::string_view key, std::initializer_list<std::string_view> words) {
  for (const std::string_view w : words) {
    if (key == w) return true;
  }
  return false;
}

bool IsPastWord(std::string_view k) { return OneOf(k, {"الماضي", "الماضيه", "الفائت", "المنصرم"}); }
bool IsNextWord(std::string_view k) {
  return OneOf(k, {"المقبل", "المقبله", "القادم", "القادمه"});
}
bool IsCurrentWord(std::string_view k) {
  return OneOf(k, {"الجاري", "الجاريه", "الحالي", "الحاليه"});
}

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
  while (month < 1) { month += 12; --year; }
  while (month > 12) { month -= 12; ++year; }
  return {year, month, 1};
}

class DateMatcher {
 public:
  DateMatcher(std::span<const Token> tokens, CivilDate doc)
      : tokens_(tokens), doc_(doc), keys_(tokens.size()) {}

  std::vector<DateMention> Run() {
    std::vector<DateMention> out;
    for (std::size_t i = 0; i < tokens_.size();) {
      DateMention m;
      std::size_t end = i;
      if (Match(i, &m, &end)) {
        out.push_back(m);
        i = end;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  std::string_view Key(std::size_t i) {
    if (i >= tokens_.size()) return {};
    if (keys_[i].empty()) keys_[i] = MatchKey(tokens_[i].text);
    return keys_[i];
  }
  // The key without a glued conjunction «و» / «ف» («وفجر» -> «فجر»), for the first token.
  std::string_view Bare(std::size_t i, bool* stripped) {
    std::string_view k = Key(i);
    *stripped = false;
    if (k.size() > 4 && (k.starts_with("و") || k.starts_with("ف"))) {
      *stripped = true;
      k.remove_prefix(2);
    }
    return k;
  }
  std::optional<int> Integer(std::size_t i) {
    if (i >= tokens_.size() || tokens_[i].kind != TokenKind::kNumber) return std::nullopt;
    const std::optional<double> v = ParseNumeral(tokens_[i].text);
    if (!v || *v != std::floor(*v) || *v > 1e6) return std::nullopt;
    return static_cast<int>(*v);
  }
  bool Match(std::size_t i, DateMention* m, std::size_t* end);
  bool MatchAbsolute(std::size_t i, DateMention* m, std::size_t* end);
  bool MatchRelative(std::size_t i, bool stripped, DateMention* m, std::size_t* end);
  std::optional<int> MatchDay(std::size_t i, std::size_t* next);
  std::optional<internal::MonthName> MatchMonth(std::size_t i, std::size_t* next);
  void AttachTime(std::size_t* end, DateMention* m);
  void Finish(std::size_t first, bool stripped, std::size_t end, DateMention* m) {
    m->span = tokens_[first].span;
    if (stripped) {
      m->span.byte_begin += 2;
      m->span.cp_begin += 1;
    }
    m->span.byte_end = tokens_[end - 1].span.byte_end;
    m->span.cp_end = tokens_[end - 1].span.cp_end;
    if (m->precision != DatePrecision::kApproximate) m->range_end = m->date;
  }

  std::span<const Token> tokens_;
  CivilDate doc_;
  std::vector<std::string> keys_;
};

bool DateMatcher::Match(std::size_t i, DateMention* m, std::size_t* end) {
  bool stripped = false;
  const std::string_view first = Bare(i, &stripped);
  // An optional leading weekday («السبت ١٠ أكتوبر ٢٠٢٠», «الأحد 27 سبتمبر 2020»).
  std::size_t at = i;
  if (first == "يوم" && LookupWeekday(Key(i + 1))) ++at;
  if (LookupWeekday(at == i ? first : Key(at))) {
    ++at;
    if (Key(at) == "،" || Key(at) == ",") ++at;
  }
  if (MatchAbsolute(at, m, end) || (at != i && MatchAbsolute(i, m, end))) {
    AttachTime(end, m);
    Finish(i, stripped && at != i, *end, m);
    return true;
  }
  // «عام 2020», «العام 2019», «سنة 2018»: the year alone.
  if (OneOf(first, {"عام", "العام", "سنه", "لعام"}) && Integer(i + 1) &&
      *Integer(i + 1) >= 1000 && *Integer(i + 1) <= 2999) {
    m->precision = DatePrecision::kYear;
    m->date = {*Integer(i + 1), 0, 0};
    *end = i + 2;
    Finish(i + 1, false, *end, m);
    return true;
  }
  if (MatchRelative(i, stripped, m, end)) {
    Finish(i, stripped, *end, m);
    return true;
  }
  return false;
}

std::optional<int> DateMatcher::MatchDay(std::size_t i, std::size_t* next) {
  if (const auto n = Integer(i); n && *n >= 1 && *n <= 31) {
    *next = i + 1;
    return n;
  }
  for (std::size_t words = internal::kMaxNumberPhraseWords; words >= 1; --words) {
    if (i + words > tokens_.size()) continue;
    std::string phrase;
    for (std::size_t k = i; k < i + words; ++k) phrase += (k == i ? "" : " ") + std::string(Key(k));
    if (const auto v = internal::OrdinalPhraseValue(phrase); v && *v <= 31) {
      *next = i + words + (Key(i + words) == "من" ? 1 : 0);  // «التاسع من تشرين الثاني»
      return v;
    }
  }
  return std::nullopt;
}

std::optional<internal::MonthName> DateMatcher::MatchMonth(std::size_t i, std::size_t* next) {
  bool stripped = false;
  for (std::size_t words : {2, 1}) {
    if (i + words > tokens_.size() || tokens_[i].kind != TokenKind::kWord) continue;
    std::string phrase(words == 2 ? Key(i) : Bare(i, &stripped));
    if (words == 2) phrase += " " + std::string(Key(i + 1));
    if (const auto month = internal::LookupMonth(phrase)) {
      *next = i + words;
      // Paired forms: «تشرين الثاني/ نوفمبر», «تموز (يوليو)»; the second name is consumed.
      std::size_t after = *next;
      if (Key(after) == "/" || Key(after) == "(" || Key(after) == "-") {
        std::size_t pair_end = after + 1;
        const auto other = [&] {
          for (std::size_t w : {2, 1}) {
            std::string p(Key(after + 1));
            if (w == 2) p += " " + std::string(Key(after + 2));
            if (auto o = internal::LookupMonth(p)) {
              pair_end = after + 1 + w;
              return o;
            }
          }
          return std::optional<internal::MonthName>();
        }();
        if (other) *next = pair_end + (Key(pair_end) == ")" ? 1 : 0);
      }
      return month;
    }
  }
  return std::nullopt;
}

bool DateMatcher::MatchAbsolute(std::size_t i, DateMention* m, std::size_t* end) {
  std::size_t at = i;
  std::optional<int> day = MatchDay(at, &at);
  std::optional<internal::MonthName> month = MatchMonth(at, &at);
  if (!month && day && tokens_.size() > at + 1 && tokens_[at].kind == TokenKind::kWord &&
      Integer(at + 1) && *Integer(at + 1) >= 1000) {
    month = internal::LookupMonthWithTypo(Key(at));  // «10 سبتمير 2020»: a day and a year
    if (month) ++at;                                  // make the misspelt word a month
  }
  if (!month) return false;
  if (!day && Integer(at) && *Integer(at) <= 31) {  // English «December 9, 2020»
    day = Integer(at++);
    if (Key(at) == ",") ++at;
    if (!Integer(at) || *Integer(at) < 1000) return false;
  }
  std::optional<int> year;
  if (const auto y = Integer(at); y && *y >= 1000 && *y <= 2999) {
    year = y;
    ++at;
    if (Key(at) == "م" || Key(at) == "ه") ++at;  // era marks: ميلادية / هجرية (هـ)
  }
  if (!day && !year) return false;  // a bare month name is not a date («مارس» is also a verb)
  const bool past = IsPastWord(Key(at));
  const bool next = IsNextWord(Key(at));
  if (past || next) ++at;
  m->calendar = month->calendar == MonthCalendar::kHijri ? WrittenCalendar::kHijri
                                                         : WrittenCalendar::kGregorian;
  m->precision = day ? DatePrecision::kDay : DatePrecision::kMonth;
  int y = year.value_or(0);
  if (!year) {  // the year comes from the document date
    if (!doc_.known()) return false;
    m->relative = true;
    y = doc_.year;
    if (m->calendar == WrittenCalendar::kHijri) {
      const Result<CivilDate> h = GregorianToHijri(doc_);
      if (!h.ok()) return false;
      y = h->year;
    }
  }
  CivilDate date{y, month->month, day.value_or(1)};
  if (m->calendar == WrittenCalendar::kHijri) {
    const Result<CivilDate> g = HijriToGregorian(y, month->month, day.value_or(1));
    if (!g.ok()) return false;
    date = *g;
  }
  if (!year && m->calendar == WrittenCalendar::kGregorian) {
    // «27 سبتمبر الماضي»: the most recent past one; «المقبل»: the next; otherwise the
    // nearest, leaning to the past (news reports what happened).
    const CivilDate doc_plus_2m = AddDays(doc_, 61);
    const auto later = [](const CivilDate& a, const CivilDate& b) {
      return std::tie(a.year, a.month, a.day) > std::tie(b.year, b.month, b.day);
    };
    if ((past && later(date, doc_)) || (!past && !next && later(date, doc_plus_2m))) --date.year;
    if (next && later(doc_, date)) ++date.year;
  }
  if (AddDays(date, 0) != date) return false;  // «31 نوفمبر» does not exist
  if (m->precision == DatePrecision::kMonth) date.day = 0;
  m->date = date;
  *end = at;
  return true;
}

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
      if (auto off = internal::ZoneOffsetMinutes(zone, m->date.year, m->date.month, m->date.day)) {
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
    m->date = weekday_after ? ResolveWeekday(*weekday_after, doc_, Lean::kBefore) : AddDays(doc_, -1);
    if (weekday_after) ++at;  // «أمس الأحد»: the named day wins over «yesterday»
  } else if (OneOf(first, {"غدا", "الغد"})) {
    m->date = weekday_after ? ResolveWeekday(*weekday_after, doc_, Lean::kAfter) : AddDays(doc_, 1);
    if (weekday_after) ++at;
  } else if (const auto weekday = LookupWeekday(first)) {
    Lean lean = Lean::kOnOrBefore;  // a bare weekday in news is this week's, not later
    if (IsPastWord(Key(at))) { lean = Lean::kBefore; ++at; }
    else if (IsNextWord(Key(at))) { lean = Lean::kAfter; ++at; }
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

}  // namespace

std::vector<DateMention> FindDates(std::string_view source, std::span<const Token> tokens,
                                   CivilDate document_date) {
  (void)source;  // spans come from the tokens, which point into `source`
  return DateMatcher(tokens, document_date).Run();
}

std::vector<DateMention> FindDates(std::string_view source, CivilDate document_date) {
  Result<std::vector<Token>> tokens = Tokenize(source);
  if (!tokens.ok()) return {};
  return FindDates(source, *tokens, document_date);
}

}  // namespace marsad::text
