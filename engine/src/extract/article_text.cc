// From raw text to sentences of units: validation, segmentation, the dateline, boilerplate
// and foreign-language lines, the title.
#include <string>

#include "base/status_macros.h"
#include "extract/annotate.h"
#include "extract/article_state.h"
#include "text/normalizer.h"
#include "text/utf8.h"

namespace marsad::extract {
namespace {

constexpr std::uint32_t kDatelineMaxTokens = 16;
constexpr std::uint32_t kDatelineSearchParagraphs = 4;
constexpr std::size_t kTitleMaxWords = 24;

std::string_view SpanText(std::string_view source, const text::TextSpan& span) {
  return source.substr(span.byte_begin, span.byte_size());
}

// A line written in another language: any Persian-only letter, or more Latin than Arabic
// words (an embedded tweet, a caption in English).
bool IsForeign(std::span<const text::Token> tokens) {
  int arabic = 0;
  int latin = 0;
  for (const text::Token& t : tokens) {
    if (t.script == text::Script::kPersian) return true;
    if (t.script == text::Script::kArabic) ++arabic;
    if (t.script == text::Script::kLatin) ++latin;
  }
  return latin > arabic;
}

// The dateline: a short line near the top that is mostly one absolute date
// («السبت ١٠ أكتوبر ٢٠٢٠ - ٠٤:٢٠ بتوقيت غرينتش»). Returns the paragraph index or -1.
int FindDateline(const text::SegmentedText& seg, std::span<const text::DateMention> dates,
                 text::CivilDate* date) {
  const std::uint32_t limit =
      std::min<std::uint32_t>(kDatelineSearchParagraphs, seg.paragraphs.size());
  for (std::uint32_t p = 0; p < limit; ++p) {
    const text::Paragraph& para = seg.paragraphs[p];
    std::uint32_t tokens = 0;
    for (std::uint32_t s = 0; s < para.sentence_count; ++s) {
      tokens += seg.sentences[para.first_sentence + s].token_count;
    }
    if (tokens > kDatelineMaxTokens) continue;
    for (const text::DateMention& d : dates) {
      if (d.span.byte_begin >= para.span.byte_begin && d.span.byte_end <= para.span.byte_end &&
          d.precision == text::DatePrecision::kDay && !d.relative && d.date.known() &&
          d.span.cp_size() * 2 >= para.span.cp_size()) {
        *date = d.date;
        return static_cast<int>(p);
      }
    }
  }
  return -1;
}

std::size_t WordCount(std::span<const text::Token> tokens) {
  std::size_t n = 0;
  for (const text::Token& t : tokens) n += t.kind == text::TokenKind::kWord;
  return n;
}

// Sets the document date from the dateline, else from the metadata; returns the dateline's
// paragraph index or -1. The dateline is near the top, so only the first paragraphs are
// searched for absolute dates.
int ResolveDocumentDate(const text::SegmentedText& seg, ArticleState* st) {
  std::size_t head_tokens = 0;
  for (std::size_t p = 0; p < seg.paragraphs.size() && p < kDatelineSearchParagraphs; ++p) {
    const text::Paragraph& para = seg.paragraphs[p];
    const text::Sentence& last = seg.sentences[para.first_sentence + para.sentence_count - 1];
    head_tokens = last.first_token + last.token_count;
  }
  const std::span<const text::Token> head(seg.tokens.data(), head_tokens);
  const std::vector<text::DateMention> absolute = text::FindDates(st->source, head, {});
  const int dateline = FindDateline(seg, absolute, &st->out.date);
  if (dateline >= 0) {
    st->out.date_source = "dateline";
  } else if (st->out.meta.date.known()) {
    st->out.date = st->out.meta.date;
    st->out.date_source = "metadata";
  }
  return dateline;
}

}  // namespace

Status PrepareSentences(ArticleState* st) {
  text::Utf8Options options;
  options.source_name = st->out.meta.file;
  MARSAD_RETURN_IF_ERROR(text::ValidateUtf8(st->source, options));
  MARSAD_ASSIGN_OR_RETURN(text::SegmentedText seg, text::Segment(st->source));
  const std::span<const text::Token> all(seg.tokens);

  const int dateline = ResolveDocumentDate(seg, st);
  const std::vector<text::DateMention> dates = text::FindDates(st->source, all, st->out.date);

  std::string previous;
  bool title_decided = false;
  ReadingCache readings;
  for (std::size_t p = 0; p < seg.paragraphs.size(); ++p) {
    const text::Paragraph& para = seg.paragraphs[p];
    const std::string_view line = SpanText(st->source, para.span);
    const text::Sentence& first = seg.sentences[para.first_sentence];
    const text::Sentence& last = seg.sentences[para.first_sentence + para.sentence_count - 1];
    const auto tokens = all.subspan(first.first_token,
                                    last.first_token + last.token_count - first.first_token);
    const std::string key = text::MatchKey(line);
    if (static_cast<int>(p) == dateline || key == previous || st->lex.IsBoilerplateLine(line) ||
        IsForeign(tokens)) {
      ++st->out.skipped_lines;
      continue;
    }
    previous = key;
    if (!title_decided) {
      // A headline is short and has no sentence-final punctuation.
      title_decided = true;
      const std::string_view end = tokens.empty() ? "" : tokens.back().text;
      const bool headline = WordCount(tokens) <= kTitleMaxWords && end != "." && end != "؟" &&
                            end != "!" && end != "?";
      if (st->out.meta.title.empty() && headline) st->out.title = text::DisplayForm(line);
    }
    for (std::uint32_t s = 0; s < para.sentence_count; ++s) {
      const text::Sentence& sentence = seg.sentences[para.first_sentence + s];
      SentenceInfo info;
      info.index = static_cast<std::uint32_t>(st->out.sentences.size());
      info.span = sentence.span;
      info.text = text::DisplayForm(SpanText(st->source, sentence.span));
      SentenceState state;
      state.index = info.index;
      state.units = BuildUnits(all.subspan(sentence.first_token, sentence.token_count), dates,
                               &st->table, &readings);
      st->out.sentences.push_back(std::move(info));
      st->sentences.push_back(std::move(state));
    }
  }
  if (st->out.title.empty()) st->out.title = st->out.meta.title;
  return Status::Ok();
}

}  // namespace marsad::extract
