#include "tools/shell/interrupt.h"

#include <signal.h>

#include <atomic>

namespace marsad::shell {
namespace {

// Lock-free atomics: the only state a signal handler may touch.
std::atomic<CancelToken*> g_active_token{nullptr};
std::atomic<bool> g_prompt_interrupt{false};
static_assert(std::atomic<CancelToken*>::is_always_lock_free);
static_assert(std::atomic<bool>::is_always_lock_free);

void OnInterrupt(int /*signal*/) {
  if (CancelToken* token = g_active_token.load()) {
    token->Cancel();
  } else {
    g_prompt_interrupt.store(true);
  }
}

}  // namespace

void InstallInterruptHandler() {
  struct sigaction action = {};
  action.sa_handler = &OnInterrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocked read() at the prompt returns EINTR
  sigaction(SIGINT, &action, nullptr);
}

bool TakePromptInterrupt() { return g_prompt_interrupt.exchange(false); }

CancelScope::CancelScope(CancelToken* token) { g_active_token.store(token); }

CancelScope::~CancelScope() { g_active_token.store(nullptr); }

}  // namespace marsad::shell
