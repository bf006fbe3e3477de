#include "text/normalizer.h"

#include <algorithm>
#include <array>
#include <memory>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "text/char_classes.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

constexpr std::uint32_t kNeedIcu = 0xFFFFFFFF;  // NFC/NFKC of the lone character differs
constexpr std::uint32_t kDelete = 0xFFFFFFFE;

// Per-BMP-character results of "normalize alone, then fold", computed once from ICU so the
// common case (a character that forms a normalization segment by itself) is one lookup.
struct FormTables {
  const icu::Normalizer2* norm = nullptr;
  std::unique_ptr<std::array<std::uint32_t, 0x10000>> mapped;
  std::unique_ptr<std::array<bool, 0x10000>> boundary_before;
};

std::uint32_t Fold(NormalForm form, UChar32 c) {
  if (form == NormalForm::kDisplay) return IsDisplayDeleted(c) ? kDelete : c;
  if (IsMatchDeleted(c)) return kDelete;
  return static_cast<std::uint32_t>(MatchFold(c));
}

FormTables BuildTables(NormalForm form) {
  UErrorCode err = U_ZERO_ERROR;
  FormTables t;
  t.norm = form == NormalForm::kDisplay ? icu::Normalizer2::getNFCInstance(err)
                                        : icu::Normalizer2::getNFKCInstance(err);
  if (U_FAILURE(err)) t.norm = nullptr;  // every character then takes the (failing) slow path
  t.mapped = std::make_unique<std::array<std::uint32_t, 0x10000>>();
  t.boundary_before = std::make_unique<std::array<bool, 0x10000>>();
  for (UChar32 c = 0; c < 0x10000; ++c) {
    (*t.boundary_before)[c] = t.norm == nullptr || t.norm->hasBoundaryBefore(c);
    std::uint32_t value = kNeedIcu;
    if (t.norm != nullptr && !U_IS_SURROGATE(c)) {
      icu::UnicodeString alone(c);
      UErrorCode e = U_ZERO_ERROR;
      const icu::UnicodeString out = t.norm->normalize(alone, e);
      if (U_SUCCESS(e) && out.length() == 1 && out.charAt(0) == c) value = Fold(form, c);
    }
    (*t.mapped)[c] = value;
  }
  return t;
}

const FormTables& TablesFor(NormalForm form) {
  static const FormTables display = BuildTables(NormalForm::kDisplay);
  static const FormTables match = BuildTables(NormalForm::kMatchKey);
  return form == NormalForm::kDisplay ? display : match;
}

// Builds the output and, optionally, the offset map. Skeleton rules are applied on the
// match-key characters as they are emitted.
class Emitter {
 public:
  Emitter(NormalForm form, std::string* out, OffsetMap* map)
      : form_(form), out_(out), map_(map) {}

  void Emit(std::uint32_t c, std::uint32_t src_b, std::uint32_t src_e, std::uint32_t cp_b,
            std::uint32_t cp_e) {
    if (c == kDelete) {
      Absorb(src_e, cp_e);
      return;
    }
    if (form_ == NormalForm::kSkeleton) {
      const bool letter = u_isalpha(static_cast<UChar32>(c));
      const bool drop = (letter && !word_start_ && IsSkeletonVowel(c)) ||
                        (letter && c == prev_letter_);
      word_start_ = !letter;
      prev_letter_ = letter ? c : 0;
      if (drop) {
        Absorb(src_e, cp_e);
        return;
      }
    }
    const std::size_t before = out_->size();
    AppendUtf8(static_cast<char32_t>(c), out_);
    if (map_ != nullptr) {
      map_->Append(static_cast<std::uint32_t>(out_->size() - before), src_b, src_e, cp_b, cp_e);
    }
  }

 private:
  // A deleted character extends the previous output character's source range so spans
  // mapped back cover «بـ» whole and a word's trailing marks.
  void Absorb(std::uint32_t src_e, std::uint32_t cp_e) {
    if (map_ != nullptr && map_->size() > 0) map_->ExtendLast(src_e, cp_e);
  }
  static bool IsSkeletonVowel(std::uint32_t c) {
    return c == 0x0627 || c == 0x0648 || c == 0x064A || c == 'a' || c == 'e' || c == 'i' ||
           c == 'o' || c == 'u';
  }

