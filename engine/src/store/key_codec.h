// Index permutations and their key layout.
//
// Every index key is the concatenation of fixed-width 8-byte big-endian term ids in the
// permutation's component order, so memcmp order of keys is lexicographic order of id tuples
// and a pattern with its bound components first is one contiguous key range.
// DO NOT CHANGE the Permutation values, their component orders or the key widths; they are
// the on-disk format (docs/storage-format.md, "Indexes").
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "store/term_id.h"

namespace marsad::store {

enum class Component : std::uint8_t { kS = 0, kP = 1, kO = 2, kG = 3 };

// Triple permutations over the union of all graphs (value: TripleValue) and quad permutations
// (value: empty). GSPO/GPOS/GOSP hold default-graph quads (g = kDefaultGraph) and named-graph
// quads; SPOG/POSG/OSPG hold named-graph quads only.
enum class Permutation : std::uint8_t {
  kSpo = 0,
  kPos = 1,
  kOsp = 2,
  kGspo = 3,
  kGpos = 4,
  kGosp = 5,
  kSpog = 6,
  kPosg = 7,
  kOspg = 8,
};
inline constexpr int kPermutationCount = 9;

inline constexpr std::size_t kIdBytes = 8;

// Column family name of each permutation ("spo", "gspo", ...).
std::string_view PermutationName(Permutation perm);
bool IsTriplePermutation(Permutation perm);
// 3 for triple permutations, 4 for quad permutations.
int ComponentCount(Permutation perm);
// Component at `position` (0-based) of the permutation's key.
Component ComponentAt(Permutation perm, int position);

// A quad of ids in canonical s, p, o, g order. g is kNoTerm for union (triple) results.
struct IdQuad {
  TermId s = kNoTerm;
  TermId p = kNoTerm;
  TermId o = kNoTerm;
  TermId g = kNoTerm;

  TermId Get(Component c) const;
  void Set(Component c, TermId id);
  friend bool operator==(const IdQuad&, const IdQuad&) = default;
  friend auto operator<=>(const IdQuad&, const IdQuad&) = default;
};

void AppendId(TermId id, std::string* out);
// REQUIRES: bytes.size() >= 8.
TermId ReadId(std::string_view bytes);

// The key of `quad` in `perm` (24 or 32 bytes).
std::string EncodeKey(Permutation perm, const IdQuad& quad);
// Allocation-free form for hot loops: writes the key into `out` (at least 32 bytes) and
// returns its length.
std::size_t EncodeKeyTo(Permutation perm, const IdQuad& quad, char* out);
// Fills the components of `perm` from `key`; false if the key has the wrong width.
bool DecodeKey(Permutation perm, std::string_view key, IdQuad* quad);

// The smallest key greater than every key starting with `prefix` (big-endian increment);
// empty when no such key exists (prefix of all 0xFF bytes or empty prefix).
std::string PrefixSuccessor(std::string_view prefix);

// Value of a triple-permutation entry: how many named graphs hold the triple and whether the
// default graph does. Encoded as one unsigned LEB128 varint of (named_graphs << 1 | in_default).
struct TripleValue {
  std::uint64_t named_graphs = 0;
  bool in_default = false;
  bool empty() const { return named_graphs == 0 && !in_default; }
};
std::string EncodeTripleValue(const TripleValue& value);
bool DecodeTripleValue(std::string_view bytes, TripleValue* value);

void AppendVarint(std::uint64_t value, std::string* out);
// Reads a varint from the front of `*in` and advances it; false on truncated input.
bool ReadVarint(std::string_view* in, std::uint64_t* value);

}  // namespace marsad::store
