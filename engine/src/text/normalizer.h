// Arabic-aware normalization with an offset map back to the source text.
//
// Three forms (docs/text.md lists every rule):
//  - kDisplay:  NFC; format/bidi controls (General_Category Cf) and tatweel U+0640 removed.
//  - kMatchKey: NFKC; Cf controls, tatweel, tashkeel U+064B..U+065F, dagger alef U+0670 and
//               Quranic marks U+0610..U+061A, U+06D6..U+06ED removed; أ إ آ ٱ -> ا; ى ی -> ي;
//               ة -> ه; ک -> ك; ە -> ه; Arabic-Indic and Extended Arabic-Indic digits -> ASCII;
//               simple case folding (Latin "Rouhani" -> "rouhani"). Hamza carriers ؤ ئ and ء
//               are kept: folding them would merge different words.
//  - kSkeleton: the match key with long vowels ا و ي dropped except word-initially and runs
//               of one letter collapsed (كاراباخ, كراباخ -> كربخ; Latin vowels likewise:
//               "Karabakh" -> "krbkh"). A lower-confidence fallback key for foreign names.
//
// Thread-safe: the functions keep no mutable shared state (ICU singletons are immutable).
// REQUIRES for every function: valid UTF-8 input (see utf8.h); ill-formed bytes become U+FFFD.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace marsad::text {

enum class NormalForm : std::uint8_t { kDisplay, kMatchKey, kSkeleton };

// Maps each code point of a normalized string to the source characters it came from.
// Invariant: output code point i was produced from source bytes [source_begin(i),
// source_end(i)); one source character may yield several output characters (ﻻ -> لا) and a
// source cluster may yield one (ا + U+0654 -> أ -> ا). Deleted characters (tashkeel, tatweel)
// have no output but are covered when a span is mapped back (see ToSource).
class OffsetMap {
 public:
  // Number of output code points.
  std::size_t size() const { return out_byte_.empty() ? 0 : out_byte_.size() - 1; }

  // Byte offset in the OUTPUT of output code point i (i == size() gives the output length).
  std::uint32_t output_byte(std::size_t i) const { return out_byte_[i]; }
  std::uint32_t source_byte_begin(std::size_t i) const { return src_byte_[i]; }
  std::uint32_t source_byte_end(std::size_t i) const { return src_end_byte_[i]; }
  std::uint32_t source_cp_begin(std::size_t i) const { return src_cp_[i]; }
  std::uint32_t source_cp_end(std::size_t i) const { return src_end_cp_[i]; }

  // Source span of the output bytes [out_begin, out_end). Offsets inside a multi-byte output
  // character snap outward to that character. An empty output range maps to an empty span
  // at the corresponding source position. REQUIRES: out_begin <= out_end <= output length.
  TextSpan ToSource(std::size_t out_begin, std::size_t out_end) const;

  // Appends one output code point of `out_bytes` bytes produced from the given source range.
  void Append(std::uint32_t out_bytes, std::uint32_t src_byte, std::uint32_t src_end_byte,
              std::uint32_t src_cp, std::uint32_t src_end_cp);
  // Records the total output length and source length (the end sentinel). Called once.
  // Widens the last output character's source range to end at (src_end_byte, src_end_cp):
  // used for deleted characters (tatweel, tashkeel) that follow it.
  void ExtendLast(std::uint32_t src_end_byte, std::uint32_t src_end_cp);
  void Finish(std::uint32_t out_len, std::uint32_t src_len, std::uint32_t src_cps);
  void Reserve(std::size_t n);

 private:
  std::size_t IndexOfOutputByte(std::size_t out_byte) const;

  std::vector<std::uint32_t> out_byte_{0};  // size()+1 entries, last = output length
  std::vector<std::uint32_t> src_byte_;
  std::vector<std::uint32_t> src_end_byte_;
  std::vector<std::uint32_t> src_cp_;
  std::vector<std::uint32_t> src_end_cp_;
};

struct NormalizedText {
  std::string text;  // UTF-8
  OffsetMap map;
};

// Normalizes `source` to `form` and records where each output character came from.
NormalizedText Normalize(std::string_view source, NormalForm form);

// The same without an offset map (faster; for lookups and query-time keys).
std::string NormalizeString(std::string_view source, NormalForm form);

// Shorthands used by the query engine and the gazetteers.
inline std::string DisplayForm(std::string_view s) {
  return NormalizeString(s, NormalForm::kDisplay);
}
inline std::string MatchKey(std::string_view s) {
  return NormalizeString(s, NormalForm::kMatchKey);
}
inline std::string Skeleton(std::string_view s) {
  return NormalizeString(s, NormalForm::kSkeleton);
}

}  // namespace marsad::text
