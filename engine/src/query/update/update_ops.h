// Internal: one function per update operation (run_update.cc, run_clear.cc).
#pragma once

#include <vector>

#include "query/update/run_update.h"

namespace marsad::query::update {

Status RunModify(store::Store& store, const ast::Prologue& prologue, const ast::Modify& m,
                 const QueryOptions& options, const CancelToken* cancel, UpdateCounts* counts);
Status RunQuadData(store::Store& store, const ast::Prologue& prologue, const ast::QuadData& d,
                   const QueryOptions& options, const CancelToken* cancel, UpdateCounts* counts);
Status RunClear(store::Store& store, const ast::Prologue& prologue, const ast::Clear& c,
                UpdateCounts* counts);
// Removes `del` then adds `ins` in one atomic batch.
Status Commit(store::Store& store, const std::vector<Quad>& del, const std::vector<Quad>& ins,
              UpdateCounts* counts);

}  // namespace marsad::query::update
