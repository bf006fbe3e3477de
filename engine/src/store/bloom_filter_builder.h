// The full-filter block of a RocksDB block-based table in its cache-local Bloom layout (what
// NewBloomFilterPolicy writes from format_version 5 on), built by the bulk loader's table
// writer (table_file_writer.h) so that bulk-loaded files answer point lookups of absent keys
// as cheaply as files RocksDB wrote itself. Store-internal.
//
// Layout: `len` bytes of bits in 64-byte cache lines, then 5 bytes of metadata: 0xff (a
// newer-than-legacy filter), 0 (the cache-local Bloom sub-implementation), the number of
// probes, 0, 0. A key's 64-bit hash (RocksDB's persistent Hash64) picks a cache line with its
// low 32 bits; its high 32 bits, multiplied by 0x9e3779b9 between probes, give each probe's
// 9-bit position inside that line (the top 9 bits).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace marsad::store {

class BloomFilterBuilder {
 public:
  // Sized for `expected_keys` at `bits_per_key`; more keys only raise the false-positive rate.
  BloomFilterBuilder(std::uint64_t expected_keys, int bits_per_key);

  void Add(std::string_view key);
  // The filter block's contents; valid until the builder goes.
  std::string_view Finish();

  int num_probes() const { return num_probes_; }
  // RocksDB's persistent 64-bit hash of `key` (the one its filters are read with).
  static std::uint64_t Hash(std::string_view key);

 private:
  void SetBits(std::size_t line, std::uint32_t h2);

  int num_probes_;
  std::uint32_t lines_;
  std::string data_;
  // Keys whose cache line is being prefetched: a line is written eight keys after its
  // prefetch, so the cache misses of consecutive keys overlap.
  static constexpr std::size_t kPipeline = 8;
  std::array<std::uint32_t, kPipeline> pending_line_{};
  std::array<std::uint32_t, kPipeline> pending_h2_{};
  std::uint64_t added_ = 0;
};

}  // namespace marsad::store
