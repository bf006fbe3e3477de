#include "store/pending_index.h"

#include "base/status_macros.h"
#include "store/rocksdb_status.h"

namespace marsad::store {

Result<bool> PendingIndex::Present(const std::string& key, std::string* value) {
  auto found = keys_.find(key);
  if (found == keys_.end()) {
    KeyState state;
    rocksdb::PinnableSlice stored;
    rocksdb::Status s = core_->db->Get(rocksdb::ReadOptions(), core_->cf(perm_), key, &stored);
    if (!s.ok() && !s.IsNotFound()) return FromRocksDb(s, "reading an index");
    state.in_db = s.ok();
    state.present = state.in_db;
    if (state.in_db) state.value.assign(stored.data(), stored.size());
    found = keys_.emplace(key, std::move(state)).first;
  }
  if (value != nullptr && found->second.present) *value = found->second.value;
  return found->second.present;
}

void PendingIndex::Transition(const std::string& key, KeyState& state, bool present) {
  if (state.present == present) return;
  PrefixState& prefix = prefixes_[key.substr(0, prefix_bytes_)];
  if (present) {
    if (state.in_db) {
      prefix.removed -= 1;
    } else {
      prefix.added += 1;
    }
  } else {
    if (state.in_db) {
      prefix.removed += 1;
    } else {
      prefix.added -= 1;
    }
  }
  state.present = present;
}

void PendingIndex::Put(const std::string& key, std::string value) {
  auto [entry, fresh] = keys_.try_emplace(key);
  KeyState& state = entry->second;
  if (fresh) state = KeyState{false, false, {}};
  Transition(key, state, true);
  state.value = std::move(value);
}

void PendingIndex::Delete(const std::string& key) {
  auto [entry, fresh] = keys_.try_emplace(key);
  KeyState& state = entry->second;
  if (fresh) state = KeyState{true, true, {}};
  Transition(key, state, false);
  state.value.clear();
}

Result<bool> PendingIndex::PrefixExists(const std::string& prefix) {
  PrefixState state;
  auto found = prefixes_.find(prefix);
  if (found != prefixes_.end()) state = found->second;
  if (state.added > 0) return true;
  if (iterator_ == nullptr) {
    iterator_.reset(core_->db->NewIterator(rocksdb::ReadOptions(), core_->cf(perm_)));
  }
  // More database keys under the prefix than the batch removed means one is left.
  std::int64_t seen = 0;
  for (iterator_->Seek(prefix); iterator_->Valid() && seen <= state.removed; iterator_->Next()) {
    if (!iterator_->key().starts_with(prefix)) break;
    ++seen;
  }
  MARSAD_RETURN_IF_ERROR(FromRocksDb(iterator_->status(), "scanning an index"));
  return seen > state.removed;
}

void PendingIndex::Clear() {
  keys_.clear();
  prefixes_.clear();
  iterator_.reset();  // the next batch must see the newly committed state
}

}  // namespace marsad::store
