#include "tools/shell/sources.h"

#include <algorithm>

#include "base/status_macros.h"

namespace marsad::shell {
namespace {

constexpr std::string_view kMarsadNs = "http://marsad.dev/ns#";

// Quads read per pattern before giving up on finding more graphs: a popular term (rdf:type
// as a pair) must not turn one row into a scan of the whole store.
constexpr std::size_t kMaxQuadsPerPattern = 2000;

bool IsResource(const Term& t) { return t.is_iri() || t.is_blank(); }

// The patterns to try for `terms`, grouped by level (most specific first).
std::vector<std::vector<QuadPattern>> PatternLevels(const std::vector<Term>& terms) {
  std::vector<QuadPattern> triples, pairs, singles;
  for (const Term& s : terms) {
    if (!IsResource(s)) continue;
    for (const Term& p : terms) {
      if (&p == &s) continue;
      for (const Term& o : terms) {
        if (&o == &s || &o == &p || !p.is_iri()) continue;
        triples.push_back(QuadPattern{s, p, o, GraphSelector::kAnyNamed, {}});
      }
      pairs.push_back(QuadPattern{s, std::nullopt, p, GraphSelector::kAnyNamed, {}});
      if (p.is_iri()) pairs.push_back(QuadPattern{s, p, std::nullopt, GraphSelector::kAnyNamed, {}});
    }
  }
  for (const Term& t : terms) {
    if (IsResource(t)) singles.push_back(QuadPattern{t, {}, {}, GraphSelector::kAnyNamed, {}});
    singles.push_back(QuadPattern{{}, {}, t, GraphSelector::kAnyNamed, {}});
  }
  return {triples, pairs, singles};
}

}  // namespace

Status SourceFinder::CollectGraphs(const QuadPattern& pattern, std::size_t limit,
                                   std::vector<Term>* graphs) const {
  MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<QuadCursor> cursor, db_.Match(pattern));
  std::size_t read = 0;
  while (graphs->size() < limit && read < kMaxQuadsPerPattern && cursor->Next()) {
    ++read;
    const Term& g = cursor->quad().graph;
    if (std::find(graphs->begin(), graphs->end(), g) == graphs->end()) graphs->push_back(g);
  }
  return cursor->status();
}

Result<Term> SourceFinder::FirstObject(const Term& subject, const std::string& predicate) const {
  QuadPattern pattern{subject, Term::Iri(std::string(kMarsadNs) + predicate), {},
                      GraphSelector::kAny, {}};
  MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<QuadCursor> cursor, db_.Match(pattern));
  if (cursor->Next()) return cursor->quad().object;
  MARSAD_RETURN_IF_ERROR(cursor->status());
  return Term();
}

Result<RowSource> SourceFinder::Describe(const Term& graph) const {
  RowSource source;
  source.graph = graph;
  MARSAD_ASSIGN_OR_RETURN(Term text, FirstObject(graph, "text"));
  MARSAD_ASSIGN_OR_RETURN(source.article, FirstObject(graph, "article"));
  if (text.is_literal()) source.text = text.value();
  if (source.article.is_null()) source.article = graph;
  return source;
}

Result<std::vector<RowSource>> SourceFinder::ForRow(std::span<const Term> row,
                                                    std::size_t limit) const {
  std::vector<Term> terms;
  for (const Term& t : row) {
    if (!t.is_null() && std::find(terms.begin(), terms.end(), t) == terms.end()) {
      terms.push_back(t);
    }
  }
  std::vector<Term> graphs;
  for (const std::vector<QuadPattern>& level : PatternLevels(terms)) {
    for (const QuadPattern& pattern : level) {
      MARSAD_RETURN_IF_ERROR(CollectGraphs(pattern, limit, &graphs));
    }
    if (!graphs.empty()) break;
  }
  std::vector<RowSource> sources;
  for (const Term& g : graphs) {
    MARSAD_ASSIGN_OR_RETURN(RowSource source, Describe(g));
    sources.push_back(std::move(source));
  }
  return sources;
}

}  // namespace marsad::shell
