// Prints results in the session's output mode: the shell's own table and box printers for
// people, the W3C writers (query/results) for json, csv and tsv, and the RDF writers for
// CONSTRUCT / DESCRIBE graphs in nt and ttl.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "marsad/query_result.h"
#include "marsad/status.h"
#include "query/results/result_writer.h"
#include "tools/shell/shell_state.h"

namespace marsad::shell {

// A writer for solutions in the session's current mode (nt and ttl write solutions as TSV).
std::unique_ptr<query::results::ResultWriter> MakeModeWriter(ShellState& state);

// Drains `result` to state.out(). With state.sources, SELECT and graph rows gain "sentence"
// and "article" columns (see sources.h). An update prints its counts. Returns the result's
// status; kCancelled when state.cancel() was set while rows were printing (rows printed so
// far stay printed).
Status PrintResult(QueryResult& result, ShellState& state);

// Prints rows the shell made itself (.predicates, .stats, .prefixes) in the current mode.
void PrintRows(ShellState& state, const std::vector<std::string>& variables,
               const std::vector<std::vector<Term>>& rows);

}  // namespace marsad::shell
