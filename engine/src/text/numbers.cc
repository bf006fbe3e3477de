#include "text/numbers.h"

#include <cmath>
#include <string>

#include "text/char_classes.h"
#include "text/normalizer.h"
#include "text/number_words.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

using internal::kMaxNumberPhraseWords;

// Approximation qualifiers (match keys) that precede a number.
struct Qualifier {
  std::string_view phrase;
  Approximation approximation;
};
constexpr Qualifier kQualifiers[] = {
    {"اكثر من", Approximation::kMoreThan},
    {"ازيد من", Approximation::kMoreThan},
    {"ما يزيد عن", Approximation::kMoreThan},
    {"ما يزيد علي", Approximation::kMoreThan},
    {"ما يربو علي", Approximation::kMoreThan},
    {"اقل من", Approximation::kLessThan},
    {"ما دون", Approximation::kLessThan},
    {"ما يقل عن", Approximation::kLessThan},
    {"نحو", Approximation::kAbout},
    {"حوالي", Approximation::kAbout},
    {"قرابه", Approximation::kAbout},
    {"زهاء", Approximation::kAbout},
    {"ما يقارب", Approximation::kAbout},
    {"ما يقرب من", Approximation::kAbout},
};
constexpr std::string_view kConjunction = "و";

// Proclitic letters that may be glued to a numeral or number word («و12,000», «وعشرين»).
bool IsProcliticLetter(std::string_view key) {
  return key == "و" || key == "ف" || key == "ب" || key == "ل" || key == "ك";
}

class Matcher {
 public:
  Matcher(std::string_view source, std::span<const Token> tokens)
      : tokens_(tokens), keys_(tokens.size()) {
    (void)source;  // spans come from the tokens, which point into `source`
  }

  std::vector<NumberMention> Run();

 private:
  const std::string& Key(std::size_t i) {
    if (keys_[i].empty()) keys_[i] = MatchKey(tokens_[i].text);
    return keys_[i];
  }
  // Words [i, i+n) joined by spaces; `strip_first` drops a leading proclitic letter.
  std::string Phrase(std::size_t i, std::size_t n, bool strip_first);
  // Longest qualifier at i: (approximation, tokens used, conjunction stripped).
  bool MatchQualifier(std::size_t i, Approximation* approx, std::size_t* used, bool* stripped);
  struct NumberMatch {
    double value = 0;
    std::size_t used = 0;      // tokens
    bool words = false;        // spelled out
    bool stripped = false;     // a glued proclitic letter precedes the number
    bool bare_plural = false;  // «آلاف» alone
  };
  // A number starting at token i.
  bool MatchNumber(std::size_t i, NumberMatch* m);
  bool MatchCardinal(std::size_t i, bool allow_strip, int* value, std::size_t* used,
                     bool* stripped);

  std::span<const Token> tokens_;
  std::vector<std::string> keys_;
};

std::string Matcher::Phrase(std::size_t i, std::size_t n, bool strip_first) {
  std::string phrase;
  for (std::size_t k = i; k < i + n; ++k) {
    if (tokens_[k].kind != TokenKind::kWord) return "";
    std::string_view key = Key(k);
    if (k == i && strip_first) key.remove_prefix(kConjunction.size());  // all are 2 bytes
    if (!phrase.empty()) phrase += ' ';
    phrase += key;
  }
  return phrase;
}

bool Matcher::MatchQualifier(std::size_t i, Approximation* approx, std::size_t* used,
                             bool* stripped) {
  for (const bool strip : {false, true}) {
    if (strip && !Key(i).starts_with(kConjunction)) continue;
    for (std::size_t n = 3; n >= 1; --n) {
      if (i + n > tokens_.size()) continue;
      const std::string phrase = Phrase(i, n, strip);
      for (const Qualifier& q : kQualifiers) {
        if (!phrase.empty() && q.phrase == phrase) {
          *approx = q.approximation;
          *used = n;
          *stripped = strip;
          return true;
        }
      }
    }
  }
  return false;
}

