// The in-memory dictionary of a bulk load into an empty store (no RocksDB here, so it is
// unit-tested on its own).
//
// Every term of an empty store is new, so this table is the whole dictionary: it assigns ids
// in first-seen order and afterwards hands out its entries for the term2id and id2term runs.
// Encoding is the read phase's bottleneck, and a node-based hash map of strings costs two or
// three cache misses per lookup (bucket, node, heap string). Here the encoded terms live back
// to back in one arena, in first-seen (counter) order, and an open-addressing table of 8-byte
// slots (a 32-bit hash fingerprint and the entry's index) points into it: one miss for the
// slot and one for the bytes, no allocation per term, and id2term needs no sort (ids are tag,
// then counter: one pass per tag over the entries yields them in id order). A slot's home is
// its fingerprint's top bits, so the table doubles in one streaming pass that reads no bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/status.h"
#include "marsad/term.h"
#include "store/key_codec.h"
#include "store/term_id.h"

namespace marsad::store {

// 64-bit hash of a byte string (multiply-xorshift over 8-byte words, murmur3's finalizer).
// Not seeded: a bulk load is one process reading its own input.
std::uint64_t HashTermBytes(std::string_view bytes);

class BulkDictionary {
 public:
  // Ids get payloads first_counter, first_counter + 1, ...
  explicit BulkDictionary(std::uint64_t first_counter);

  // The id of `term`: its inline id, or a dictionary id assigned on first sight.
  // kInvalidArgument for a term EncodeTerm rejects; kResourceExhausted when the id space or
  // the table's 2^31 entries run out.
  Result<TermId> Encode(const Term& term);
  // Same for already encoded dictionary bytes (EncodeTerm's output); the tag comes from the
  // first byte. REQUIRES: `bytes` is a valid term encoding.
  Result<TermId> EncodeBytes(std::string_view bytes);
  // The ids of a quad; a null graph is the default graph.
  Result<IdQuad> EncodeQuad(const Quad& quad);

  // Room for `entries` terms of `bytes` encoded bytes in all, so that the arrays do not grow
  // by copying (an estimate: more or fewer is fine).
  void Reserve(std::size_t entries, std::size_t bytes);

  std::uint64_t next_counter() const { return first_counter_ + size(); }
  std::size_t size() const { return offsets_.size() - 1; }
  // Entry `i` (0 <= i < size(), in first-seen order): its encoded bytes and id.
  std::string_view bytes(std::size_t i) const {
    return std::string_view(arena_).substr(offsets_[i], offsets_[i + 1] - offsets_[i]);
  }
  TermId id(std::size_t i) const;
  // Entry indexes in ascending id order: the id2term key order.
  std::vector<std::uint32_t> SortedById() const;
  // Entry indexes in memcmp order of their bytes: the term2id key order.
  std::vector<std::uint32_t> SortedByBytes() const;

 private:
  static constexpr std::size_t kHotSlots = 256;
  struct HotSlot {
    Term term;
    TermId id = kNoTerm;
  };

  // Index of the entry with `bytes`, inserting it if absent.
  Result<std::size_t> FindOrAdd(std::string_view bytes, std::uint64_t hash);
  void Grow();
  // Through the direct-mapped cache of recent predicates and graphs (few distinct ones, each
  // on most lines).
  Result<TermId> EncodeHot(const Term& term);

  std::uint64_t first_counter_;
  std::string arena_;                            // encoded terms, back to back, first-seen order
  std::vector<std::uint64_t> offsets_ = {0};     // entry i is arena_[offsets_[i], offsets_[i+1])
  std::vector<std::uint64_t> slots_;             // fingerprint << 32 | (index + 1); 0 = empty
  std::uint64_t mask_ = 0;                       // slots_.size() - 1 (a power of two)
  int shift_ = 0;  // a fingerprint's home slot is fingerprint >> shift_ (its top bits)
  std::string scratch_;
  Term last_subject_;
  TermId last_subject_id_ = kNoTerm;
  std::vector<HotSlot> hot_ = std::vector<HotSlot>(kHotSlots);
};

}  // namespace marsad::store
