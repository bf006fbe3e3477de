// Ctrl-C in an interactive session. The SIGINT handler never ends the process: while a
// statement runs it sets that statement's CancelToken (an atomic store, safe in a handler), so
// the query stops and the shell returns to the prompt; at the prompt it interrupts the line
// read (the handler is installed without SA_RESTART) and the editor clears the line.
#pragma once

#include "marsad/database.h"

namespace marsad::shell {

// Installs the handler for the rest of the process's life. Scripts do not call it, so Ctrl-C
// ends a script as usual.
void InstallInterruptHandler();

// True (once) when Ctrl-C arrived while no statement was running; clears the flag.
bool TakePromptInterrupt();

// While alive, Ctrl-C cancels `token`. Scopes do not nest.
class CancelScope {
 public:
  explicit CancelScope(CancelToken* token);
  ~CancelScope();
  CancelScope(const CancelScope&) = delete;
  CancelScope& operator=(const CancelScope&) = delete;
};

}  // namespace marsad::shell
