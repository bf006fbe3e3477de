// The date-expression matcher shared by dates.cc (absolute dates) and dates_relative.cc
// (relative expressions, times). INTERNAL to engine/src/text.
#pragma once

#include <cmath>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/dates.h"
#include "text/dates_lexicon.h"
#include "text/normalizer.h"
#include "text/numbers.h"

namespace marsad::text::internal {

inline bool OneOf(std::string_view key, std::initializer_list<std::string_view> words) {
  for (const std::string_view w : words) {
    if (key == w) return true;
  }
  return false;
}

// Qualifiers after a date or a weekday (match keys): past, next, current.
inline bool IsPastWord(std::string_view k) {
  return OneOf(k, {"الماضي", "الماضيه", "الفائت", "المنصرم"});
}
inline bool IsNextWord(std::string_view k) {
  return OneOf(k, {"المقبل", "المقبله", "القادم", "القادمه"});
}
inline bool IsCurrentWord(std::string_view k) {
  return OneOf(k, {"الجاري", "الجاريه", "الحالي", "الحاليه"});
}

// Matches date expressions starting at each token; see dates.h for the contract.
class DateMatcher {
 public:
  DateMatcher(std::span<const Token> tokens, CivilDate doc)
      : tokens_(tokens), doc_(doc), keys_(tokens.size()) {}

  // All mentions, in text order, non-overlapping.
  std::vector<DateMention> Run();

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
  std::optional<MonthName> MatchMonth(std::size_t i, std::size_t* next);
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

}  // namespace marsad::text::internal
