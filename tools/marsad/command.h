// The command registry of the `marsad` tool: one entry per subcommand, each implemented in its
// own cmd_<name>.cc with a uniform signature (after sqlite's shell dot-commands), so `--help`
// and the usage text come from one table.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <vector>

namespace marsad::cli {

// Exit codes: 0 success, 1 a query or data error, 2 a usage error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;
inline constexpr int kExitUsage = 2;

struct Context {
  std::string db_path;            // --db, MARSAD_DB, or ./marsad.db
  std::vector<std::string> args;  // the subcommand's own arguments
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool stdin_is_terminal = false;
  bool stderr_is_terminal = false;
};

struct Command {
  const char* name;
  const char* usage;    // "import [--format nt|nq|ttl] [--skip-bad] FILE..."
  const char* summary;  // one line for `marsad --help`
  const char* help;     // the rest of `marsad NAME --help`
  int (*run)(Context& context);
};

std::span<const Command> Commands();
const Command* FindCommand(const std::string& name);

// Runs the tool as `marsad ARGS...` (argv without the program name) and returns its exit code.
int RunMain(const std::vector<std::string>& argv, Context& base);

}  // namespace marsad::cli
