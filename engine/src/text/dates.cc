// Absolute date expressions (see dates.h and docs/text.md, "Dates").
#include "text/dates.h"

#include <algorithm>
#include <string>
#include <tuple>

#include "text/date_matcher.h"
#include "text/number_words.h"

namespace marsad::text {
namespace internal {

std::vector<DateMention> DateMatcher::Run() {
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
  if (!StartsOrdinalPhrase(Key(i))) return std::nullopt;
  for (std::size_t words = kMaxNumberPhraseWords; words >= 1; --words) {
    if (i + words > tokens_.size()) continue;
    std::string phrase;
    for (std::size_t k = i; k < i + words; ++k) phrase += (k == i ? "" : " ") + std::string(Key(k));
    if (const auto v = OrdinalPhraseValue(phrase); v && *v <= 31) {
      *next = i + words + (Key(i + words) == "من" ? 1 : 0);  // «التاسع من تشرين الثاني»
      return v;
    }
  }
  return std::nullopt;
}

std::optional<MonthName> DateMatcher::MatchMonth(std::size_t i, std::size_t* next) {
  bool stripped = false;
  for (std::size_t words : {2, 1}) {
    if (i + words > tokens_.size() || tokens_[i].kind != TokenKind::kWord) continue;
    std::string phrase(words == 2 ? Key(i) : Bare(i, &stripped));
    if (words == 2) phrase += " " + std::string(Key(i + 1));
    if (const auto month = LookupMonth(phrase)) {
      *next = i + words;
      // Paired forms: «تشرين الثاني/ نوفمبر», «تموز (يوليو)»; the second name is consumed.
      std::size_t after = *next;
      if (Key(after) == "/" || Key(after) == "(" || Key(after) == "-") {
        std::size_t pair_end = after + 1;
        const auto other = [&] {
          for (std::size_t w : {2, 1}) {
            std::string p(Key(after + 1));
            if (w == 2) p += " " + std::string(Key(after + 2));
            if (auto o = LookupMonth(p)) {
              pair_end = after + 1 + w;
              return o;
            }
          }
          return std::optional<MonthName>();
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
  std::optional<MonthName> month = MatchMonth(at, &at);
  if (!month && day && tokens_.size() > at + 1 && tokens_[at].kind == TokenKind::kWord &&
      Integer(at + 1) && *Integer(at + 1) >= 1000) {
    month = LookupMonthWithTypo(Key(at));  // «10 سبتمير 2020»: a day and a year
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

}  // namespace internal

std::vector<DateMention> FindDates(std::string_view source, std::span<const Token> tokens,
                                   CivilDate document_date) {
  (void)source;  // spans come from the tokens, which point into `source`
  return internal::DateMatcher(tokens, document_date).Run();
}

std::optional<CivilDate> FindDocumentDate(std::string_view source, const SegmentedText& text,
                                          std::size_t max_paragraphs) {
  const std::size_t paragraphs = std::min(max_paragraphs, text.paragraphs.size());
  if (paragraphs == 0) return std::nullopt;
  const Paragraph& last = text.paragraphs[paragraphs - 1];
  if (last.sentence_count == 0) return std::nullopt;
  const Sentence& end = text.sentences[last.first_sentence + last.sentence_count - 1];
  const std::span<const Token> opening(text.tokens.data(), end.first_token + end.token_count);
  for (const DateMention& m : FindDates(source, opening, CivilDate{})) {
    if (m.precision == DatePrecision::kDay && !m.relative) return m.date;
  }
  return std::nullopt;
}

std::vector<DateMention> FindDates(std::string_view source, CivilDate document_date) {
  Result<std::vector<Token>> tokens = Tokenize(source);
  if (!tokens.ok()) return {};
  return FindDates(source, *tokens, document_date);
}

}  // namespace marsad::text
