// Fuzzes the rule language (grammar/rules/rule_parser.h) and, when a fuzzed rule file parses,
// its compilation against the default lexicons (extract::RuleSet) and a run of those rules over
// a short fixed article, so arbitrary patterns also reach the matcher.
// Contract checked: never crashes; errors are syntax or structure errors located inside the
// input; rules the parser accepts either compile or are refused with kInvalidArgument.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/rule_set.h"
#include "fuzz_check.h"
#include "grammar/rules/rule_parser.h"

namespace {

// A made-up dateline and two sentences with a title, a person, a place and an event verb.
constexpr std::string_view kArticle =
    "طهران - السبت ١٠ أكتوبر ٢٠٢٠\n"
    "قال الرئيس الإيراني حسن روحاني في طهران إن الحكومة ستعقد اجتماعا.\n"
    "وزار وزير الخارجية موسكو يوم الأحد والتقى نظيره الروسي.\n";

const marsad::extract::Lexicons& DefaultLexicons() {
  static const marsad::extract::Lexicons* const lexicons = [] {
    marsad::Result<marsad::extract::Lexicons> loaded = marsad::extract::Lexicons::LoadDefault();
    MARSAD_FUZZ_CHECK_STATUS(loaded.ok(), loaded.status());
    return new marsad::extract::Lexicons(std::move(*loaded));
  }();
  return *lexicons;
}

}  // namespace

// The lexicons and ICU data load once, outside libFuzzer's per-input timeout.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  (void)DefaultLexicons();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = marsad::fuzz::AsText(data, size);
  marsad::Result<marsad::rules::RuleFile> parsed = marsad::rules::ParseRules(text, "<fuzz>");
  if (!parsed.ok()) {
    const marsad::Status status = parsed.status();
    MARSAD_FUZZ_CHECK_STATUS(status.code() == marsad::StatusCode::kSyntaxError ||
                                 status.code() == marsad::StatusCode::kInvalidArgument,
                             status);
    MARSAD_FUZZ_CHECK_STATUS(marsad::fuzz::LocationInside(status, size), status);
    return 0;
  }
  marsad::extract::RuleSet rules;
  const marsad::Status added = rules.AddText(text, "<fuzz>", DefaultLexicons());
  if (!added.ok()) {
    MARSAD_FUZZ_CHECK_STATUS(added.code() == marsad::StatusCode::kInvalidArgument, added);
    return 0;
  }
  marsad::extract::ArticleMeta meta;
  meta.file_stem = "fuzz";
  marsad::Result<marsad::extract::ArticleExtraction> extracted =
      marsad::extract::ExtractArticle(kArticle, meta, DefaultLexicons(), rules);
  MARSAD_FUZZ_CHECK_STATUS(extracted.ok(), extracted.status());
  return 0;
}
