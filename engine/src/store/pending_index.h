// The view a BatchWriter has of one index column family: the committed state (read from
// RocksDB; it cannot change while the writer holds the writer lock) overlaid with the batch's
// own uncommitted puts and deletes. Store-internal (uses RocksDB through store_core.h).
//
// Answers "is this key present?" and "does any key start with this prefix?" (for one prefix
// length per index, e.g. (s, p) in SPO) without re-reading the batch: per key it remembers
// whether the key is in the database and whether it is present now, and per prefix how many
// keys the batch added (absent from the database) and removed (present in it). Then a prefix
// exists iff the batch added a key under it, or the database holds more keys under it than the
// batch removed.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "store/store_core.h"

namespace marsad::store {

class PendingIndex {
 public:
  PendingIndex(Store::Core* core, Permutation perm, std::size_t prefix_bytes)
      : core_(core), perm_(perm), prefix_bytes_(prefix_bytes) {}

  // Whether `key` is present (batch changes included); `value` receives its value if present
  // (nullptr to skip).
  Result<bool> Present(const std::string& key, std::string* value = nullptr);
  // Records that `key` is now present with `value` / absent. For a key never seen by this
  // index before, Put assumes the database lacks it and Delete that the database has it: the
  // caller knows this from another index (a POS key is put only for a triple SPO lacked).
  void Put(const std::string& key, std::string value);
  void Delete(const std::string& key);
  // REQUIRES: prefix.size() == prefix_bytes.
  Result<bool> PrefixExists(const std::string& prefix);

  void Clear();

 private:
  struct KeyState {
    bool in_db = false;
    bool present = false;
    std::string value;
  };
  struct PrefixState {
    std::int64_t added = 0;    // keys present now that the database lacks
    std::int64_t removed = 0;  // database keys the batch deleted
  };

  void Transition(const std::string& key, KeyState& state, bool present);

  Store::Core* core_;
  Permutation perm_;
  std::size_t prefix_bytes_;
  std::unordered_map<std::string, KeyState> keys_;
  std::unordered_map<std::string, PrefixState> prefixes_;
  std::unique_ptr<rocksdb::Iterator> iterator_;  // reused for prefix probes
};

}  // namespace marsad::store
