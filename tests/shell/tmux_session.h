// Drives a program in a real terminal for end-to-end tests: a private tmux server runs it in
// a pane of a fixed size; tests type keys and read back what the screen shows.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace marsad::shell::testing {

// True when a tmux binary is on PATH.
bool TmuxAvailable();

// `s` quoted for /bin/sh.
std::string ShellQuote(const std::string& s);

class TmuxSession {
 public:
  // Starts `command` (a /bin/sh command line) in a 120x40 pane on a server of its own. The
  // pane stays after the program exits so its exit status can be read.
  explicit TmuxSession(const std::string& command);
  ~TmuxSession();
  TmuxSession(const TmuxSession&) = delete;
  TmuxSession& operator=(const TmuxSession&) = delete;

  // Types `text` literally (no key names).
  void Type(const std::string& text);
  // Presses named keys: "Enter", "Tab", "Up", "C-c", "C-d".
  void Press(const std::string& key);

  // The visible screen, one string with '\n' between rows (trailing blanks trimmed).
  std::string Screen() const;

  // Waits until the screen contains `text` (true) or `timeout` passes (false).
  bool WaitFor(const std::string& text,
               std::chrono::milliseconds timeout = std::chrono::seconds(10)) const;
  // Waits until the screen contains `text` at least `count` times.
  bool WaitForCount(const std::string& text, int count,
                    std::chrono::milliseconds timeout = std::chrono::seconds(10)) const;

  // Waits for the program to exit; its exit status, or -1 when it is still running.
  int WaitForExit(std::chrono::milliseconds timeout = std::chrono::seconds(10)) const;

 private:
  std::string Tmux(const std::string& args) const;

  std::string socket_;
};

// Occurrences of `needle` in `haystack`.
int CountOf(const std::string& haystack, const std::string& needle);

}  // namespace marsad::shell::testing
