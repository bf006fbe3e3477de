// SPARQL Update: INSERT DATA, DELETE DATA, DELETE WHERE, [WITH] DELETE/INSERT ... WHERE, CLEAR.
// Operations run in order; each is one atomic batch (its WHERE is evaluated on a snapshot
// first, then all its deletions and insertions are committed together).
#pragma once

#include <cstdint>

#include "grammar/query/ast.h"
#include "marsad/database.h"
#include "store/store.h"

namespace marsad::query::update {

struct UpdateCounts {
  std::uint64_t inserted = 0;
  std::uint64_t deleted = 0;
};

Result<UpdateCounts> RunUpdate(store::Store& store, const ast::Update& update,
                               const QueryOptions& options, const CancelToken* cancel);

}  // namespace marsad::query::update
