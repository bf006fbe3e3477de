// Term ids: 64-bit values whose top byte (the tag) says what the id is.
//
// On-disk format: ids are written big-endian in every index key, so the tag is the first byte
// and memcmp order of keys equals numeric order of ids. DO NOT CHANGE any tag value or payload
// layout below; see docs/storage-format.md ("Term ids").
//
//   tag 0x00  specials: 0 = kNoTerm (never stored), 1 = kDefaultGraph
//   tag 0x01  dictionary IRI          payload = dictionary counter (56 bits)
//   tag 0x02  dictionary blank node   payload = dictionary counter
//   tag 0x03  dictionary literal      payload = dictionary counter
//   tag 0x10  inline xsd:integer      payload = value + 2^55 (value in [-2^55, 2^55))
//   tag 0x11  inline xsd:boolean      payload = 0 (false) or 1 (true)
//   tag 0x12  inline xsd:date         payload = year << 9 | month << 5 | day (no timezone)
//   tag 0x13  inline short xsd:string payload = up to 7 UTF-8 bytes, left-aligned, zero-padded
//
// Inline values are used only when the lexical form is canonical (so decoding gives back the
// exact term that was stored): "-12" but not "+12" or "012"; "true" but not "1"; "2024-03-01"
// but not "2024-3-1" or "2024-03-01Z"; strings without NUL bytes.
#pragma once

#include <cstdint>
#include <optional>

#include "marsad/term.h"

namespace marsad::store {

using TermId = std::uint64_t;

// "No term": returned by lookups of unknown terms; never stored in an index.
inline constexpr TermId kNoTerm = 0;
// The graph id of the default graph in the graph-first quad indexes (GSPO, GPOS, GOSP).
inline constexpr TermId kDefaultGraph = 1;

enum class IdTag : std::uint8_t {
  kSpecial = 0x00,
  kIri = 0x01,
  kBlank = 0x02,
  kLiteral = 0x03,
  kInlineInteger = 0x10,
  kInlineBoolean = 0x11,
  kInlineDate = 0x12,
  kInlineString = 0x13,
};

inline constexpr int kPayloadBits = 56;
inline constexpr TermId kPayloadMask = (TermId{1} << kPayloadBits) - 1;

inline IdTag TagOf(TermId id) { return static_cast<IdTag>(id >> kPayloadBits); }
inline TermId PayloadOf(TermId id) { return id & kPayloadMask; }
inline TermId MakeId(IdTag tag, TermId payload) {
  return (TermId{static_cast<std::uint8_t>(tag)} << kPayloadBits) | (payload & kPayloadMask);
}

// True for ids whose term lives in the dictionary (tags 0x01..0x03).
inline bool IsDictionaryId(TermId id) {
  IdTag tag = TagOf(id);
  return tag == IdTag::kIri || tag == IdTag::kBlank || tag == IdTag::kLiteral;
}
inline bool IsInlineId(TermId id) { return static_cast<std::uint8_t>(TagOf(id)) >= 0x10; }

// The dictionary tag for a term's kind.
IdTag DictionaryTagFor(const Term& term);

// The inline id of `term`, if it has one (see the canonical-form rules above).
std::optional<TermId> InlineIdOf(const Term& term);

// REQUIRES: IsInlineId(id). Rebuilds the term. Returns nullopt for an id with an unknown tag or
// an impossible payload (a corrupted key).
std::optional<Term> DecodeInlineId(TermId id);

}  // namespace marsad::store
