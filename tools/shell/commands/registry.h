// Dot-commands: a registry of {name, usage, help, handler}, after sqlite's shell. Each group
// of commands lives in its own file (output_commands.cc, catalog_commands.cc,
// session_commands.cc) and contributes a table; `.help` prints the usages from the registry.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tools/shell/shell_state.h"

namespace marsad::shell {

// What a handler reports. kError counts toward the script's exit code (and --bail);
// kErrorReported is an error the handler already reported and counted (a statement it ran).
enum class CommandOutcome { kOk, kError, kErrorReported, kQuit };

struct CommandArgs {
  std::vector<std::string> words;  // arguments split on blanks; "..." and '...' group words
  std::string rest;                // the raw text after the command name, trimmed
};

struct DotCommand {
  const char* name;   // without the dot: "mode"
  const char* usage;  // ".mode table|box|json|csv|tsv|nt|ttl"
  const char* help;   // one line for .help
  CommandOutcome (*run)(ShellState& state, const CommandArgs& args);
};

// Every command, in .help order.
std::span<const DotCommand> DotCommands();
// The command called `name` (without the dot), or null.
const DotCommand* FindDotCommand(std::string_view name);

// Runs one dot-command line (".mode box"). An unknown command or bad arguments print a
// message to state.err() and return kError; kQuit also sets state.quit_requested.
CommandOutcome RunDotCommand(ShellState& state, std::string_view line);

// Splits `text` into words on blanks; double or single quotes group a word (quotes removed).
std::vector<std::string> SplitWords(std::string_view text);

// Prints "usage: <usage>" for `command` to state.err() and returns kError.
CommandOutcome UsageError(ShellState& state, const DotCommand& command);

// The command tables of each group (one per file).
std::span<const DotCommand> OutputCommands();
std::span<const DotCommand> CatalogCommands();
std::span<const DotCommand> SessionCommands();

}  // namespace marsad::shell
