// Line editing for interactive sessions on top of libedit: emacs keys, history kept in a
// file, Tab completion through a Completer. libedit's types stay inside line_editor.cc.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "tools/shell/completion.h"

namespace marsad::shell {

// $XDG_DATA_HOME/marsad/history, else $HOME/.local/share/marsad/history; empty when neither
// variable is set (history then lives only in memory).
std::string DefaultHistoryPath();

class LineEditor {
 public:
  enum class ReadStatus { kLine, kInterrupted, kEnd };

  // An editor on the process's standard streams. `completer` must outlive the editor;
  // `statement_pending` tells completion whether earlier lines of a statement are buffered.
  // History is loaded from `history_path` (its directory is created when missing).
  LineEditor(const char* program, Completer* completer, std::function<bool()> statement_pending,
             std::string history_path);
  ~LineEditor();
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  // Reads one line (without its newline) after showing `prompt`. kInterrupted when Ctrl-C
  // arrived while reading (the partial line is dropped); kEnd at Ctrl-D on an empty line.
  ReadStatus ReadLine(const std::string& prompt, std::string* line);

  // Appends `entry` to the history and saves the history file.
  void AddHistory(const std::string& entry);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::shell
