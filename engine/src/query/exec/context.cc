#include "query/exec/context.h"

#include <algorithm>
#include <ctime>

namespace marsad::query::exec {
namespace {

Term CurrentDateTime() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return Term::Typed(buf, std::string(xsd::kDateTime));
}

}  // namespace

ExecContext::ExecContext(const store::Store* store, store::SnapshotPtr snapshot)
    : store_(store), snapshot_(std::move(snapshot)) {
  env_.now = CurrentDateTime();
}

TermId ExecContext::Intern(const Term& term) {
  if (std::optional<TermId> inline_id = store::InlineIdOf(term)) return *inline_id;
  std::string key = term.ToNTriples();
  if (auto it = local_ids_.find(key); it != local_ids_.end()) return it->second;
  TermId id = kNoTerm;
  if (store_ != nullptr) {
    Result<std::vector<TermId>> ids = store_->Lookup(std::span<const Term>(&term, 1));
    if (!ids.ok()) {
      Fail(ids.status());
      return kNoTerm;
    }
    id = (*ids)[0];
  }
  if (id == kNoTerm) {
    id = store::MakeId(static_cast<store::IdTag>(kLocalTag), local_terms_.size());
    local_terms_.push_back(term);
  }
  local_ids_.emplace(std::move(key), id);
  return id;
}

const Term* ExecContext::Decode(TermId id) {
  if (id == kNoTerm) return nullptr;
  if (static_cast<std::uint8_t>(store::TagOf(id)) == kLocalTag) {
    return &local_terms_[store::PayloadOf(id)];
  }
  if (auto it = decoded_.find(id); it != decoded_.end()) return &it->second;
  Result<std::vector<Term>> terms = store_->Decode(std::span<const TermId>(&id, 1));
  if (!terms.ok()) {
    Fail(terms.status());
    return nullptr;
  }
  if (decoded_.size() > (1u << 20)) decoded_.clear();  // bound the cache
  return &decoded_.emplace(id, std::move((*terms)[0])).first->second;
}

void ExecContext::SetLimits(const CancelToken* cancel, std::uint64_t timeout_ms) {
  cancel_ = cancel;
  if (timeout_ms > 0) {
    deadline_ = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  }
}

bool ExecContext::Interrupted() {
  if (!status_.ok()) return true;
  if ((++ticks_ & 1023) != 0) return false;  // check the clock and token every 1024 steps
  if (cancel_ != nullptr && cancel_->cancelled()) {
    Fail(Status(StatusCode::kCancelled, "query cancelled"));
    return true;
  }
  if (deadline_ && std::chrono::steady_clock::now() > *deadline_) {
    Fail(Status(StatusCode::kDeadlineExceeded, "query timed out"));
    return true;
  }
  return false;
}

bool ExecContext::Charge(std::int64_t bytes) {
  if (bytes < 0) {
    const auto released = static_cast<std::uint64_t>(-bytes);
    memory_used_ -= std::min(memory_used_, released);
    return status_.ok();
  }
  memory_used_ += static_cast<std::uint64_t>(bytes);
  if (memory_used_ <= memory_budget_) return status_.ok();
  Fail(Status(StatusCode::kResourceExhausted,
              "query exceeded its memory budget of " + std::to_string(memory_budget_) +
                  " bytes (QueryOptions::max_memory_bytes; 0 = the default, " +
                  std::to_string(kDefaultMaxMemoryBytes) + ")"));
  return false;
}

}  // namespace marsad::query::exec
