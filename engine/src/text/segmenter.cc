#include "text/segmenter.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include "base/status_macros.h"
#include "text/char_classes.h"
#include "text/icu_iterators.h"
#include "text/icu_status.h"
#include "text/sentence_rules.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

using internal::BreakKind;

// Converts increasing (mostly) byte offsets to code-point offsets in amortized O(1).
class CpCounter {
 public:
  explicit CpCounter(std::string_view s) : s_(s) {}
  std::uint32_t At(std::size_t byte) {
    while (byte_ < byte) {
      if ((static_cast<unsigned char>(s_[byte_++]) & 0xC0) != 0x80) ++cp_;
    }
    while (byte_ > byte) {
      if ((static_cast<unsigned char>(s_[--byte_]) & 0xC0) != 0x80) --cp_;
    }
    return cp_;
  }
  TextSpan Span(std::size_t b, std::size_t e) {
    TextSpan span;
    span.byte_begin = static_cast<std::uint32_t>(b);
    span.cp_begin = At(b);
    span.byte_end = static_cast<std::uint32_t>(e);
    span.cp_end = At(e);
    return span;
  }

 private:
  std::string_view s_;
  std::size_t byte_ = 0;
  std::uint32_t cp_ = 0;
};

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

Result<UTextPtr> OpenUtf8(std::string_view s) {
  UErrorCode err = U_ZERO_ERROR;
  UText* t = utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()), &err);
  MARSAD_RETURN_IF_ERROR(internal::IcuStatus(err, "opening UTF-8 text"));
  return UTextPtr(t);
}

bool IsSpace(std::int32_t c) { return u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B; }

bool AllSpace(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    if (!IsSpace(DecodeUtf8(s, &pos))) return false;
  }
  return true;
}

TokenKind KindOf(std::string_view text, int32_t rule_status) {
  if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT) {
    return TokenKind::kNumber;
  }
  if (rule_status >= UBRK_WORD_LETTER) return TokenKind::kWord;
  std::size_t pos = 0;
  const std::int32_t c = DecodeUtf8(text, &pos);
  if (u_ispunct(c)) return TokenKind::kPunctuation;
  if (u_isalpha(c)) return TokenKind::kWord;  // e.g. a lone tatweel-ended clitic
  return TokenKind::kSymbol;
}

// Appends the tokens of `part` (a slice of the source starting at byte `base`).
Status AppendTokens(std::string_view source, std::size_t base, std::size_t end,
                    CpCounter* cps, std::vector<Token>* out) {
  MARSAD_ASSIGN_OR_RETURN(icu::BreakIterator * words,
                          internal::ThreadBreakIterator(BreakKind::kWord));
  MARSAD_ASSIGN_OR_RETURN(UTextPtr ut, OpenUtf8(source.substr(base, end - base)));
  UErrorCode err = U_ZERO_ERROR;
  words->setText(ut.get(), err);
  MARSAD_RETURN_IF_ERROR(internal::IcuStatus(err, "setting the word iterator's text"));
  std::int32_t prev = words->first();
  for (std::int32_t cur = words->next(); cur != icu::BreakIterator::DONE;
       prev = cur, cur = words->next()) {
    const std::string_view text = source.substr(base + prev, cur - prev);
    if (AllSpace(text)) continue;
    Token token;
    token.span = cps->Span(base + prev, base + cur);
    token.text = text;
    token.kind = KindOf(text, words->getRuleStatus());
    token.script = ClassifyScript(text);
    out->push_back(token);
  }
  return Status::Ok();
}

// Length of the line break starting at `i`, or 0: LF, CR, CRLF, NEL, LS, PS.
std::size_t LineBreakAt(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == '\n') return 1;
  if (c == '\r') return i + 1 < s.size() && s[i + 1] == '\n' ? 2 : 1;
  if (s.compare(i, 2, "\xC2\x85") == 0) return 2;
  if (s.compare(i, 3, "\xE2\x80\xA8") == 0 || s.compare(i, 3, "\xE2\x80\xA9") == 0) return 3;
  return 0;
}

