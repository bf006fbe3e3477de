// BatchWriter's term-level helpers: quads of Terms in, id quads to Insert/Remove.
#include "base/status_macros.h"
#include "store/store_core.h"

namespace marsad::store {
namespace {

// Flattens quads into s, p, o, g terms (g = the null term for the default graph).
std::vector<Term> Flatten(std::span<const Quad> quads) {
  std::vector<Term> terms;
  terms.reserve(quads.size() * 4);
  for (const Quad& quad : quads) {
    terms.push_back(quad.subject);
    terms.push_back(quad.predicate);
    terms.push_back(quad.object);
    terms.push_back(quad.graph);
  }
  return terms;
}

// Encodes only the non-null graph terms; null graph terms map to kDefaultGraph.
template <typename EncodeFn>
Result<std::vector<IdQuad>> ToIdQuads(std::span<const Quad> quads, EncodeFn encode) {
  std::vector<Term> terms = Flatten(quads);
  std::vector<Term> to_encode;
  to_encode.reserve(terms.size());
  for (const Term& term : terms) {
    if (!term.is_null()) to_encode.push_back(term);
  }
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (terms[i].is_null() && i % 4 != 3) {
      return Status(StatusCode::kInvalidArgument,
                    "quad with an unset subject, predicate or object");
    }
  }
  MARSAD_ASSIGN_OR_RETURN(std::vector<TermId> ids, encode(std::span<const Term>(to_encode)));
  std::vector<IdQuad> result(quads.size());
  std::size_t next = 0;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    TermId id = terms[i].is_null() ? kDefaultGraph : ids[next++];
    result[i / 4].Set(static_cast<Component>(i % 4), id);
  }
  return result;
}

}  // namespace

Result<std::uint64_t> BatchWriter::InsertQuads(std::span<const Quad> quads) {
  MARSAD_ASSIGN_OR_RETURN(
      std::vector<IdQuad> ids,
      ToIdQuads(quads, [this](std::span<const Term> terms) { return Encode(terms); }));
  std::uint64_t added = 0;
  for (const IdQuad& quad : ids) {
    MARSAD_ASSIGN_OR_RETURN(bool changed, Insert(quad));
    added += changed ? 1 : 0;
  }
  return added;
}

Result<std::uint64_t> BatchWriter::RemoveQuads(std::span<const Quad> quads) {
  MARSAD_ASSIGN_OR_RETURN(
      std::vector<IdQuad> ids,
      ToIdQuads(quads, [this](std::span<const Term> terms) { return Lookup(terms); }));
  std::uint64_t removed = 0;
  for (const IdQuad& quad : ids) {
    MARSAD_ASSIGN_OR_RETURN(bool changed, Remove(quad));
    removed += changed ? 1 : 0;
  }
  return removed;
}

}  // namespace marsad::store
