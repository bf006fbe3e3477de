// The set of row slots the planner knows to be bound. The join-order search copies and probes
// it O(n^2) times per group (planner.cc, PickNext); as a std::set<int> (a node allocation per
// slot per copy) that was over 40% of planning LUBM q4 and q7. Slots 0..63 (any query short
// of 64 variables) live in one word, copied without allocating; larger slots spill into a
// vector of words.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace marsad::query::plan {

class SlotSet {
 public:
  SlotSet() = default;

  bool contains(int slot) const {
    if (slot < 0) return false;
    const auto s = static_cast<std::size_t>(slot);
    if (s < kWordBits) return (low_ >> s) & 1;
    const std::size_t word = s / kWordBits - 1;
    return word < high_.size() && ((high_[word] >> (s % kWordBits)) & 1);
  }

  void insert(int slot) {
    if (slot < 0) return;
    const auto s = static_cast<std::size_t>(slot);
    if (s < kWordBits) {
      low_ |= std::uint64_t{1} << s;
      return;
    }
    const std::size_t word = s / kWordBits - 1;
    if (word >= high_.size()) high_.resize(word + 1, 0);
    high_[word] |= std::uint64_t{1} << (s % kWordBits);
  }

  template <typename It>
  void insert(It begin, It end) {
    for (; begin != end; ++begin) insert(*begin);
  }

  bool empty() const {
    if (low_ != 0) return false;
    for (std::uint64_t w : high_) {
      if (w != 0) return false;
    }
    return true;
  }

  std::size_t size() const {
    std::size_t n = static_cast<std::size_t>(std::popcount(low_));
    for (std::uint64_t w : high_) n += static_cast<std::size_t>(std::popcount(w));
    return n;
  }

 private:
  static constexpr std::size_t kWordBits = 64;
  std::uint64_t low_ = 0;            // slots 0..63
  std::vector<std::uint64_t> high_;  // slots 64.. (word i holds 64(i+1) .. 64(i+2)-1)
};

}  // namespace marsad::query::plan
