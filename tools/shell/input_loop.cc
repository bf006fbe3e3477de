#include "tools/shell/input_loop.h"

#include <algorithm>
#include <ostream>
#include <utility>

#include "grammar/query/parse_query.h"
#include "tools/shell/commands/registry.h"
#include "tools/shell/statement_runner.h"

namespace marsad::shell {

LineProcessor::LineProcessor(ShellState& state, std::string source_name)
    : state_(state), source_name_(std::move(source_name)) {}

std::string LineProcessor::Origin() const {
  if (source_name_.empty()) return "";
  return source_name_ + ":" + std::to_string(statement_line_);
}

std::optional<std::string> LineProcessor::ProcessLine(std::string_view line) {
  ++line_number_;
  const std::string_view trimmed = TrimWhitespace(line);
  if (!splitter_.pending()) {
    if (trimmed.empty() || trimmed.starts_with('#')) return std::nullopt;
    statement_line_ = line_number_;
    if (trimmed.starts_with('.')) {
      if (RunDotCommand(state_, trimmed) == CommandOutcome::kError) {
        state_.NoteError();
        if (state_.bail) state_.quit_requested = true;
      }
      return std::string(trimmed);
    }
  }
  std::optional<std::string> statement = splitter_.AddLine(line);
  if (!statement) return std::nullopt;
  RunStatement(state_, *statement, Origin());
  std::string history = *statement + ";";
  std::replace(history.begin(), history.end(), '\n', ' ');
  return history;
}

void LineProcessor::Finish() {
  if (!splitter_.pending()) return;
  const std::string rest = splitter_.TakePending();
  if (query::IsComplete(rest)) {
    RunStatement(state_, rest, Origin());
    return;
  }
  if (!source_name_.empty()) state_.err() << Origin() << ": ";
  state_.err() << "error: input ended inside a statement (missing ';'?)\n";
  state_.NoteError();
}

void RunScript(ShellState& state, std::istream& in, const std::string& source_name) {
  LineProcessor processor(state, source_name);
  std::string line;
  while (!state.quit_requested && std::getline(in, line)) processor.ProcessLine(line);
  if (!state.quit_requested) processor.Finish();
}

}  // namespace marsad::shell
