#include "store/crc32c.h"

#include <array>
#include <cstring>

#if defined(__x86_64__)
#include <nmmintrin.h>
#endif

namespace marsad::store {
namespace {

constexpr std::uint32_t kPolynomial = 0x82f63b78u;  // Castagnoli, bit-reversed

constexpr std::array<std::uint32_t, 256> MakeTable() {
  std::array<std::uint32_t, 256> table{};
  for (std::uint32_t i = 0; i < 256; ++i) {
    std::uint32_t crc = i;
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ ((crc & 1u) ? kPolynomial : 0u);
    table[i] = crc;
  }
  return table;
}

constexpr std::array<std::uint32_t, 256> kTable = MakeTable();

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) std::uint32_t ExtendHardware(std::uint32_t crc,
                                                                std::string_view data) {
  const char* p = data.data();
  std::size_t n = data.size();
  std::uint64_t state = ~crc;
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    state = _mm_crc32_u64(state, word);
  }
  auto narrow = static_cast<std::uint32_t>(state);
  for (; n > 0; ++p, --n) narrow = _mm_crc32_u8(narrow, static_cast<unsigned char>(*p));
  return ~narrow;
}

bool HasSse42() {
  static const bool has = __builtin_cpu_supports("sse4.2");
  return has;
}
#endif

}  // namespace

std::uint32_t Crc32cExtendPortable(std::uint32_t crc, std::string_view data) {
  std::uint32_t state = ~crc;
  for (char c : data) {
    state = kTable[(state ^ static_cast<unsigned char>(c)) & 0xffu] ^ (state >> 8);
  }
  return ~state;
}

std::uint32_t Crc32cExtend(std::uint32_t crc, std::string_view data) {
#if defined(__x86_64__)
  if (HasSse42()) return ExtendHardware(crc, data);
#endif
  return Crc32cExtendPortable(crc, data);
}

}  // namespace marsad::store
