// Fuzzes the whole extraction path (engine/src/extract): article bytes -> sidecar metadata,
// entities, offices and events -> quads, with the default lexicons and rules.
// Contract checked: never crashes; ill-formed text is refused with kInvalidArgument; otherwise
// every quad has a subject, predicate and object, and all their text is well-formed UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/quads.h"
#include "extract/rule_set.h"
#include "fuzz_check.h"
#include "marsad/term.h"
#include "text/utf8.h"

namespace {

struct Defaults {
  marsad::extract::Lexicons lexicons;
  marsad::extract::RuleSet rules;
};

const Defaults& LoadDefaults() {
  static const Defaults* const defaults = [] {
    marsad::Result<marsad::extract::Lexicons> lexicons = marsad::extract::Lexicons::LoadDefault();
    MARSAD_FUZZ_CHECK_STATUS(lexicons.ok(), lexicons.status());
    marsad::Result<marsad::extract::RuleSet> rules =
        marsad::extract::RuleSet::LoadDefault(*lexicons);
    MARSAD_FUZZ_CHECK_STATUS(rules.ok(), rules.status());
    return new Defaults{std::move(*lexicons), std::move(*rules)};
  }();
  return *defaults;
}

bool WellFormed(const marsad::Term& term) {
  return marsad::text::FindInvalidUtf8(term.value()) == std::string::npos &&
         marsad::text::FindInvalidUtf8(term.datatype()) == std::string::npos &&
         marsad::text::FindInvalidUtf8(term.language()) == std::string::npos;
}

}  // namespace

// The lexicons, rules and ICU data load once, outside libFuzzer's per-input timeout.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  (void)LoadDefaults();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = marsad::fuzz::AsText(data, size);
  const Defaults& defaults = LoadDefaults();
  marsad::extract::ArticleMeta meta;
  meta.file_stem = "fuzz";
  meta.file = "fuzz.txt";
  // The same bytes as a metadata sidecar: its errors must be kInvalidArgument.
  marsad::extract::ArticleMeta sidecar = meta;
  const marsad::Status parsed = marsad::extract::ParseArticleSidecar(text, &sidecar);
  MARSAD_FUZZ_CHECK_STATUS(parsed.ok() || parsed.code() == marsad::StatusCode::kInvalidArgument,
                           parsed);
  meta.date = marsad::text::CivilDate{2020, 10, 10};
  marsad::Result<marsad::extract::ArticleExtraction> extracted =
      marsad::extract::ExtractArticle(text, meta, defaults.lexicons, defaults.rules);
  if (!extracted.ok()) {
    const marsad::Status status = extracted.status();
    MARSAD_FUZZ_CHECK_STATUS(status.code() == marsad::StatusCode::kInvalidArgument, status);
    MARSAD_FUZZ_CHECK_STATUS(marsad::fuzz::LocationInside(status, size), status);
    return 0;
  }
  for (const marsad::Quad& quad : marsad::extract::ToQuads(*extracted)) {
    MARSAD_FUZZ_CHECK(!quad.subject.is_null() && !quad.predicate.is_null());
    MARSAD_FUZZ_CHECK(!quad.object.is_null());
    MARSAD_FUZZ_CHECK(WellFormed(quad.subject) && WellFormed(quad.predicate));
    MARSAD_FUZZ_CHECK(WellFormed(quad.object) && WellFormed(quad.graph));
  }
  return 0;
}
