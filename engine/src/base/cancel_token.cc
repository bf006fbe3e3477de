// CancelToken lives in base, not api: the query engine polls it and must not depend on the
// API library that depends on the query engine.
#include <atomic>

#include "marsad/database.h"

namespace marsad {

struct CancelToken::State {
  std::atomic<bool> cancelled{false};
};

CancelToken::CancelToken() : state_(std::make_unique<State>()) {}
CancelToken::~CancelToken() = default;
void CancelToken::Cancel() { state_->cancelled.store(true, std::memory_order_relaxed); }
bool CancelToken::cancelled() const { return state_->cancelled.load(std::memory_order_relaxed); }
void CancelToken::Reset() { state_->cancelled.store(false, std::memory_order_relaxed); }

}  // namespace marsad
