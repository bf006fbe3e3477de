// Entry point of fact extraction: one article's text in, entities, offices and events out.
//
//   MARSAD_ASSIGN_OR_RETURN(Lexicons lex, Lexicons::LoadDefault());
//   MARSAD_ASSIGN_OR_RETURN(RuleSet rules, RuleSet::LoadDefault(lex));
//   MARSAD_ASSIGN_OR_RETURN(ArticleExtraction x, ExtractArticle(text, meta, lex, rules));
//   std::vector<Quad> quads = ToQuads(x);  // quads.h
//
// Thread-safe for concurrent calls sharing the same (const) lexicons and rules.
#pragma once

#include <string_view>

#include "extract/extraction.h"
#include "extract/lexicon.h"
#include "extract/rule_set.h"
#include "marsad/status.h"

namespace marsad::extract {

// kInvalidArgument for ill-formed UTF-8 (with the byte offset, line and column) or a NUL;
// otherwise always succeeds (an article with nothing to extract gives empty lists).
Result<ArticleExtraction> ExtractArticle(std::string_view text, const ArticleMeta& meta,
                                         const Lexicons& lexicons, const RuleSet& rules);

// The metadata of the article file at `path`: file_stem = the file name without extension,
// file = `path`, and, when «<path without .txt>.meta» exists, its sidecar fields. kIOError if
// the sidecar exists but cannot be read; the sidecar's own errors name it as the source.
Result<ArticleMeta> MetaForFile(const std::string& path);

// Reads a metadata sidecar («key: value» lines: title, date (YYYY-MM-DD), outlet) into `meta`.
// Unknown keys are ignored; a malformed date is kInvalidArgument naming the line.
Status ParseArticleSidecar(std::string_view text, ArticleMeta* meta);

}  // namespace marsad::extract
