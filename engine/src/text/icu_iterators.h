// Per-thread ICU BreakIterators. INTERNAL to engine/src/text (exposes ICU types).
#pragma once

#include <unicode/brkiter.h>

#include "marsad/status.h"

namespace marsad::text::internal {

enum class BreakKind { kWord, kSentence, kCharacter };

// The calling thread's iterator of `kind` (root/Arabic rules), created on first use from a
// process-wide prototype. Never null when the Status is OK. Valid for the thread's lifetime;
// callers must setText before use and must not keep it across calls that may reuse it
// (each kind is one object per thread).
Result<icu::BreakIterator*> ThreadBreakIterator(BreakKind kind);

}  // namespace marsad::text::internal
