#include "store/key_codec.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <tuple>
#include <vector>

namespace marsad::store {
namespace {

TermId RandomId(std::mt19937_64& rng) {
  // Mix small and huge values, and values differing only in the low or high byte.
  switch (rng() % 4) {
    case 0:
      return rng() % 16;
    case 1:
      return rng();
    case 2:
      return (rng() % 4) << 56 | (rng() % 300);
    default:
      return ~TermId{0} - rng() % 3;
  }
}

TEST(KeyCodecTest, PreservesIdTupleOrderUnderMemcmp) {
  std::mt19937_64 rng(42);
  for (int round = 0; round < 5000; ++round) {
    IdQuad a{RandomId(rng), RandomId(rng), RandomId(rng), RandomId(rng)};
    IdQuad b{RandomId(rng), RandomId(rng), RandomId(rng), RandomId(rng)};
    if (rng() % 3 == 0) b.s = a.s;
    if (rng() % 3 == 0) b.p = a.p;
    for (int p = 0; p < kPermutationCount; ++p) {
      auto perm = static_cast<Permutation>(p);
      std::vector<TermId> ta;
      std::vector<TermId> tb;
      for (int i = 0; i < ComponentCount(perm); ++i) {
        ta.push_back(a.Get(ComponentAt(perm, i)));
        tb.push_back(b.Get(ComponentAt(perm, i)));
      }
      int key_order = EncodeKey(perm, a).compare(EncodeKey(perm, b));
      int tuple_order = ta < tb ? -1 : (ta == tb ? 0 : 1);
      ASSERT_EQ(key_order < 0 ? -1 : (key_order == 0 ? 0 : 1), tuple_order)
          << PermutationName(perm);
    }
  }
}

TEST(KeyCodecTest, DecodeInvertsEncodeForEveryPermutation) {
  IdQuad quad{0x0100000000000007, 0x0200000000000009, 0x10FFFFFFFFFFFFFF, 0x0100000000000001};
  for (int p = 0; p < kPermutationCount; ++p) {
    auto perm = static_cast<Permutation>(p);
    std::string key = EncodeKey(perm, quad);
    EXPECT_EQ(key.size(), IsTriplePermutation(perm) ? 24u : 32u);
    IdQuad decoded;
    ASSERT_TRUE(DecodeKey(perm, key, &decoded));
    IdQuad expected = quad;
    if (IsTriplePermutation(perm)) expected.g = kNoTerm;
    EXPECT_EQ(decoded, expected) << PermutationName(perm);
    char buffer[32];
    EXPECT_EQ(std::string(buffer, EncodeKeyTo(perm, quad, buffer)), key);
  }
  IdQuad ignored;
  EXPECT_FALSE(DecodeKey(Permutation::kSpo, std::string(23, 'x'), &ignored));
}

TEST(KeyCodecTest, PrefixSuccessorIsTheSmallestKeyAfterThePrefix) {
  EXPECT_EQ(PrefixSuccessor(std::string("\x01\x02", 2)), std::string("\x01\x03", 2));
  EXPECT_EQ(PrefixSuccessor(std::string("\x01\xff\xff", 3)), std::string("\x02", 1));
  EXPECT_EQ(PrefixSuccessor(std::string("\xff\xff", 2)), "");
  EXPECT_EQ(PrefixSuccessor(""), "");
}

TEST(KeyCodecTest, VarintAndTripleValueRoundTrip) {
  for (std::uint64_t value : {0ull, 1ull, 127ull, 128ull, 300ull, 1ull << 40, ~0ull}) {
    std::string bytes;
    AppendVarint(value, &bytes);
    std::string_view in = bytes;
    std::uint64_t read = 0;
    ASSERT_TRUE(ReadVarint(&in, &read));
    EXPECT_EQ(read, value);
    EXPECT_TRUE(in.empty());
  }
  TripleValue value{5, true};
  TripleValue decoded;
  ASSERT_TRUE(DecodeTripleValue(EncodeTripleValue(value), &decoded));
  EXPECT_EQ(decoded.named_graphs, 5u);
  EXPECT_TRUE(decoded.in_default);
  EXPECT_FALSE(DecodeTripleValue(std::string("\x80", 1), &decoded));
}

}  // namespace
}  // namespace marsad::store
