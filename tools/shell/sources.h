// Provenance for `.sources on`: the sentence and article behind a result row.
//
// Facts are stored in named graphs, one per sentence (docs/vocabulary.md); each sentence node
// carries marsad:text and marsad:article in its article's graph. For a row, the finder looks
// for quads made of the row's own terms -- first whole triples (s p o), then pairs (s p ?,
// s ? o), then a lone term as subject or object -- and takes the named graphs holding them,
// most specific level first.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "marsad/database.h"
#include "marsad/term.h"

namespace marsad::shell {

struct RowSource {
  Term graph;        // the named graph (a sentence, or an article for its own description)
  std::string text;  // the sentence's marsad:text; empty when the graph is not a sentence
  Term article;      // the sentence's marsad:article, or the graph itself
};

class SourceFinder {
 public:
  // `db` must outlive the finder.
  explicit SourceFinder(const Database& db) : db_(db) {}

  // Up to `limit` sources for `row`, in the store's graph order; empty when no named graph
  // holds a quad of the row's terms.
  Result<std::vector<RowSource>> ForRow(std::span<const Term> row, std::size_t limit = 3) const;

 private:
  Status CollectGraphs(const QuadPattern& pattern, std::size_t limit,
                       std::vector<Term>* graphs) const;
  Result<RowSource> Describe(const Term& graph) const;
  Result<Term> FirstObject(const Term& subject, const std::string& predicate) const;

  const Database& db_;
};

}  // namespace marsad::shell
