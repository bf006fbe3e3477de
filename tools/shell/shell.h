// The `marsad shell` entry point, called by tools/marsad/cmd_shell.cc.
#pragma once

#include <iosfwd>
#include <string>

#include "marsad/database.h"

namespace marsad::shell {

struct ShellOptions {
  // A person at a terminal: line editing, prompts, history, Tab, Ctrl-C cancels a query.
  // Otherwise statements are read from `in` without prompts (scripts and pipes).
  bool interactive = false;
  // Stop at the first error (scripts).
  bool bail = false;
  // History file for interactive sessions; empty keeps history in memory only.
  std::string history_path;
  // A note under the greeting, e.g. that the database was opened read-only.
  std::string banner_note;
  // Names the script input in error locations ("<stdin>:3: ...").
  std::string source_name = "<stdin>";
};

// Runs a session over `db` (which must outlive it; may be null only for tests of the error
// path). Returns 0, or 1 when any statement or dot-command failed.
int RunShell(Database* db, std::istream& in, std::ostream& out, std::ostream& err,
             const ShellOptions& options);

}  // namespace marsad::shell
