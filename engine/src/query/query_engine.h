// The query engine's entry point, called by Database::Query (engine/src/api).
//
//   MARSAD_ASSIGN_OR_RETURN(auto result, query::RunQuery(store, text, options, cancel));
//   while (result->Next()) Use(result->row());
//   if (!result->status().ok()) ...
//
// Queries read one store snapshot, taken here and pinned by the returned cursor. Updates
// (INSERT DATA, DELETE DATA, DELETE WHERE, DELETE/INSERT ... WHERE, CLEAR) run before RunQuery
// returns, each operation as one atomic batch; the cursor then has kind kUpdate, variables
// "inserted" and "deleted", and one row with the counts.
//
// EXPLAIN <query> returns kind kSelect with one variable "plan" and one row per line of the
// plan tree (estimated rows per operator); EXPLAIN ANALYZE runs the query to completion first
// and adds actual rows, opens and time per operator.
#pragma once

#include <memory>
#include <string_view>

#include "marsad/database.h"
#include "marsad/query_result.h"
#include "marsad/status.h"
#include "store/store.h"

namespace marsad::query {

// How long the phases of the calling thread's most recent RunQuery took, in milliseconds.
// `execute_ms` counts only work RunQuery itself did (an update, ASK, EXPLAIN ANALYZE); rows of
// a SELECT/CONSTRUCT are produced later, as the caller pulls them from the cursor.
struct PhaseTimes {
  double parse_ms = 0;
  double plan_ms = 0;  // binding (name resolution, dictionary look-ups) and planning
  double execute_ms = 0;
};

// The timings of the last RunQuery on this thread (zeros before the first); `marsad query
// --time` reads them right after Database::Query, which calls RunQuery on the caller's thread.
PhaseTimes LastPhaseTimes();

// REQUIRES: `store` outlives the returned cursor. `cancel` may be null; when set it must
// outlive the cursor. Syntax errors are kSyntaxError, semantic errors kInvalidArgument, both
// with a SourceLocation into `text`.
Result<std::unique_ptr<QueryResult>> RunQuery(store::Store& store, std::string_view text,
                                              const QueryOptions& options,
                                              const CancelToken* cancel);

}  // namespace marsad::query
