// Locale-aware string comparison (ICU Collator) and case folding for the query engine.
#pragma once

#include <string>
#include <string_view>

#include "marsad/status.h"

namespace marsad::text {

// Compares two UTF-8 strings with the ICU collator of `language` (a BCP-47 tag such as "ar",
// "en", "fa"; "" means the root collation). Returns <0, 0 or >0. Collators are created once
// per language and thread and cached (ICU collators must not be shared for writes; cloning
// per thread keeps compare lock-free). kInvalidArgument for a malformed tag, kInternal when
// ICU fails. Ill-formed UTF-8 compares as U+FFFD.
Result<int> Collate(std::string_view language, std::string_view a, std::string_view b);

// A byte string whose memcmp order equals Collate's order for `language`: use it to sort many
// values without re-running the collator. Same errors as Collate.
Result<std::string> CollationKey(std::string_view language, std::string_view s);

// Unicode full case folding (Latin "Straße" -> "strasse", "ROUHANI" -> "rouhani"); scripts
// without case, such as Arabic, pass through unchanged.
std::string CaseFold(std::string_view utf8);

// Simple lowercase / uppercase mappings (SPARQL LCASE/UCASE) using the root locale.
std::string ToLower(std::string_view utf8);
std::string ToUpper(std::string_view utf8);

}  // namespace marsad::text
