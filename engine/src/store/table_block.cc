#include "store/table_block.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace marsad::store {

std::size_t SharedPrefixLength(std::string_view a, std::string_view b) {
  const std::size_t n = std::min(a.size(), b.size());
  std::size_t i = 0;
  // Index keys are runs of 8-byte ids, so compare a word at a time.
  for (; i + 8 <= n; i += 8) {
    std::uint64_t x;
    std::uint64_t y;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x != y) {
      static_assert(std::endian::native == std::endian::little);
      return i + static_cast<std::size_t>(std::countr_zero(x ^ y)) / 8;
    }
  }
  while (i < n && a[i] == b[i]) ++i;
  return i;
}

char* WriteVarint(std::uint64_t value, char* out) {
  while (value >= 0x80) {
    *out++ = static_cast<char>((value & 0x7f) | 0x80);
    value >>= 7;
  }
  *out++ = static_cast<char>(value);
  return out;
}

void AppendFixed32(std::uint32_t value, std::string* out) {
  char bytes[4];
  for (int i = 0; i < 4; ++i) bytes[i] = static_cast<char>(value >> (8 * i));
  out->append(bytes, 4);
}

void AppendFixed64(std::uint64_t value, std::string* out) {
  char bytes[8];
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>(value >> (8 * i));
  out->append(bytes, 8);
}

TableBlock::TableBlock(int restart_interval)
    : restart_interval_(std::max(restart_interval, 1)) {
  restarts_.push_back(0);
}

void TableBlock::Add(std::string_view key, std::string_view value) {
  AddEntry(SharedPrefixLength(last_key_, key), key, {}, value);
  last_key_.assign(key);
}

void TableBlock::AddEntry(std::size_t shared, std::string_view key, std::string_view suffix,
                          std::string_view value) {
  if (since_restart_ >= restart_interval_) {
    restarts_.push_back(static_cast<std::uint32_t>(buffer_.size()));
    since_restart_ = 0;
  }
  if (since_restart_ == 0) shared = 0;
  const std::size_t non_shared = key.size() - shared + suffix.size();
  const std::size_t start = buffer_.size();
  buffer_.resize(start + 15 + non_shared + value.size());  // three varint32s take at most 15
  char* p = buffer_.data() + start;
  p = WriteVarint(shared, p);
  p = WriteVarint(non_shared, p);
  p = WriteVarint(value.size(), p);
  std::memcpy(p, key.data() + shared, key.size() - shared);
  p += key.size() - shared;
  if (!suffix.empty()) std::memcpy(p, suffix.data(), suffix.size());
  p += suffix.size();
  if (!value.empty()) std::memcpy(p, value.data(), value.size());
  p += value.size();
  buffer_.resize(static_cast<std::size_t>(p - buffer_.data()));
  ++since_restart_;
  ++entries_;
}

std::string_view TableBlock::Finish() {
  for (std::uint32_t offset : restarts_) AppendFixed32(offset, &buffer_);
  AppendFixed32(static_cast<std::uint32_t>(restarts_.size()), &buffer_);
  return buffer_;
}

void TableBlock::Reset() {
  buffer_.clear();
  restarts_.assign(1, 0);
  since_restart_ = 0;
  entries_ = 0;
  last_key_.clear();
}

}  // namespace marsad::store
