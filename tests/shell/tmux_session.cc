#include "tmux_session.h"

#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>

namespace marsad::shell::testing {
namespace {

// Runs a /bin/sh command and returns its standard output.
std::string Capture(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), &pclose);
  if (!pipe) return "";
  std::string out;
  std::array<char, 4096> buffer;
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) {
    out.append(buffer.data(), n);
  }
  return out;
}

template <typename Predicate>
bool Poll(std::chrono::milliseconds timeout, Predicate done) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return done();
}

}  // namespace

bool TmuxAvailable() { return std::system("command -v tmux >/dev/null 2>&1") == 0; }

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out.push_back(c);
    }
  }
  return out + "'";
}

int CountOf(const std::string& haystack, const std::string& needle) {
  int count = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

TmuxSession::TmuxSession(const std::string& command) {
  static std::atomic<int> counter{0};
  socket_ = "marsad-shell-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  Tmux("-f /dev/null new-session -d -s t -x 120 -y 40 " + ShellQuote(command) +
       " \\; set-option -t t remain-on-exit on");
}

TmuxSession::~TmuxSession() { Tmux("kill-server"); }

std::string TmuxSession::Tmux(const std::string& args) const {
  return Capture("tmux -L " + socket_ + " " + args + " 2>/dev/null");
}

void TmuxSession::Type(const std::string& text) {
  // tmux reads an argument ending in ';' as a command separator; send that ';' escaped.
  if (text.ends_with(';')) {
    if (text.size() > 1) Tmux("send-keys -t t -l " + ShellQuote(text.substr(0, text.size() - 1)));
    Tmux("send-keys -t t -l '\\;'");
    return;
  }
  Tmux("send-keys -t t -l " + ShellQuote(text));
}

void TmuxSession::Press(const std::string& key) { Tmux("send-keys -t t " + key); }

std::string TmuxSession::Screen() const { return Tmux("capture-pane -p -t t"); }

bool TmuxSession::WaitFor(const std::string& text, std::chrono::milliseconds timeout) const {
  return WaitForCount(text, 1, timeout);
}

bool TmuxSession::WaitForCount(const std::string& text, int count,
                               std::chrono::milliseconds timeout) const {
  return Poll(timeout, [&] { return CountOf(Screen(), text) >= count; });
}

int TmuxSession::WaitForExit(std::chrono::milliseconds timeout) const {
  std::string status;
  Poll(timeout, [&] {
    status = Tmux("display-message -p -t t '#{pane_dead} #{pane_dead_status}'");
    return status.starts_with("1 ");
  });
  if (!status.starts_with("1 ")) return -1;
  return std::atoi(status.c_str() + 2);
}

}  // namespace marsad::shell::testing
