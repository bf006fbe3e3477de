#include <algorithm>

#include "text/normalizer.h"

namespace marsad::text {

void OffsetMap::Reserve(std::size_t n) {
  out_byte_.reserve(n + 1);
  src_byte_.reserve(n + 1);
  src_end_byte_.reserve(n + 1);
  src_cp_.reserve(n + 1);
  src_end_cp_.reserve(n + 1);
}

void OffsetMap::Append(std::uint32_t out_bytes, std::uint32_t src_byte,
                       std::uint32_t src_end_byte, std::uint32_t src_cp,
                       std::uint32_t src_end_cp) {
  out_byte_.push_back(out_byte_.back() + out_bytes);
  src_byte_.push_back(src_byte);
  src_end_byte_.push_back(src_end_byte);
  src_cp_.push_back(src_cp);
  src_end_cp_.push_back(src_end_cp);
}

void OffsetMap::ExtendLast(std::uint32_t src_end_byte, std::uint32_t src_end_cp) {
  src_end_byte_.back() = std::max(src_end_byte_.back(), src_end_byte);
  src_end_cp_.back() = std::max(src_end_cp_.back(), src_end_cp);
}

void OffsetMap::Finish(std::uint32_t out_len, std::uint32_t src_len, std::uint32_t src_cps) {
  // out_byte_ already ends with out_len; the sentinel makes position size() map to the end
  // of the source.
  (void)out_len;
  src_byte_.push_back(src_len);
  src_end_byte_.push_back(src_len);
  src_cp_.push_back(src_cps);
  src_end_cp_.push_back(src_cps);
}

std::size_t OffsetMap::IndexOfOutputByte(std::size_t out_byte) const {
  // Largest i with out_byte_[i] <= out_byte: the character containing that byte.
  const auto it = std::upper_bound(out_byte_.begin(), out_byte_.end(),
                                   static_cast<std::uint32_t>(out_byte));
  return static_cast<std::size_t>(it - out_byte_.begin()) - 1;
}

TextSpan OffsetMap::ToSource(std::size_t out_begin, std::size_t out_end) const {
  if (src_byte_.empty()) return {};  // not finished: no mapping recorded
  const std::size_t n = size();
  const std::size_t first = std::min(IndexOfOutputByte(out_begin), n);
  if (out_end <= out_begin) {
    return {src_byte_[first], src_byte_[first], src_cp_[first], src_cp_[first]};
  }
  const std::size_t last = std::min(IndexOfOutputByte(out_end - 1), n);
  return {src_byte_[first], src_end_byte_[last], src_cp_[first], src_end_cp_[last]};
}

}  // namespace marsad::text
