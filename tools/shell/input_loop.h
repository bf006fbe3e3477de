// Turns input lines into dot-commands and statements, for scripts and for the interactive
// editor alike. Dot-commands are whole lines starting with '.' while no statement is pending;
// everything else goes to the StatementSplitter.
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "tools/shell/shell_state.h"
#include "tools/shell/statement_splitter.h"

namespace marsad::shell {

class LineProcessor {
 public:
  // `source_name` names the input in script error messages ("queries.rq:12: ..."); empty for
  // an interactive session. `state` must outlive the processor.
  LineProcessor(ShellState& state, std::string source_name);

  // Handles one line (without its newline). Returns what a history should keep when the line
  // completed something: the dot-command line, or the whole statement on one line with its
  // ';'. Blank lines and '#' comment lines outside a statement are skipped.
  std::optional<std::string> ProcessLine(std::string_view line);

  bool pending() const { return splitter_.pending(); }
  // Forgets a half-typed statement (Ctrl-C at the prompt).
  void ClearPending() { splitter_.Clear(); }

  // End of input: a pending statement the grammar calls complete runs as if it had its ';';
  // an incomplete one is reported as an error.
  void Finish();

 private:
  std::string Origin() const;

  ShellState& state_;
  std::string source_name_;
  StatementSplitter splitter_;
  int line_number_ = 0;
  int statement_line_ = 0;  // where the pending statement began
};

// Reads `in` to the end (or .quit, or the first error with --bail) without prompts.
void RunScript(ShellState& state, std::istream& in, const std::string& source_name);

}  // namespace marsad::shell
