// Ingesting articles: extraction (engine/src/extract) plus the atomic replace-and-store of the
// article's quads. Lexicons and rules are loaded once, on first use, and shared read-only by
// every later ingest (the extractor is thread-safe over const data).
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "extract/extraction.h"
#include "extract/lexicon.h"
#include "extract/rule_set.h"
#include "marsad/article.h"
#include "marsad/status.h"
#include "store/store.h"

namespace marsad::api {

class ArticleIngester {
 public:
  // `extra_data`: lexicon (.tsv/.txt) and rule (.rules) files or directories of them, added
  // to the compiled-in defaults.
  explicit ArticleIngester(std::vector<std::string> extra_data);

  // Extracts without storing (`marsad extract`).
  Result<extract::ArticleExtraction> Extract(const Article& article);
  // Extracts and stores as one batch: the quads of an earlier ingest of the same article
  // (same file stem) are removed in the same batch, so a reader sees the old facts or the
  // new ones, never a mix.
  Result<IngestReport> Ingest(store::Store& store, const Article& article);

 private:
  Status LoadData();

  std::vector<std::string> extra_data_;
  std::once_flag loaded_;
  Status load_status_;
  std::unique_ptr<extract::Lexicons> lexicons_;
  std::unique_ptr<extract::RuleSet> rules_;
};

// ArticleMeta from the public Article: the file stem names the article, "YYYY-MM-DD" dates.
Result<extract::ArticleMeta> MetaFor(const Article& article);

}  // namespace marsad::api
