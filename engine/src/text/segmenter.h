// Paragraph, sentence and word segmentation with exact source spans.
//
// Words come from ICU's word BreakIterator run directly over the UTF-8 bytes; sentences from
// ICU's sentence BreakIterator, adjusted for news Arabic (docs/text.md, "Segmentation"):
//  - ؟ ! . ۔ end a sentence; ، and ؛ never do (they separate clauses);
//  - closing quotes and brackets (» ” ’ ") ) after a terminator stay with the sentence;
//  - no break after a standalone one-letter abbreviation (د. أ. م. U.S.) or inside a number;
//  - a sentence never crosses a paragraph boundary (a line break).
// Whitespace is never part of a token; sentence and paragraph spans exclude surrounding
// whitespace. Thread-safe (ICU iterators are cloned per call).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "marsad/status.h"
#include "text/span.h"

namespace marsad::text {

// Script of a token, decided over its letters: any Persian-only letter (پ چ ژ گ ک ی) gives
// kPersian, otherwise any Arabic-script letter gives
// kArabic, any Latin letter kLatin; a token of digits (any script) and number punctuation is
// kDigits; the rest is kOther (punctuation, symbols, emoji).
enum class Script : std::uint8_t { kArabic, kPersian, kLatin, kDigits, kOther };

enum class TokenKind : std::uint8_t {
  kWord,         // letters (may contain digits or tatweel: "بـ", "COVID-19" is split by ICU)
  kNumber,       // digits in any script with internal separators: 10, ١٠, 3.5, 12,000, ٣٫٥
  kPunctuation,  // one punctuation character (General_Category P*): ، ؛ ؟ « » “ ” ( ) - : # • %
  kSymbol,       // anything else that is not whitespace: + = $ © emoji
};

struct Token {
  TextSpan span;
  std::string_view text;  // view into the segmented source
  TokenKind kind = TokenKind::kWord;
  Script script = Script::kOther;
};

struct Sentence {
  TextSpan span;
  std::uint32_t first_token = 0;  // index into SegmentedText::tokens
  std::uint32_t token_count = 0;
};

struct Paragraph {
  TextSpan span;
  std::uint32_t first_sentence = 0;  // index into SegmentedText::sentences
  std::uint32_t sentence_count = 0;
};

// Views into the source: the source must outlive this value.
struct SegmentedText {
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
};

// Full segmentation. kInvalidArgument (with the byte offset) on ill-formed UTF-8 or NUL;
// kInternal if ICU cannot build its iterators.
Result<SegmentedText> Segment(std::string_view source);

// Words only (the tokens of Segment, without sentence analysis). Spans are relative to
// `source`. Same errors as Segment.
Result<std::vector<Token>> Tokenize(std::string_view source);

// Script classification of one token's text, as described above.
Script ClassifyScript(std::string_view token_text);

const char* ScriptName(Script script);
const char* TokenKindName(TokenKind kind);

}  // namespace marsad::text
