#include "store/table_file_writer.h"

#include <rocksdb/env.h>
#include <zstd.h>

#include <map>

#include "store/crc32c.h"
#include "store/key_codec.h"
#include "store/rocksdb_status.h"

namespace marsad::store {
namespace {

// RocksDB's internal-key trailer of every ingested entry: sequence number 0 and value type
// kTypeValue (1), packed as (sequence << 8 | type) in a little-endian fixed64.
constexpr char kValueTrailer[8] = {1, 0, 0, 0, 0, 0, 0, 0};
constexpr std::size_t kTrailerBytes = sizeof(kValueTrailer);

constexpr char kNoCompression = 0x0;
constexpr char kZstdCompression = 0x7;
constexpr char kCrc32cChecksum = 0x1;
constexpr std::uint32_t kFormatVersion = 5;
constexpr std::uint64_t kBlockBasedTableMagic = 0x88e241b785f4cff7ull;
// A footer of format_version >= 1: checksum type, the metaindex and index handles padded to
// 1 + 2 * 20 bytes, the format version and the magic number.
constexpr std::size_t kFooterHandlesBytes = 1 + 2 * 20;
constexpr std::size_t kWriteChunk = 1 << 20;

std::string EncodeHandle(std::uint64_t offset, std::uint64_t size) {
  std::string out;
  AppendVarint(offset, &out);
  AppendVarint(size, &out);
  return out;
}

std::size_t VarintLength(std::uint64_t value) {
  std::size_t length = 1;
  for (; value >= 0x80; value >>= 7) ++length;
  return length;
}

std::string Varint(std::uint64_t value) {
  std::string out;
  AppendVarint(value, &out);
  return out;
}

}  // namespace

TableFileWriter::TableFileWriter(TableFileOptions options)
    : options_(std::move(options)),
      data_(options_.restart_interval),
      index_(options_.index_restart_interval) {}

TableFileWriter::~TableFileWriter() {
  if (zstd_ != nullptr) ZSTD_freeCCtx(static_cast<ZSTD_CCtx*>(zstd_));
  if (file_ != nullptr) (void)file_->Close();
}

Status TableFileWriter::Open(rocksdb::Env* env, const std::string& path) {
  path_ = path;
  if (options_.compress) {
    zstd_ = ZSTD_createCCtx();
    if (zstd_ == nullptr) return Status(StatusCode::kResourceExhausted, "no memory for ZSTD");
  }
  if (options_.bloom_bits_per_key > 0) {
    bloom_ = std::make_unique<BloomFilterBuilder>(options_.expected_entries,
                                                  options_.bloom_bits_per_key);
  }
  pending_.reserve(kWriteChunk + options_.block_size * 2);
  return FromRocksDb(env->NewWritableFile(path, &file_, rocksdb::EnvOptions()),
                     "creating " + path);
}

void TableFileWriter::Fail(Status status) {
  if (error_.ok()) error_ = std::move(status);
}

void TableFileWriter::Add(std::string_view key, std::string_view value) {
  if (!error_.ok()) return;
  // One pass over the common prefix serves both the order check and the delta encoding.
  const std::size_t shared = SharedPrefixLength(last_key_, key);
  if (entries_ != 0) {
    const bool after =
        shared < key.size() &&
        (shared == last_key_.size() ||
         static_cast<unsigned char>(key[shared]) > static_cast<unsigned char>(last_key_[shared]));
    if (!after) {
      Fail(Status(StatusCode::kInternal,
                  "table file " + path_ + ": keys not in strictly increasing order"));
      return;
    }
  }
  if (BlockFullBefore(key.size() + kTrailerBytes, value.size())) FlushDataBlock();
  if (block_awaiting_index_) AddIndexEntry(key);
  if (bloom_ != nullptr) bloom_->Add(key);
  data_.AddEntry(shared, key, std::string_view(kValueTrailer, kTrailerBytes), value);
  last_key_.resize(shared);
  last_key_.append(key.substr(shared));
  ++entries_;
  raw_key_bytes_ += key.size() + kTrailerBytes;
  raw_value_bytes_ += value.size();
}

bool TableFileWriter::BlockFullBefore(std::size_t key_bytes, std::size_t value_bytes) const {
  // RocksDB's flush-by-size policy (block_size_deviation 10%), so that blocks end where
  // RocksDB would end them: the planner's range estimates (GetApproximateSizes) count whole
  // blocks, and with other boundaries the same range was estimated up to a quarter lower.
  if (data_.empty()) return false;
  const std::size_t current = data_.SizeEstimate();
  if (current >= options_.block_size) return true;
  const std::size_t after = current + key_bytes + value_bytes +
                            (data_.next_is_restart() ? 4 : 0) + 4 + VarintLength(key_bytes) +
                            VarintLength(value_bytes);
  const std::size_t almost_full = (options_.block_size * 90 + 99) / 100;
  return after > options_.block_size && current > almost_full;
}

void TableFileWriter::FlushDataBlock() {
  flushed_block_ = WriteBlock(data_.Finish(), zstd_ != nullptr);
  block_awaiting_index_ = true;  // its index key depends on the next block's first key
  data_.Reset();
  ++data_blocks_;
}

void TableFileWriter::AddIndexEntry(std::string_view next_key) {
  // The index maps a separator to each block: at or after every key of the block and before
  // every key of the next one, as the reader's binary search needs. Like RocksDB's bytewise
  // comparator, take the shortest such key: the last key cut after the first byte that
  // differs from the next key, that byte incremented when it stays below the next key's.
  // Index keys are user keys (the table says so in its properties): a user key never spans
  // two blocks here, and the reader then compares them without the internal-key trailer.
  std::string_view separator = last_key_;
  const std::size_t n = SharedPrefixLength(last_key_, next_key);
  if (n < last_key_.size() && n < next_key.size()) {
    const auto byte = static_cast<unsigned char>(last_key_[n]);
    if (byte < 0xff && byte + 1 < static_cast<unsigned char>(next_key[n])) {
      index_key_.assign(last_key_, 0, n + 1);
      index_key_[n] = static_cast<char>(byte + 1);
      separator = index_key_;
    }
  }
  index_.Add(separator, EncodeHandle(flushed_block_.offset, flushed_block_.size));
  block_awaiting_index_ = false;
}

TableFileWriter::Handle TableFileWriter::WriteBlock(std::string_view contents, bool compress) {
  std::string_view stored = contents;
  char type = kNoCompression;
  if (compress) {
    // format_version >= 2: a compressed block starts with its uncompressed size as a varint32.
    compressed_.resize(5 + ZSTD_compressBound(contents.size()));
    char* body = WriteVarint(contents.size(), compressed_.data());
    const std::size_t header = static_cast<std::size_t>(body - compressed_.data());
    std::size_t size =
        ZSTD_compressCCtx(static_cast<ZSTD_CCtx*>(zstd_), body, compressed_.size() - header,
                          contents.data(), contents.size(), options_.zstd_level);
    if (!ZSTD_isError(size) && header + size < contents.size() - contents.size() / 8) {
      stored = std::string_view(compressed_.data(), header + size);
      type = kZstdCompression;
      any_compressed_ = true;
    }
  }
  Handle handle{offset_ + pending_.size(), stored.size()};
  pending_.append(stored);
  std::uint32_t crc = Crc32cExtend(Crc32cExtend(0, stored), std::string_view(&type, 1));
  char trailer[5] = {type};
  const std::uint32_t masked = Crc32cMask(crc);
  for (int i = 0; i < 4; ++i) trailer[1 + i] = static_cast<char>(masked >> (8 * i));
  pending_.append(trailer, sizeof(trailer));
  if (pending_.size() >= kWriteChunk) WriteOut();
  return handle;
}

void TableFileWriter::WriteOut() {
  if (!error_.ok() || pending_.empty()) return;
  rocksdb::Status s = file_->Append(rocksdb::Slice(pending_));
  if (!s.ok()) {
    Fail(FromRocksDb(s, "writing " + path_));
    return;
  }
  offset_ += pending_.size();
  pending_.clear();
}

std::string TableFileWriter::PropertiesBlock(std::uint64_t data_size, std::uint64_t index_size,
                                             std::uint64_t filter_size) const {
  std::string fixed32_zero;
  AppendFixed32(0, &fixed32_zero);  // index type kBinarySearch
  std::string version;
  AppendFixed32(2, &version);  // external file version 2: has a global sequence number field
  std::string global_seqno;
  AppendFixed64(0, &global_seqno);
  // Sorted by name, as in every block. The index holds user keys and full block handles.
  std::map<std::string, std::string> properties = {
      {"rocksdb.block.based.table.index.type", fixed32_zero},
      {"rocksdb.column.family.id", Varint(options_.column_family_id)},
      {"rocksdb.column.family.name", options_.column_family_name},
      {"rocksdb.comparator", "leveldb.BytewiseComparator"},
      {"rocksdb.compression", any_compressed_ ? "ZSTD" : "NoCompression"},
      {"rocksdb.data.size", Varint(data_size)},
      {"rocksdb.deleted.keys", Varint(0)},
      {"rocksdb.external_sst_file.global_seqno", global_seqno},
      {"rocksdb.external_sst_file.version", version},
      {"rocksdb.filter.size", Varint(filter_size)},
      {"rocksdb.index.key.is.user.key", Varint(1)},
      {"rocksdb.index.size", Varint(index_size)},
      {"rocksdb.index.value.is.delta.encoded", Varint(0)},
      {"rocksdb.merge.operands", Varint(0)},
      {"rocksdb.num.data.blocks", Varint(data_blocks_)},
      {"rocksdb.num.entries", Varint(entries_)},
      {"rocksdb.num.range-deletions", Varint(0)},
      {"rocksdb.raw.key.size", Varint(raw_key_bytes_)},
      {"rocksdb.raw.value.size", Varint(raw_value_bytes_)},
  };
  if (bloom_ != nullptr) {
    properties["rocksdb.block.based.table.prefix.filtering"] = "0";
    properties["rocksdb.block.based.table.whole.key.filtering"] = "1";
    properties["rocksdb.filter.policy"] = "bloomfilter";
  }
  TableBlock block(1);
  for (const auto& [name, value] : properties) block.Add(name, value);
  return std::string(block.Finish());
}

Status TableFileWriter::Finish() {
  if (file_ == nullptr) return Status(StatusCode::kInternal, "table file not open");
  if (entries_ == 0 && error_.ok()) {
    Fail(Status(StatusCode::kInvalidArgument, "table file " + path_ + " has no entries"));
  }
  if (!data_.empty()) FlushDataBlock();
  if (block_awaiting_index_) {
    // The last block: its last key is a valid separator.
    index_.Add(last_key_, EncodeHandle(flushed_block_.offset, flushed_block_.size));
    block_awaiting_index_ = false;
  }
  const std::uint64_t data_size = offset_ + pending_.size();
  Handle filter;
  if (bloom_ != nullptr) filter = WriteBlock(bloom_->Finish(), false);
  Handle index = WriteBlock(index_.Finish(), false);
  Handle properties = WriteBlock(
      PropertiesBlock(data_size, index.size + 5, bloom_ != nullptr ? filter.size : 0), false);
  TableBlock metaindex(1);  // names sorted
  if (bloom_ != nullptr) {
    // The name RocksDB looks the filter up by: "fullfilter." and the compatibility name of its
    // built-in Bloom policy.
    metaindex.Add("fullfilter.rocksdb.BuiltinBloomFilter",
                  EncodeHandle(filter.offset, filter.size));
  }
  metaindex.Add("rocksdb.properties", EncodeHandle(properties.offset, properties.size));
  Handle meta = WriteBlock(metaindex.Finish(), false);

  std::string footer(1, kCrc32cChecksum);
  AppendVarint(meta.offset, &footer);
  AppendVarint(meta.size, &footer);
  AppendVarint(index.offset, &footer);
  AppendVarint(index.size, &footer);
  footer.resize(kFooterHandlesBytes, '\0');
  AppendFixed32(kFormatVersion, &footer);
  AppendFixed32(static_cast<std::uint32_t>(kBlockBasedTableMagic), &footer);
  AppendFixed32(static_cast<std::uint32_t>(kBlockBasedTableMagic >> 32), &footer);
  pending_.append(footer);
  WriteOut();
  if (error_.ok()) Fail(FromRocksDb(file_->Close(), "closing " + path_));
  file_.reset();
  return error_;
}

}  // namespace marsad::store
