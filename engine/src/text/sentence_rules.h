// Sentence-boundary rules on top of ICU. INTERNAL to engine/src/text (exposes ICU types).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

#include "marsad/status.h"

namespace marsad::text::internal {

// Byte offsets (absolute in `source`) where sentences of the paragraph [begin, end) end; the
// last is always `end`. ICU proposes the candidates; a candidate is dropped when the text
// before it ends with an abbreviation: a standalone one-letter word plus "." (د. أ. U.S.
// أ.ف.ب) unless that letter follows a number (the era marks «2020 م.»), or a Latin
// abbreviation from a short list (Mr. Dr. Gen. ...).
Result<std::vector<std::size_t>> SentenceEnds(std::string_view source, std::size_t begin,
                                              std::size_t end, icu::BreakIterator* sentences);

}  // namespace marsad::text::internal
