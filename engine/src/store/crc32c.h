// CRC-32C (Castagnoli), the checksum RocksDB's block-based tables use when their footer says
// kCRC32c: written by the bulk loader's own table writer (table_file_writer.h), so it must
// agree bit for bit with what RocksDB verifies on read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace marsad::store {

// The CRC-32C of `data` continuing from `crc` (0 for a fresh checksum). Uses the SSE 4.2
// instruction where the CPU has it, a table otherwise; both give the same value.
std::uint32_t Crc32cExtend(std::uint32_t crc, std::string_view data);

// The table-driven form alone (the reference the tests compare the hardware path with).
std::uint32_t Crc32cExtendPortable(std::uint32_t crc, std::string_view data);

// RocksDB stores masked CRCs (rotated and offset) so that a CRC computed over data that
// itself embeds CRCs does not degenerate; reads unmask before comparing.
inline std::uint32_t Crc32cMask(std::uint32_t crc) {
  return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
}

}  // namespace marsad::store