  NormalForm form_;
  std::string* out_;
  OffsetMap* map_;
  bool word_start_ = true;
  std::uint32_t prev_letter_ = 0;  // collapses doubled letters (شدّة written out)
};

// Slow path: one normalization segment through ICU, every output character mapped to the
// whole segment.
void NormalizeSegment(const FormTables& t, NormalForm form, std::string_view seg,
                      std::uint32_t src_b, std::uint32_t cp_b, std::uint32_t cp_e,
                      Emitter* emitter) {
  const auto src_e = static_cast<std::uint32_t>(src_b + seg.size());
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(seg.data(),
                                                       static_cast<int32_t>(seg.size())));
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString out;
  if (t.norm != nullptr) out = t.norm->normalize(in, err);
  if (t.norm == nullptr || U_FAILURE(err)) out = in;  // cannot happen with ICU data present
  const NormalForm fold_form = form == NormalForm::kDisplay ? form : NormalForm::kMatchKey;
  for (int32_t i = 0; i < out.length();) {
    const UChar32 c = out.char32At(i);
    i = out.moveIndex32(i, 1);
    emitter->Emit(Fold(fold_form, c), src_b, src_e, cp_b, cp_e);
  }
}

// True when a multi-character segment is base + Arabic marks that the match key deletes and
// that never compose (so NFKC cannot change the base): the common diacritized letter.
bool BasePlusDeletedMarks(std::string_view seg, std::size_t base_len) {
  std::size_t pos = base_len;
  while (pos < seg.size()) {
    const std::int32_t m = DecodeUtf8(seg, &pos);
    if (!(m >= 0x064B && m <= 0x0652) && m != 0x0670) return false;
  }
  return true;
}

void Run(std::string_view src, NormalForm form, std::string* out, OffsetMap* map) {
  const FormTables& t = TablesFor(form);
  Emitter emitter(form, out, map);
  const bool deleting_marks = form != NormalForm::kDisplay;
  std::size_t pos = 0;
  std::uint32_t cp_index = 0;
  std::int32_t next = src.empty() ? -1 : DecodeUtf8(src, &pos);
  std::size_t next_begin = 0;
  while (next_begin < src.size()) {
    const std::size_t seg_begin = next_begin;
    const std::uint32_t seg_cp = cp_index;
    const UChar32 c = next < 0 ? 0xFFFD : next;
    std::size_t base_len = pos - seg_begin;
    ++cp_index;
    bool multi = false;
    // Extend the segment over following characters that have no boundary before them.
    while (pos < src.size()) {
      std::size_t peek = pos;
      const std::int32_t d = DecodeUtf8(src, &peek);
      const bool boundary = d < 0 || (d < 0x10000 ? (*t.boundary_before)[d]
                                                  : t.norm == nullptr ||
                                                        t.norm->hasBoundaryBefore(d));
      if (boundary) break;
      pos = peek;
      ++cp_index;
      multi = true;
    }
    const std::size_t seg_end = pos;
    const std::string_view seg = src.substr(seg_begin, seg_end - seg_begin);
    const auto b = static_cast<std::uint32_t>(seg_begin);
    const auto e = static_cast<std::uint32_t>(seg_end);
    const std::uint32_t simple = c < 0x10000 ? (*t.mapped)[c] : kNeedIcu;
    if (simple != kNeedIcu && (!multi || (deleting_marks && BasePlusDeletedMarks(seg, base_len)))) {
      emitter.Emit(simple, b, e, seg_cp, cp_index);
    } else {
      NormalizeSegment(t, form, seg, b, seg_cp, cp_index, &emitter);
    }
    next_begin = seg_end;
    if (next_begin < src.size()) next = DecodeUtf8(src, &pos);
  }
  if (map != nullptr) {
    map->Finish(static_cast<std::uint32_t>(out->size()), static_cast<std::uint32_t>(src.size()),
                cp_index);
  }
}

}  // namespace

NormalizedText Normalize(std::string_view source, NormalForm form) {
  NormalizedText result;
  result.text.reserve(source.size());
  result.map.Reserve(source.size() / 2 + 1);
  Run(source, form, &result.text, &result.map);
  return result;
}

std::string NormalizeString(std::string_view source, NormalForm form) {
  std::string out;
  out.reserve(source.size());
  Run(source, form, &out, nullptr);
  return out;
}

}  // namespace marsad::text
