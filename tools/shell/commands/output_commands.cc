// Dot-commands that change how results look and where they go.
#include <charconv>
#include <ostream>

#include "tools/shell/commands/registry.h"

namespace marsad::shell {
namespace {

// Parses "on" / "off" for a toggle; with no argument the toggle flips.
bool ParseToggle(const CommandArgs& args, bool current, bool* value) {
  if (args.words.empty()) {
    *value = !current;
    return true;
  }
  if (args.words.size() != 1) return false;
  if (args.words[0] == "on") {
    *value = true;
  } else if (args.words[0] == "off") {
    *value = false;
  } else {
    return false;
  }
  return true;
}

// Shared body of the on/off commands: sets *flag; a bare toggle says where it landed.
CommandOutcome RunToggle(ShellState& state, const CommandArgs& args, const char* name,
                         bool* flag) {
  bool value = false;
  if (!ParseToggle(args, *flag, &value)) return UsageError(state, *FindDotCommand(name));
  *flag = value;
  if (args.words.empty()) state.out() << name << ": " << (value ? "on" : "off") << '\n';
  return CommandOutcome::kOk;
}

bool ParseCount(const CommandArgs& args, std::size_t* value) {
  if (args.words.size() != 1) return false;
  const std::string& word = args.words[0];
  const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), *value);
  return error == std::errc() && end == word.data() + word.size();
}

CommandOutcome RunMode(ShellState& state, const CommandArgs& args) {
  if (args.words.empty()) {
    state.out() << "mode: " << OutputModeName(state.display.mode) << '\n';
    return CommandOutcome::kOk;
  }
  OutputMode mode;
  if (args.words.size() != 1 || !OutputModeFromName(args.words[0], &mode)) {
    return UsageError(state, *FindDotCommand("mode"));
  }
  state.display.mode = mode;
  return CommandOutcome::kOk;
}

CommandOutcome RunHeaders(ShellState& state, const CommandArgs& args) {
  return RunToggle(state, args, "headers", &state.display.headers);
}
CommandOutcome RunTimer(ShellState& state, const CommandArgs& args) {
  return RunToggle(state, args, "timer", &state.timer);
}
CommandOutcome RunTranslit(ShellState& state, const CommandArgs& args) {
  return RunToggle(state, args, "translit", &state.display.translit);
}
CommandOutcome RunSources(ShellState& state, const CommandArgs& args) {
  return RunToggle(state, args, "sources", &state.sources);
}

CommandOutcome RunWrap(ShellState& state, const CommandArgs& args) {
  return RunToggle(state, args, "wrap", &state.display.wrap);
}

CommandOutcome RunOutput(ShellState& state, const CommandArgs& args) {
  if (args.words.size() > 1) return UsageError(state, *FindDotCommand("output"));
  const std::string path = args.words.empty() ? "" : args.words[0];
  if (Status s = state.SetOutputFile(path); !s.ok()) {
    state.err() << "error: " << s.message() << '\n';
    return CommandOutcome::kError;
  }
  return CommandOutcome::kOk;
}

CommandOutcome RunLimit(ShellState& state, const CommandArgs& args) {
  if (args.words.empty()) {
    state.out() << "limit: " << state.display.max_rows << '\n';
    return CommandOutcome::kOk;
  }
  if (!ParseCount(args, &state.display.max_rows)) return UsageError(state, *FindDotCommand("limit"));
  return CommandOutcome::kOk;
}

CommandOutcome RunWidth(ShellState& state, const CommandArgs& args) {
  if (args.words.empty()) {
    state.out() << "width: " << state.display.max_width << '\n';
    return CommandOutcome::kOk;
  }
  std::size_t width = 0;
  if (!ParseCount(args, &width) || width == 1) return UsageError(state, *FindDotCommand("width"));
  state.display.max_width = width;
  return CommandOutcome::kOk;
}

constexpr DotCommand kOutputCommands[] = {
    {"mode", ".mode [table|box|json|csv|tsv|nt|ttl]",
     "how results print (json/csv/tsv: W3C formats; nt/ttl: graphs)", &RunMode},
    {"headers", ".headers [on|off]", "column names above tables", &RunHeaders},
    {"timer", ".timer [on|off]", "print the time each statement takes", &RunTimer},
    {"output", ".output [FILE]", "send results to FILE; no FILE (or 'stdout') restores",
     &RunOutput},
    {"translit", ".translit [on|off]", "a Latin transliteration beside Arabic values",
     &RunTranslit},
    {"sources", ".sources [on|off]", "add the sentence and article behind each row",
     &RunSources},
    {"limit", ".limit [N]", "rows a table shows before '… N more rows' (0 = all)", &RunLimit},
    {"width", ".width [N]", "display columns a cell takes before '…' or a wrap (0 = no limit)",
     &RunWidth},
    {"wrap", ".wrap [on|off]", "long values continue on more lines instead of ending in '…'",
     &RunWrap},
};

}  // namespace

std::span<const DotCommand> OutputCommands() { return kOutputCommands; }

}  // namespace marsad::shell
