// Dot-commands about the session itself: help, scripts, EXPLAIN, leaving.
#include <algorithm>
#include <fstream>
#include <ostream>

#include "tools/shell/commands/registry.h"
#include "tools/shell/input_loop.h"
#include "tools/shell/statement_runner.h"

namespace marsad::shell {
namespace {

// .read inside .read is fine; a file that reads itself stops at this depth.
constexpr int kMaxReadDepth = 16;

CommandOutcome RunHelp(ShellState& state, const CommandArgs& args) {
  std::size_t usage_width = 0;
  for (const DotCommand& c : DotCommands()) {
    usage_width = std::max(usage_width, std::string_view(c.usage).size());
  }
  for (const DotCommand& c : DotCommands()) {
    if (!args.words.empty() && args.words[0] != c.name && args.words[0] != "." + std::string(c.name)) {
      continue;
    }
    const std::string usage = c.usage;
    state.out() << usage << std::string(usage_width + 2 - usage.size(), ' ') << c.help << '\n';
  }
  if (args.words.empty()) {
    state.out() << "\nStatements end with ';' and may span lines. Ctrl-C cancels a running query,"
                   "\nCtrl-D leaves. Tab completes keywords, prefixes, predicates, entity names"
                   "\n(after @\"), dot-commands and file names.\n";
  }
  return CommandOutcome::kOk;
}

CommandOutcome RunRead(ShellState& state, const CommandArgs& args) {
  if (args.words.size() != 1) return UsageError(state, *FindDotCommand("read"));
  const std::string& path = args.words[0];
  if (state.read_depth >= kMaxReadDepth) {
    state.err() << "error: .read nested more than " << kMaxReadDepth << " deep at " << path
                << '\n';
    return CommandOutcome::kError;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    state.err() << "error: cannot open " << path << '\n';
    return CommandOutcome::kError;
  }
  // The script runs like a piped one: no prompts, errors located by file and line.
  const bool interactive = state.interactive;
  state.interactive = false;
  ++state.read_depth;
  const int errors_before = state.errors();
  RunScript(state, in, path);
  --state.read_depth;
  state.interactive = interactive;
  return state.errors() > errors_before ? CommandOutcome::kErrorReported : CommandOutcome::kOk;
}

CommandOutcome RunExplain(ShellState& state, const CommandArgs& args) {
  std::string query = args.rest;
  while (!query.empty() && (query.back() == ';' || query.back() == ' ')) query.pop_back();
  if (query.empty()) return UsageError(state, *FindDotCommand("explain"));
  return RunStatement(state, "EXPLAIN " + query) ? CommandOutcome::kOk
                                                 : CommandOutcome::kErrorReported;
}

CommandOutcome RunQuit(ShellState& /*state*/, const CommandArgs& /*args*/) {
  return CommandOutcome::kQuit;
}

constexpr DotCommand kSessionCommands[] = {
    {"help", ".help [COMMAND]", "this list, or one command's line", &RunHelp},
    {"read", ".read FILE", "run the statements and dot-commands in FILE", &RunRead},
    {"explain", ".explain QUERY", "show the plan of QUERY (runs EXPLAIN QUERY)", &RunExplain},
    {"quit", ".quit", "leave the shell (also .exit or Ctrl-D)", &RunQuit},
    {"exit", ".exit", "leave the shell", &RunQuit},
};

}  // namespace

std::span<const DotCommand> SessionCommands() { return kSessionCommands; }

}  // namespace marsad::shell
