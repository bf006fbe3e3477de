#include "store/bloom_filter_builder.h"

#include <algorithm>

// RocksDB's persistent hash, exported by librocksdb (util/hash.h is not installed). Its values
// are part of RocksDB's on-disk filter format, so they cannot change between releases of the
// format; the filter tests fail at once if they ever differed.
namespace rocksdb {
std::uint64_t Hash64(const char* data, std::size_t n);
}  // namespace rocksdb

namespace marsad::store {
namespace {

constexpr std::size_t kLineBytes = 64;
constexpr std::size_t kMetadataBytes = 5;

}  // namespace

BloomFilterBuilder::BloomFilterBuilder(std::uint64_t expected_keys, int bits_per_key) {
  // Cache-local Bloom filters want slightly fewer probes than k = bits * ln 2: 6 at 10 bits per
  // key. The reader takes the count from the metadata.
  num_probes_ = std::clamp(bits_per_key * 6 / 10, 1, 30);
  const std::uint64_t bytes = (std::max<std::uint64_t>(expected_keys, 1) *
                                   static_cast<std::uint64_t>(std::max(bits_per_key, 1)) +
                               7) / 8;
  const std::uint64_t lines = std::min<std::uint64_t>((bytes + kLineBytes - 1) / kLineBytes,
                                                      std::uint64_t{0xffffffffu} / kLineBytes);
  lines_ = static_cast<std::uint32_t>(lines);
  data_.assign(lines_ * kLineBytes + kMetadataBytes, '\0');
}

std::uint64_t BloomFilterBuilder::Hash(std::string_view key) {
  return rocksdb::Hash64(key.data(), key.size());
}

void BloomFilterBuilder::SetBits(std::size_t line, std::uint32_t h2) {
  char* at = data_.data() + line * kLineBytes;
  std::uint32_t h = h2;
  for (int i = 0; i < num_probes_; ++i, h *= 0x9e3779b9u) {
    const std::uint32_t bit = h >> (32 - 9);  // 9 bits: 512 bits in a line
    at[bit >> 3] = static_cast<char>(static_cast<unsigned char>(at[bit >> 3]) | (1u << (bit & 7)));
  }
}

void BloomFilterBuilder::Add(std::string_view key) {
  const std::uint64_t hash = Hash(key);
  const auto h1 = static_cast<std::uint32_t>(hash);
  const auto h2 = static_cast<std::uint32_t>(hash >> 32);
  // The line: h1 scaled to [0, lines_) by a multiply-shift instead of a modulo.
  const auto line = static_cast<std::uint32_t>((std::uint64_t{h1} * lines_) >> 32);
  __builtin_prefetch(data_.data() + std::size_t{line} * kLineBytes, 1);
  const std::size_t slot = added_ % kPipeline;
  if (added_ >= kPipeline) SetBits(pending_line_[slot], pending_h2_[slot]);
  pending_line_[slot] = line;
  pending_h2_[slot] = h2;
  ++added_;
}

std::string_view BloomFilterBuilder::Finish() {
  const std::uint64_t waiting = std::min<std::uint64_t>(added_, kPipeline);
  for (std::uint64_t i = added_ - waiting; i < added_; ++i) {
    SetBits(pending_line_[i % kPipeline], pending_h2_[i % kPipeline]);
  }
  added_ = 0;
  char* meta = data_.data() + std::size_t{lines_} * kLineBytes;
  meta[0] = static_cast<char>(0xff);  // not the legacy Bloom filter
  meta[1] = 0;                        // the cache-local Bloom sub-implementation
  meta[2] = static_cast<char>(num_probes_);  // upper bits 0: 64-byte lines
  meta[3] = 0;
  meta[4] = 0;
  return data_;
}

}  // namespace marsad::store