bool Matcher::MatchCardinal(std::size_t i, bool allow_strip, int* value, std::size_t* used,
                            bool* stripped) {
  for (const bool strip : {false, true}) {
    if (strip && (!allow_strip || !Key(i).starts_with(kConjunction))) continue;
    std::string_view first = Key(i);
    if (strip) first.remove_prefix(kConjunction.size());
    if (!internal::StartsCardinalPhrase(first)) continue;
    for (std::size_t n = kMaxNumberPhraseWords; n >= 1; --n) {
      if (i + n > tokens_.size()) continue;
      const std::string phrase = Phrase(i, n, strip);
      if (phrase.empty()) continue;
      if (const auto v = internal::CardinalPhraseValue(phrase)) {
        *value = *v;
        *used = n;
        *stripped = strip;
        return true;
      }
    }
  }
  return false;
}

bool Matcher::MatchNumber(std::size_t i, NumberMatch* m) {
  const Token& t = tokens_[i];
  *m = NumberMatch();
  if (t.kind == TokenKind::kNumber) {
    std::optional<double> v = ParseNumeral(t.text);
    if (!v && t.text.size() > 2 && IsProcliticLetter(MatchKey(t.text.substr(0, 2)))) {
      v = ParseNumeral(t.text.substr(2));
      m->stripped = v.has_value();
    }
    if (!v) return false;
    m->value = *v;
    m->used = 1;
  } else {
    int cardinal = 0;
    if (MatchCardinal(i, true, &cardinal, &m->used, &m->stripped)) {
      m->value = cardinal;
      m->words = true;
    } else if (const auto scale = internal::ScaleWordValue(Key(i));
               scale && t.kind == TokenKind::kWord) {
      // The scale word alone: «ألف» 1000, «ألفين» 2000, «آلاف» (thousands, i.e. > 1000).
      m->value = scale->value;
      m->used = 1;
      m->words = true;
      m->bare_plural = scale->plural;
      return true;
    } else {
      return false;
    }
  }
  const std::size_t next = i + m->used;
  if (next >= tokens_.size()) return true;
  const auto scale = internal::ScaleWordValue(Key(next));
  if (!scale || scale->dual) return true;
  m->value *= scale->value;  // «3 ملايين», «ثلاثة آلاف», «2.5 مليون»
  ++m->used;
  // «ثلاثة آلاف وخمسمائة»: a following «و» + smaller cardinal is added.
  const std::size_t rest_at = i + m->used;
  int rest = 0;
  std::size_t rest_used = 0;
  bool rest_stripped = false;
  if (rest_at < tokens_.size() && MatchCardinal(rest_at, true, &rest, &rest_used, &rest_stripped) &&
      rest_stripped) {
    m->value += rest;
    m->used += rest_used;
  }
  return true;
}

std::vector<NumberMention> Matcher::Run() {
  std::vector<NumberMention> out;
  std::size_t i = 0;
  while (i < tokens_.size()) {
    Approximation approx = Approximation::kExact;
    std::size_t qual_used = 0;
    bool qual_stripped = false;
    const bool qualified = MatchQualifier(i, &approx, &qual_used, &qual_stripped);
    const std::size_t at = i + qual_used;
    NumberMatch num;
    if (at >= tokens_.size() || !MatchNumber(at, &num)) {
      i += qualified ? qual_used : 1;
      continue;
    }
    NumberMention m;
    m.span = qualified ? tokens_[i].span : tokens_[at].span;
    if (qualified ? qual_stripped : num.stripped) {  // leave the glued «و» out of the span
      m.span.byte_begin += 2;
      m.span.cp_begin += 1;
    }
    if (num.bare_plural && !qualified) approx = Approximation::kMoreThan;
    std::size_t end = at + num.used;
    if (end < tokens_.size() && (tokens_[end].text == "%" || tokens_[end].text == "٪" ||
                                 Key(end) == "بالمئه" || Key(end) == "بالمائه")) {
      m.percent = true;
      ++end;
    } else if (end + 1 < tokens_.size() && Key(end) == "في" &&
               (Key(end + 1) == "المئه" || Key(end + 1) == "المائه")) {
      m.percent = true;
      end += 2;
    }
    if (end < tokens_.size() && Key(end) == "تقريبا") {
      approx = Approximation::kAbout;
      ++end;
    }
    m.span.byte_end = tokens_[end - 1].span.byte_end;
    m.span.cp_end = tokens_[end - 1].span.cp_end;
    m.value = num.value;
    m.approximation = approx;
    m.from_words = num.words;
    out.push_back(m);
    i = end;
  }
  return out;
}

}  // namespace

