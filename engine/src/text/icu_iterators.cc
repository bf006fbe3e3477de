#include "text/icu_iterators.h"

#include <memory>

#include <unicode/locid.h>

#include "text/icu_status.h"

namespace marsad::text::internal {
namespace {

struct Prototype {
  std::unique_ptr<icu::BreakIterator> iterator;
  UErrorCode error = U_ZERO_ERROR;
};

Prototype MakePrototype(BreakKind kind) {
  Prototype p;
  const icu::Locale arabic("ar");
  switch (kind) {
    case BreakKind::kWord:
      p.iterator.reset(icu::BreakIterator::createWordInstance(arabic, p.error));
      break;
    case BreakKind::kSentence:
      p.iterator.reset(icu::BreakIterator::createSentenceInstance(arabic, p.error));
      break;
    case BreakKind::kCharacter:
      p.iterator.reset(icu::BreakIterator::createCharacterInstance(arabic, p.error));
      break;
  }
  if (U_SUCCESS(p.error) && p.iterator == nullptr) p.error = U_MEMORY_ALLOCATION_ERROR;
  return p;
}

const Prototype& PrototypeFor(BreakKind kind) {
  // Built once, read-only afterwards: clone() on a const prototype is thread-safe.
  static const Prototype word = MakePrototype(BreakKind::kWord);
  static const Prototype sentence = MakePrototype(BreakKind::kSentence);
  static const Prototype character = MakePrototype(BreakKind::kCharacter);
  switch (kind) {
    case BreakKind::kWord: return word;
    case BreakKind::kSentence: return sentence;
    case BreakKind::kCharacter: return character;
  }
  return word;
}

}  // namespace

Result<icu::BreakIterator*> ThreadBreakIterator(BreakKind kind) {
  thread_local std::unique_ptr<icu::BreakIterator> cache[3];
  auto& slot = cache[static_cast<int>(kind)];
  if (slot == nullptr) {
    const Prototype& p = PrototypeFor(kind);
    if (U_FAILURE(p.error)) return IcuStatus(p.error, "creating a BreakIterator");
    slot.reset(p.iterator->clone());
    if (slot == nullptr) return IcuStatus(U_MEMORY_ALLOCATION_ERROR, "cloning a BreakIterator");
  }
  return slot.get();
}

}  // namespace marsad::text::internal