// [begin, end) shrunk to exclude leading and trailing whitespace.
std::pair<std::size_t, std::size_t> Trim(std::string_view s, std::size_t b, std::size_t e) {
  while (b < e) {
    std::size_t pos = b;
    if (!IsSpace(DecodeUtf8(s, &pos))) break;
    b = pos;
  }
  while (e > b) {
    std::size_t start = e - 1;
    while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    std::size_t pos = start;
    if (!IsSpace(DecodeUtf8(s, &pos))) break;
    e = start;
  }
  return {b, e};
}

}  // namespace

Result<std::vector<Token>> Tokenize(std::string_view source) {
  MARSAD_RETURN_IF_ERROR(ValidateUtf8(source));
  std::vector<Token> tokens;
  tokens.reserve(source.size() / 6);
  CpCounter cps(source);
  MARSAD_RETURN_IF_ERROR(AppendTokens(source, 0, source.size(), &cps, &tokens));
  return tokens;
}

Result<SegmentedText> Segment(std::string_view source) {
  MARSAD_RETURN_IF_ERROR(ValidateUtf8(source));
  MARSAD_ASSIGN_OR_RETURN(icu::BreakIterator * sentence_it,
                          internal::ThreadBreakIterator(BreakKind::kSentence));
  SegmentedText out;
  out.tokens.reserve(source.size() / 6);
  CpCounter cps(source);
  std::size_t line_begin = 0;
  while (line_begin < source.size()) {
    std::size_t line_end = line_begin;
    std::size_t brk = 0;
    while (line_end < source.size() && (brk = LineBreakAt(source, line_end)) == 0) ++line_end;
    const auto [pb, pe] = Trim(source, line_begin, line_end);
    line_begin = line_end + brk;
    if (pb == pe) continue;  // blank line
    Paragraph paragraph;
    paragraph.span = cps.Span(pb, pe);
    paragraph.first_sentence = static_cast<std::uint32_t>(out.sentences.size());
    MARSAD_ASSIGN_OR_RETURN(const std::vector<std::size_t> ends,
                            internal::SentenceEnds(source, pb, pe, sentence_it));
    std::size_t sb = pb;
    for (const std::size_t se : ends) {
      const auto [b, e] = Trim(source, sb, se);
      sb = se;
      if (b == e) continue;
      Sentence sentence;
      sentence.span = cps.Span(b, e);
      sentence.first_token = static_cast<std::uint32_t>(out.tokens.size());
      MARSAD_RETURN_IF_ERROR(AppendTokens(source, b, e, &cps, &out.tokens));
      sentence.token_count = static_cast<std::uint32_t>(out.tokens.size()) - sentence.first_token;
      out.sentences.push_back(sentence);
    }
    paragraph.sentence_count =
        static_cast<std::uint32_t>(out.sentences.size()) - paragraph.first_sentence;
    out.paragraphs.push_back(paragraph);
  }
  return out;
}

Script ClassifyScript(std::string_view text) {
  bool arabic = false;
  bool latin = false;
  bool digits = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::int32_t c = DecodeUtf8(text, &pos);
    if (IsPersianOnlyLetter(c)) return Script::kPersian;
    if (c < 0x80) {
      latin |= (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      digits |= c >= '0' && c <= '9';
      continue;
    }
    if (DigitValue(c) >= 0) {
      digits = true;
    } else if (u_isalpha(c)) {
      UErrorCode err = U_ZERO_ERROR;
      const UScriptCode sc = uscript_getScript(c, &err);
      arabic |= sc == USCRIPT_ARABIC;
      latin |= sc == USCRIPT_LATIN;
    }
  }
  if (arabic) return Script::kArabic;
  if (latin) return Script::kLatin;
  return digits ? Script::kDigits : Script::kOther;
}

const char* ScriptName(Script script) {
  switch (script) {
    case Script::kArabic: return "Arabic";
    case Script::kPersian: return "Persian";
    case Script::kLatin: return "Latin";
    case Script::kDigits: return "Digits";
    case Script::kOther: return "Other";
  }
  return "?";
}

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunctuation: return "punctuation";
    case TokenKind::kSymbol: return "symbol";
  }
  return "?";
}

}  // namespace marsad::text
