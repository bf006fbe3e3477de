// Database::Match: a public pattern becomes one or two id scans over one snapshot; ids are
// decoded in chunks so the dictionary is read with one MultiGet per chunk, not per quad.
#include <vector>

#include "api/database_impl.h"
#include "base/status_macros.h"

namespace marsad::api {
namespace {

constexpr std::size_t kDecodeChunk = 256;

class StoreQuadCursor final : public QuadCursor {
 public:
  StoreQuadCursor(const store::Store& store, store::SnapshotPtr snapshot,
                  std::vector<store::IdPattern> patterns)
      : store_(store), snapshot_(std::move(snapshot)), patterns_(std::move(patterns)) {}

  bool Next() override {
    if (position_ < quads_.size()) {
      current_ = std::move(quads_[position_++]);
      return true;
    }
    if (!status_.ok() || !Refill()) return false;
    current_ = std::move(quads_[position_++]);
    return true;
  }
  const Quad& quad() const override { return current_; }
  Status status() const override { return status_; }

 private:
  // Reads the next chunk of id quads (moving on to the next pattern as each ends) and decodes
  // it. False at the end or on error.
  bool Refill() {
    std::vector<store::IdQuad> ids;
    while (ids.size() < kDecodeChunk) {
      if (iterator_ == nullptr) {
        if (next_pattern_ == patterns_.size()) break;
        auto scan = store_.Scan(snapshot_, patterns_[next_pattern_++]);
        if (!scan.ok()) return Fail(scan.status());
        iterator_ = std::move(scan).value();
      }
      if (iterator_->Next()) {
        ids.push_back(iterator_->quad());
        continue;
      }
      if (!iterator_->status().ok()) return Fail(iterator_->status());
      iterator_.reset();
    }
    if (ids.empty()) return false;
    std::vector<store::TermId> flat;
    for (const store::IdQuad& q : ids) {
      flat.insert(flat.end(), {q.s, q.p, q.o});
      if (q.g != store::kNoTerm && q.g != store::kDefaultGraph) flat.push_back(q.g);
    }
    auto terms = store_.Decode(flat);
    if (!terms.ok()) return Fail(terms.status());
    quads_.clear();
    position_ = 0;
    std::size_t next = 0;
    for (const store::IdQuad& q : ids) {
      Quad quad;
      quad.subject = std::move((*terms)[next++]);
      quad.predicate = std::move((*terms)[next++]);
      quad.object = std::move((*terms)[next++]);
      if (q.g != store::kNoTerm && q.g != store::kDefaultGraph) {
        quad.graph = std::move((*terms)[next++]);
      }
      quads_.push_back(std::move(quad));
    }
    return true;
  }

  bool Fail(Status status) {
    status_ = std::move(status);
    return false;
  }

  const store::Store& store_;
  store::SnapshotPtr snapshot_;
  std::vector<store::IdPattern> patterns_;
  std::size_t next_pattern_ = 0;
  std::unique_ptr<store::QuadIterator> iterator_;
  std::vector<Quad> quads_;
  std::size_t position_ = 0;
  Quad current_;
  Status status_;
};

}  // namespace

Result<std::unique_ptr<QuadCursor>> MatchQuads(const store::Store& store,
                                               const QuadPattern& pattern) {
  std::vector<Term> bound;
  for (const auto* term : {&pattern.subject, &pattern.predicate, &pattern.object}) {
    if (term->has_value()) bound.push_back(**term);
  }
  if (pattern.graph == GraphSelector::kNamed) bound.push_back(pattern.graph_name);
  MARSAD_ASSIGN_OR_RETURN(std::vector<store::TermId> ids, store.Lookup(bound));
  store::SnapshotPtr snapshot = store.GetSnapshot();
  std::vector<store::IdPattern> patterns;
  // A term the store has never seen matches nothing: no scan at all.
  bool unknown = std::find(ids.begin(), ids.end(), store::kNoTerm) != ids.end();
  if (!unknown) {
    store::IdPattern id_pattern;
    std::size_t next = 0;
    if (pattern.subject) id_pattern.s = ids[next++];
    if (pattern.predicate) id_pattern.p = ids[next++];
    if (pattern.object) id_pattern.o = ids[next++];
    switch (pattern.graph) {
      case GraphSelector::kAny:
        // Every quad with its own graph: the default graph's, then the named graphs'.
        id_pattern.graph = store::GraphScope::kDefault;
        patterns.push_back(id_pattern);
        id_pattern.graph = store::GraphScope::kAnyNamed;
        break;
      case GraphSelector::kDefault:
        id_pattern.graph = store::GraphScope::kDefault;
        break;
      case GraphSelector::kNamed:
        id_pattern.graph = store::GraphScope::kNamed;
        id_pattern.graph_id = ids[next++];
        break;
      case GraphSelector::kAnyNamed:
        id_pattern.graph = store::GraphScope::kAnyNamed;
        break;
    }
    patterns.push_back(id_pattern);
  }
  return std::unique_ptr<QuadCursor>(
      new StoreQuadCursor(store, std::move(snapshot), std::move(patterns)));
}

}  // namespace marsad::api
