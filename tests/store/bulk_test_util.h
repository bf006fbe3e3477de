// Quad sets for bulk-load tests: random quads, a source over them, a reference store built by
// row-by-row inserts, and every graph scope of a store decoded to terms for comparison.
#pragma once

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "store_test_util.h"

namespace marsad::store {

// `count` quads over a few dozen terms (IRIs, blank nodes, integers, Arabic and plain
// literals), about half of them in one of four named graphs.
inline std::vector<Quad> RandomQuads(int count, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<Quad> quads;
  for (int i = 0; i < count; ++i) {
    Quad q;
    q.subject = rng() % 5 == 0 ? Term::Blank("b" + std::to_string(rng() % 10))
                               : Term::Iri("http://s/" + std::to_string(rng() % 40));
    q.predicate = Term::Iri("http://p/" + std::to_string(rng() % 6));
    switch (rng() % 4) {
      case 0:
        q.object = Term::Iri("http://s/" + std::to_string(rng() % 40));
        break;
      case 1:
        q.object = Term::Integer(int(rng() % 50));
        break;
      case 2:
        q.object = Term::LangLiteral("اسم " + std::to_string(rng() % 30), "ar");
        break;
      default:
        q.object = Term::Literal("a longer literal " + std::to_string(rng() % 30));
    }
    if (rng() % 2 == 0) q.graph = Term::Iri("http://g/" + std::to_string(rng() % 4));
    quads.push_back(q);
  }
  return quads;
}

// A source over copies of `quads` (a sink may move from what it is given), so it can run twice.
inline QuadSource SourceOf(std::vector<Quad> quads) {
  return [quads](const QuadSink& sink) -> Status {
    for (const Quad& quad : quads) {
      Quad q = quad;
      Status status = sink(q);
      if (!status.ok()) return status;
    }
    return Status();
  };
}

// Opens a second store at `path` and inserts `quads` through one batch writer: the reference
// the bulk loader must match. `added` (optional) receives the number of quads added.
inline void InsertRowByRow(const std::vector<Quad>& quads, const std::string& path,
                           std::unique_ptr<Store>* out, std::uint64_t* added) {
  Options options;
  options.sync_writes = false;
  auto store = Store::Open(path, options);
  ASSERT_OK(store);
  auto writer = (*store)->NewBatchWriter();
  ASSERT_OK(writer);
  auto count = (*writer)->InsertQuads(quads);
  ASSERT_OK(count);
  ASSERT_OK((*writer)->Commit());
  writer->reset();
  if (added != nullptr) *added = *count;
  *out = std::move(store).value();
}

// The quads of each graph scope (union triples, default graph, named graphs), decoded to
// terms and sorted: term ids differ between two stores, terms do not.
inline std::vector<std::vector<Quad>> EveryScope(Store& store) {
  std::vector<std::vector<Quad>> out;
  for (GraphScope scope : {GraphScope::kUnion, GraphScope::kDefault, GraphScope::kAnyNamed}) {
    IdPattern pattern;
    pattern.graph = scope;
    auto it = store.Scan(nullptr, pattern);
    EXPECT_TRUE(it.ok());
    std::vector<Quad> quads;
    while ((*it)->Next()) {
      const IdQuad& q = (*it)->quad();
      std::vector<TermId> ids = {q.s, q.p, q.o};
      if (q.g != kDefaultGraph && q.g != kNoTerm) ids.push_back(q.g);
      auto terms = store.Decode(ids);
      EXPECT_TRUE(terms.ok());
      quads.push_back(
          {(*terms)[0], (*terms)[1], (*terms)[2], ids.size() == 4 ? (*terms)[3] : Term()});
    }
    std::sort(quads.begin(), quads.end());
    out.push_back(std::move(quads));
  }
  return out;
}

// The counts of two stores holding the same quads (their term ids differ, their counts not).
inline void ExpectSameCounts(const StoreStatistics& a, const StoreStatistics& b) {
  EXPECT_EQ(a.quads, b.quads);
  EXPECT_EQ(a.triples, b.triples);
  EXPECT_EQ(a.terms, b.terms);
  EXPECT_EQ(a.graphs, b.graphs);
  EXPECT_EQ(a.predicates.size(), b.predicates.size());
}

}  // namespace marsad::store
