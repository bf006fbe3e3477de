// The interactive loop: prompts, the line editor, history, Ctrl-C and Ctrl-D.
#include <cstdio>
#include <istream>
#include <ostream>

#include "marsad/version.h"
#include "tools/shell/completion.h"
#include "tools/shell/input_loop.h"
#include "tools/shell/interrupt.h"
#include "tools/shell/line_editor.h"
#include "tools/shell/shell.h"
#include "tools/shell/shell_state.h"

namespace marsad::shell {
namespace {

constexpr char kPrompt[] = "marsad> ";
constexpr char kContinuationPrompt[] = "   ...> ";

void RunInteractive(ShellState& state, const ShellOptions& options) {
  InstallInterruptHandler();
  state.out() << "marsad " << Version() << " -- statements end with ';', .help lists commands\n";
  if (!options.banner_note.empty()) state.out() << options.banner_note << '\n';
  state.out().flush();

  LineProcessor processor(state, "");
  std::optional<DatabaseCompletionSource> source;
  if (state.db() != nullptr) source.emplace(*state.db());
  Completer completer(source ? &*source : nullptr);
  LineEditor editor("marsad", &completer, [&processor] { return processor.pending(); },
                    options.history_path);
  std::string line;
  while (!state.quit_requested) {
    TakePromptInterrupt();
    const auto status =
        editor.ReadLine(processor.pending() ? kContinuationPrompt : kPrompt, &line);
    if (status == LineEditor::ReadStatus::kEnd) {
      state.out() << '\n';
      break;
    }
    if (status == LineEditor::ReadStatus::kInterrupted) {
      // Ctrl-C at the prompt drops the line and any half-typed statement, like psql.
      processor.ClearPending();
      state.out() << '\n';
      state.out().flush();
      continue;
    }
    if (std::optional<std::string> entry = processor.ProcessLine(line)) {
      editor.AddHistory(*entry);
      // A statement may have changed the predicates or labels completion offers.
      if (source) source->Invalidate();
    }
    state.out().flush();
  }
}

}  // namespace

int RunShell(Database* db, std::istream& in, std::ostream& out, std::ostream& err,
             const ShellOptions& options) {
  ShellState state(db, out, err);
  state.interactive = options.interactive;
  state.bail = options.bail;
  if (options.interactive) {
    RunInteractive(state, options);
  } else {
    RunScript(state, in, options.source_name);
  }
  state.out().flush();
  return state.errors() > 0 ? 1 : 0;
}

}  // namespace marsad::shell
