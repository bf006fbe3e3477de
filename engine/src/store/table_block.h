// One block of a RocksDB block-based table, built the way RocksDB's reader expects it
// (docs/storage-format.md, "Table files"): entries whose keys are delta-encoded against the
// previous key, a restart point (an entry with its full key) every `restart_interval`
// entries, then the restart offsets and their count, all little-endian 32-bit.
//
//   entry := varint32 shared, varint32 non_shared, varint32 value_size,
//            key[shared..] (non_shared bytes), value
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::store {

class TableBlock {
 public:
  explicit TableBlock(int restart_interval);

  // REQUIRES: `key` sorts after the previous key of this block.
  void Add(std::string_view key, std::string_view value);
  // Adds the entry whose key is `key` followed by `suffix`, given that its first `shared`
  // bytes equal the previous key's (ignored at a restart point), for a caller that has already
  // compared the two keys; last_key() is not kept on this path.
  void AddEntry(std::size_t shared, std::string_view key, std::string_view suffix,
                std::string_view value);
  // Appends the restart array; the view stays valid until the next Add or Reset.
  std::string_view Finish();
  void Reset();

  bool empty() const { return entries_ == 0; }
  // Whether the next entry starts a restart point (and adds one to the restart array).
  bool next_is_restart() const { return entries_ != 0 && since_restart_ >= restart_interval_; }
  // The size Finish would give.
  std::size_t SizeEstimate() const { return buffer_.size() + 4 * (restarts_.size() + 1); }
  std::string_view last_key() const { return last_key_; }

 private:
  int restart_interval_;
  int since_restart_ = 0;
  std::uint64_t entries_ = 0;
  std::string buffer_;
  std::vector<std::uint32_t> restarts_;
  std::string last_key_;
};

// The length of the common prefix of `a` and `b`.
std::size_t SharedPrefixLength(std::string_view a, std::string_view b);

// Appends `value` as a LEB128 varint to `out` (at most 10 bytes); returns the end.
char* WriteVarint(std::uint64_t value, char* out);
// Appends `value` little-endian.
void AppendFixed32(std::uint32_t value, std::string* out);
void AppendFixed64(std::uint64_t value, std::string* out);

}  // namespace marsad::store
