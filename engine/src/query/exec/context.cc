#include "query/exec/context.h"

#include <algorithm>
#include <bit>
#include <ctime>

namespace marsad::query::exec {
namespace {

std::size_t TermBytes(const Term& term) {
  return sizeof(Term) + term.value().size() + term.datatype().size() + term.language().size();
}

}  // namespace

std::size_t TermTable::SlotOf(TermId id) const {
  // Fibonacci hashing spreads the runs of consecutive ids a result often holds; linear probing
  // then finds the id or the free slot where it would go.
  const std::size_t mask = slots_.size() - 1;
  auto i = static_cast<std::size_t>((id * 0x9E3779B97F4A7C15ULL) >> shift_);
  while (slots_[i].id != kNoTerm && slots_[i].id != id) i = (i + 1) & mask;
  return i;
}

const Term* TermTable::Find(TermId id) const {
  if (slots_.empty()) return nullptr;
  const Slot& slot = slots_[SlotOf(id)];
  return slot.id == id ? &terms_[slot.index] : nullptr;
}

const Term* TermTable::Insert(TermId id, Term term) {
  Reserve(1);
  bytes_ += TermBytes(term);
  slots_[SlotOf(id)] = Slot{id, terms_.size()};
  terms_.push_back(std::move(term));
  return &terms_.back();
}

void TermTable::Reserve(std::size_t more) {
  const std::size_t needed = (terms_.size() + more) * 2;  // keep the load factor <= 1/2
  if (needed <= slots_.size()) return;
  std::size_t count = std::max<std::size_t>(slots_.size(), 64);
  while (count < needed) count *= 2;
  Rehash(count);
}

void TermTable::Rehash(std::size_t slot_count) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(slot_count, Slot{});
  shift_ = 64 - std::countr_zero(slot_count);
  for (const Slot& slot : old) {
    if (slot.id != kNoTerm) slots_[SlotOf(slot.id)] = slot;
  }
}

void TermTable::Clear() {
  slots_ = {};
  shift_ = 64;
  terms_.clear();
  bytes_ = 0;
}

ExecContext::ExecContext(const store::Store* store, store::SnapshotPtr snapshot)
    : store_(store), snapshot_(std::move(snapshot)) {
  env_.start = std::time(nullptr);
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
  if (const Term* term = decoded_.Find(id)) return term;
  if (decoded_.bytes() > kDecodeTableBytes) decoded_.Clear();
  Result<std::vector<Term>> terms = store_->Decode(std::span<const TermId>(&id, 1));
  if (!terms.ok()) {
    Fail(terms.status());
    return nullptr;
  }
  return decoded_.Insert(id, std::move((*terms)[0]));
}

bool ExecContext::DecodeBatch(std::span<const TermId> ids, std::vector<const Term*>* terms) {
  if (decoded_.bytes() > kDecodeTableBytes) decoded_.Clear();
  if (terms != nullptr) terms->assign(ids.size(), nullptr);
  if (terms != nullptr && ids.size() > kAdmitAllBatchIds && store_ != nullptr &&
      store_->caches_terms()) {
    return DecodeThroughStore(ids, terms);
  }
  batch_missing_.clear();
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const TermId id = ids[i];
    if (id == kNoTerm) continue;
    const Term* term = static_cast<std::uint8_t>(store::TagOf(id)) == kLocalTag
                           ? &local_terms_[store::PayloadOf(id)]
                           : decoded_.Find(id);
    if (term == nullptr) {
      batch_missing_.emplace_back(id, i);
    } else if (terms != nullptr) {
      (*terms)[i] = term;
    }
  }
  if (batch_missing_.empty()) return true;
  std::sort(batch_missing_.begin(), batch_missing_.end());
  batch_fetch_.clear();
  for (const auto& [id, position] : batch_missing_) {
    if (batch_fetch_.empty() || batch_fetch_.back() != id) batch_fetch_.push_back(id);
  }
  if (Status status = store_->DecodeInto(batch_fetch_, &batch_store_); !status.ok()) {
    Fail(std::move(status));
    return false;
  }
  const bool filtered = batch_fetch_.size() > kAdmitAllBatchIds;
  if (filtered && fetched_once_.empty()) fetched_once_.assign(kFetchedOnceBits / 64, 0);
  decoded_.Reserve(filtered ? 0 : batch_fetch_.size());
  std::size_t next = 0;
  const Term* term = nullptr;
  for (std::size_t k = 0; k < batch_missing_.size(); ++k) {
    if (k == 0 || batch_missing_[k].first != batch_missing_[k - 1].first) {
      const TermId id = batch_fetch_[next];
      Term& fetched = batch_store_[next];
      ++next;
      term = filtered && FirstFetch(id) ? &fetched : decoded_.Insert(id, std::move(fetched));
    }
    if (terms != nullptr) (*terms)[batch_missing_[k].second] = term;
  }
  return true;
}

bool ExecContext::DecodeThroughStore(std::span<const TermId> ids,
                                     std::vector<const Term*>* terms) {
  batch_fetch_.clear();
  batch_positions_.clear();
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const TermId id = ids[i];
    if (id == kNoTerm) continue;
    if (static_cast<std::uint8_t>(store::TagOf(id)) == kLocalTag) {
      (*terms)[i] = &local_terms_[store::PayloadOf(id)];
    } else {
      batch_fetch_.push_back(id);
      batch_positions_.push_back(i);
    }
  }
  if (Status status = store_->DecodeInto(batch_fetch_, &batch_store_); !status.ok()) {
    Fail(std::move(status));
    return false;
  }
  for (std::size_t k = 0; k < batch_positions_.size(); ++k) {
    (*terms)[batch_positions_[k]] = &batch_store_[k];
  }
  return true;
}

bool ExecContext::FirstFetch(TermId id) {
  const auto bit = static_cast<std::size_t>((id * 0x9E3779B97F4A7C15ULL) >> 40) &
                   (kFetchedOnceBits - 1);
  std::uint64_t& word = fetched_once_[bit / 64];
  const std::uint64_t mask = std::uint64_t{1} << (bit % 64);
  const bool first = (word & mask) == 0;
  word |= mask;
  return first;
}

void ExecContext::SetLimits(const CancelToken* cancel, std::uint64_t timeout_ms) {
  cancel_ = cancel;
  if (timeout_ms > 0) {
    deadline_ = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  }
}

bool ExecContext::CheckLimits() {
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