std::optional<double> ParseNumeral(std::string_view token) {
  // Decimal digits of one script, optional thousands groups, optional fraction.
  std::int32_t zero = -1;
  double integer = 0;
  double fraction = 0;
  double scale = 1;
  int digits_in_group = 0;
  bool grouped = false;
  bool in_fraction = false;
  bool any_digit = false;
  for (std::size_t pos = 0; pos < token.size();) {
    const std::int32_t c = DecodeUtf8(token, &pos);
    const int d = DigitValue(c);
    if (d >= 0) {
      if (zero < 0) zero = c - d;
      if (c - d != zero) return std::nullopt;  // mixed scripts: «1٢»
      any_digit = true;
      if (in_fraction) {
        scale /= 10;
        fraction += d * scale;
      } else {
        integer = integer * 10 + d;
        ++digits_in_group;
      }
    } else if ((c == ',' || c == 0x066C) && !in_fraction && any_digit &&
               (grouped ? digits_in_group == 3 : digits_in_group <= 3)) {
      grouped = true;
      digits_in_group = 0;
    } else if ((c == '.' || c == 0x066B) && !in_fraction && any_digit) {
      in_fraction = true;
      if (grouped && digits_in_group != 3) return std::nullopt;
    } else {
      return std::nullopt;
    }
  }
  if (!any_digit || (grouped && !in_fraction && digits_in_group != 3)) return std::nullopt;
  if (in_fraction && scale == 1) return std::nullopt;  // "12." is not a numeral
  return integer + fraction;
}

std::optional<double> NumberWordValue(std::string_view word) {
  const std::string key = MatchKey(word);
  if (const auto v = internal::CardinalPhraseValue(key)) return *v;
  if (const auto s = internal::ScaleWordValue(key)) return s->value;
  return std::nullopt;
}

std::vector<NumberMention> FindNumbers(std::string_view source, std::span<const Token> tokens,
                                       std::span<const TextSpan> skip) {
  if (skip.empty()) return Matcher(source, tokens).Run();
  // Match each run of tokens between skipped spans separately, so no mention straddles one.
  std::vector<NumberMention> out;
  std::size_t run_begin = 0;
  std::size_t s = 0;
  for (std::size_t i = 0; i <= tokens.size(); ++i) {
    bool skipped = false;
    if (i < tokens.size()) {
      while (s < skip.size() && skip[s].byte_end <= tokens[i].span.byte_begin) ++s;
      skipped = s < skip.size() && skip[s].byte_begin <= tokens[i].span.byte_begin;
    }
    if (i == tokens.size() || skipped) {
      const auto run = Matcher(source, tokens.subspan(run_begin, i - run_begin)).Run();
      out.insert(out.end(), run.begin(), run.end());
      run_begin = i + 1;
    }
  }
  return out;
}

std::vector<NumberMention> FindNumbers(std::string_view source) {
  Result<std::vector<Token>> tokens = Tokenize(source);
  if (!tokens.ok()) return {};
  return FindNumbers(source, *tokens);
}

}  // namespace marsad::text
