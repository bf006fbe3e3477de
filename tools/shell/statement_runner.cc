#include "tools/shell/statement_runner.h"

#include <chrono>
#include <cstdio>
#include <ostream>

#include "grammar/query/parse_query.h"
#include "tools/shell/interrupt.h"
#include "tools/shell/printers/result_printer.h"

namespace marsad::shell {

void ReportStatementError(ShellState& state, const std::string& text, const Status& status,
                          const std::string& origin) {
  if (status.code() == StatusCode::kCancelled && state.interactive) {
    state.err() << "interrupted\n";
    return;
  }
  if (!origin.empty()) state.err() << origin << ": ";
  if (status.where() && status.where()->line > 0) {
    state.err() << query::FormatErrorWithCaret(text, status) << '\n';
  } else {
    state.err() << "error: " << status.ToString() << '\n';
  }
  state.NoteError();
  if (state.bail) state.quit_requested = true;
}

bool RunStatement(ShellState& state, const std::string& text, const std::string& origin) {
  if (state.db() == nullptr) {
    ReportStatementError(state, text, Status(StatusCode::kInvalidArgument, "no database is open"),
                         origin);
    return false;
  }
  state.cancel().Reset();
  const auto start = std::chrono::steady_clock::now();
  const PreparedStatement prepared = state.prefixes.Prepare(text);
  Status status;
  {
    CancelScope scope(&state.cancel());
    Result<std::unique_ptr<QueryResult>> result =
        state.db()->Query(prepared.text, {}, &state.cancel());
    status = result.ok() ? PrintResult(**result, state) : result.status();
  }
  status = MapToOriginal(status, prepared, text);
  state.prefixes.Remember(text);
  state.out().flush();
  if (state.timer) {
    const std::chrono::duration<double, std::milli> elapsed =
        std::chrono::steady_clock::now() - start;
    char line[64];
    std::snprintf(line, sizeof line, "time: %.3f ms\n", elapsed.count());
    state.out() << line;
  }
  if (!status.ok()) {
    ReportStatementError(state, text, status, origin);
    return false;
  }
  return true;
}

}  // namespace marsad::shell
