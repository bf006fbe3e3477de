// marsad: the command-line tool. Every subcommand is library code in marsad_cli, so tests run
// them on string streams; this file only wires the process's streams and terminal state.
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "command.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  marsad::cli::Context context{.in = std::cin, .out = std::cout, .err = std::cerr};
  context.stdin_is_terminal = ::isatty(STDIN_FILENO) != 0;
  context.stderr_is_terminal = ::isatty(STDERR_FILENO) != 0;
  const std::vector<std::string> args(argv + 1, argv + argc);
  const int code = marsad::cli::RunMain(args, context);
  std::cout.flush();
  return code;
}
