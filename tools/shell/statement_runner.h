// Runs one statement of the query language and prints what it returns.
#pragma once

#include <string>

#include "marsad/status.h"
#include "tools/shell/shell_state.h"

namespace marsad::shell {

// Runs `text` (a query or update, without its final ';') on state.db(), prints the result in
// the session's mode and, with .timer on, the time taken. Ctrl-C (through state.cancel())
// stops it. Errors are reported by ReportStatementError (with `origin`). Returns false when
// it failed.
bool RunStatement(ShellState& state, const std::string& text, const std::string& origin = "");

// Prints `status` for the statement `text` to state.err(): the message with the offending
// line and a caret under the column when the error has a location, else "error: ...". In a
// script `origin` ("file.rq:12") says where the statement began. Counts the error; with
// --bail it also ends the session. A cancellation in an interactive session is reported as
// "interrupted" and is not counted.
void ReportStatementError(ShellState& state, const std::string& text, const Status& status,
                          const std::string& origin = "");

}  // namespace marsad::shell
