#include "store/bulk_dictionary.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <utility>

#include "base/status_macros.h"
#include "store/huge_pages.h"
#include "store/term_codec.h"

namespace marsad::store {
namespace {

constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15;  // 2^64 / golden ratio
constexpr int kMinSlotBits = 10;
// Entries are addressed by a 32-bit index (+1, so that 0 marks an empty slot), and a slot's
// position comes from the 32 hash bits it keeps, so the table has at most 2^32 slots: at a
// load factor of 1/2, 2^31 entries.
constexpr std::size_t kMaxEntries = std::size_t{1} << 31;
constexpr int kMaxSlotBits = 32;

std::uint64_t Load64(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// Up to 8 bytes of `bytes` from `depth`, big-endian and zero-padded, so that comparing two
// windows as integers compares those bytes in memcmp order.
std::uint64_t Window(std::string_view bytes, std::size_t depth) {
  std::uint64_t window = 0;
  const std::size_t end = std::min(bytes.size(), depth + 8);
  for (std::size_t i = depth; i < end; ++i) {
    window |= std::uint64_t(static_cast<unsigned char>(bytes[i])) << (8 * (7 - (i - depth)));
  }
  return window;
}

// One entry being sorted: its bytes at [depth, depth + 8) and how many bytes it has from
// depth on, clipped to 9 (= "more than the window"). Equal windows with different `rest`
// mean the shorter entry is a prefix of the longer one (the window's padding equals the
// longer one's bytes), so (window, rest) order is memcmp order up to depth + 8.
struct SortItem {
  std::uint64_t window;
  std::uint32_t rest;
  std::uint32_t index;
  friend bool operator<(const SortItem& a, const SortItem& b) {
    return a.window != b.window ? a.window < b.window : a.rest < b.rest;
  }
};

}  // namespace

std::uint64_t HashTermBytes(std::string_view bytes) {
  std::uint64_t h = bytes.size() * kMul;
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    h = std::rotl((h ^ Load64(bytes.data() + i)) * kMul, 31);
  }
  if (i < bytes.size()) {
    std::uint64_t tail = 0;
    std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
    h = std::rotl((h ^ tail) * kMul, 31);
  }
  // murmur3's 64-bit finalizer: every input bit reaches the low bits the table indexes with.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 33);
}

BulkDictionary::BulkDictionary(std::uint64_t first_counter) : first_counter_(first_counter) {}

TermId BulkDictionary::id(std::size_t i) const {
  const auto code = static_cast<TermCodeByte>(arena_[offsets_[i]]);
  const IdTag tag = code == TermCodeByte::kIri     ? IdTag::kIri
                    : code == TermCodeByte::kBlank ? IdTag::kBlank
                                                   : IdTag::kLiteral;
  return MakeId(tag, first_counter_ + i);
}

Result<TermId> BulkDictionary::Encode(const Term& term) {
  if (auto inline_id = InlineIdOf(term)) return *inline_id;
  scratch_.clear();
  MARSAD_RETURN_IF_ERROR(EncodeTerm(term, &scratch_));
  return EncodeBytes(scratch_);
}

Result<TermId> BulkDictionary::EncodeBytes(std::string_view bytes) {
  MARSAD_ASSIGN_OR_RETURN(std::size_t index, FindOrAdd(bytes, HashTermBytes(bytes)));
  return id(index);
}

void BulkDictionary::Reserve(std::size_t entries, std::size_t bytes) {
  ReserveHuge(&offsets_, entries + 1);
  ReserveHuge(&arena_, bytes);
}

Result<std::size_t> BulkDictionary::FindOrAdd(std::string_view bytes, std::uint64_t hash) {
  // Load factor at most 1/2: short probe runs.
  if (size() * 2 >= slots_.size() && slots_.size() < (std::size_t{1} << kMaxSlotBits)) Grow();
  const std::uint64_t fingerprint = hash >> 32;
  for (std::uint64_t pos = fingerprint >> shift_;; pos = (pos + 1) & mask_) {
    const std::uint64_t slot = slots_[pos];
    if (slot == 0) {
      if (size() >= kMaxEntries || next_counter() > kPayloadMask) {
        return Status(StatusCode::kResourceExhausted, "the term dictionary is full");
      }
      const std::size_t index = size();
      arena_.append(bytes);
      offsets_.push_back(arena_.size());
      slots_[pos] = fingerprint << 32 | (index + 1);
      return index;
    }
    if (slot >> 32 == fingerprint) {
      const std::size_t index = (slot & 0xFFFFFFFFu) - 1;
      if (this->bytes(index) == bytes) return index;
    }
  }
}

// A slot's home is the top bits of its 32-bit fingerprint, so doubling the table moves each
// entry from about slot i to about slot 2i: one streaming pass over both tables, without
// reading (or hashing) any entry's bytes.
void BulkDictionary::Grow() {
  const int bits = slots_.empty() ? kMinSlotBits : std::countr_zero(slots_.size()) + 1;
  std::vector<std::uint64_t> grown;
  ReserveHuge(&grown, std::size_t{1} << bits);
  grown.resize(std::size_t{1} << bits, 0);
  const std::uint64_t mask = grown.size() - 1;
  const int shift = kMaxSlotBits - bits;
  for (const std::uint64_t slot : slots_) {
    if (slot == 0) continue;
    std::uint64_t pos = (slot >> 32) >> shift;
    while (grown[pos] != 0) pos = (pos + 1) & mask;
    grown[pos] = slot;
  }
  slots_ = std::move(grown);
  mask_ = mask;
  shift_ = shift;
}

Result<TermId> BulkDictionary::EncodeHot(const Term& term) {
  HotSlot& slot = hot_[HashTermBytes(term.value()) % kHotSlots];
  if (slot.id != kNoTerm && slot.term == term) return slot.id;
  MARSAD_ASSIGN_OR_RETURN(TermId id, Encode(term));
  slot.term = term;
  slot.id = id;
  return id;
}

Result<IdQuad> BulkDictionary::EncodeQuad(const Quad& quad) {
  IdQuad ids;
  // Dumps list a subject's triples together: reuse the previous subject's id.
  if (quad.subject == last_subject_ && last_subject_id_ != kNoTerm) {
    ids.s = last_subject_id_;
  } else {
    MARSAD_ASSIGN_OR_RETURN(ids.s, Encode(quad.subject));
    last_subject_ = quad.subject;  // copy-assignment: reuses the strings' capacity
    last_subject_id_ = ids.s;
  }
  MARSAD_ASSIGN_OR_RETURN(ids.p, EncodeHot(quad.predicate));
  MARSAD_ASSIGN_OR_RETURN(ids.o, Encode(quad.object));
  ids.g = kDefaultGraph;
  if (!quad.graph.is_null()) {
    MARSAD_ASSIGN_OR_RETURN(ids.g, EncodeHot(quad.graph));
  }
  return ids;
}

std::vector<std::uint32_t> BulkDictionary::SortedById() const {
  std::vector<std::uint32_t> order;
  order.reserve(size());
  for (IdTag tag : {IdTag::kIri, IdTag::kBlank, IdTag::kLiteral}) {
    for (std::size_t i = 0; i < size(); ++i) {
      if (TagOf(id(i)) == tag) order.push_back(static_cast<std::uint32_t>(i));
    }
  }
  return order;
}

// MSD sort by 8-byte windows: each pass sorts a contiguous array of 16-byte items, reading
// each entry's bytes once per pass instead of two entries' bytes per comparison. Groups that
// tie on a whole window are sorted again after the prefix they share (an explicit stack: a
// long shared prefix must not mean deep recursion).
std::vector<std::uint32_t> BulkDictionary::SortedByBytes() const {
  std::vector<SortItem> items(size());
  for (std::size_t i = 0; i < items.size(); ++i) items[i].index = static_cast<std::uint32_t>(i);
  struct Range {
    std::size_t begin, end, depth;
  };
  std::vector<Range> stack = {{0, items.size(), 0}};
  while (!stack.empty()) {
    Range range = stack.back();
    stack.pop_back();
    if (range.depth > 0) {
      // Skip the prefix the whole group shares (LUBM's IRIs share 40 bytes and more): one
      // pass instead of one sort per 8 shared bytes. Every entry here is longer than depth.
      const std::string_view first = bytes(items[range.begin].index);
      std::size_t shared = first.size();
      for (std::size_t i = range.begin + 1; i < range.end && shared > range.depth; ++i) {
        const std::string_view b = bytes(items[i].index);
        std::size_t k = range.depth;
        const std::size_t limit = std::min(shared, b.size());
        while (k < limit && b[k] == first[k]) ++k;
        shared = k;
      }
      range.depth = shared;  // an entry exactly `shared` long gets rest 0: it sorts first
    }
    for (std::size_t i = range.begin; i < range.end; ++i) {
      const std::string_view b = bytes(items[i].index);
      items[i].window = Window(b, range.depth);
      items[i].rest = static_cast<std::uint32_t>(std::min<std::size_t>(b.size() - range.depth, 9));
    }
    std::sort(items.begin() + range.begin, items.begin() + range.end);
    for (std::size_t i = range.begin; i < range.end;) {
      std::size_t j = i + 1;
      while (j < range.end && items[j].window == items[i].window && items[j].rest == 9 &&
             items[i].rest == 9) {
        ++j;
      }
      if (j - i > 1) stack.push_back({i, j, range.depth + 8});
      i = j;
    }
  }
  std::vector<std::uint32_t> order(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) order[i] = items[i].index;
  return order;
}

}  // namespace marsad::store
