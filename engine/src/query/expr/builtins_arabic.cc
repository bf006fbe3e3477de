// Marsad's extension functions for Arabic text (namespace marsad: <http://marsad.dev/ns#>):
//   marsad:matches(text, query)  true when the match key of `query` occurs in the match key of
//                                `text` (hamza forms, ta marbuta, alef maqsura, diacritics,
//                                tatweel and Persian letters folded, as the text layer does)
//   marsad:normalize(text)       the match key itself, keeping the language tag
//   marsad:translit(text)        ICU Arabic-Latin transliteration (non-Arabic passes through)
#include "query/expr/builtins.h"
#include "text/normalizer.h"
#include "text/transliterator.h"

namespace marsad::query::expr {
namespace {

Value Matches(std::span<const Value> a, FunctionEnv&) {
  const Term *text = StringArg(a[0]), *query = StringArg(a[1]);
  if (!text || !query) return kError;
  const std::string key = text::MatchKey(query->value());
  return Term::Boolean(text::MatchKey(text->value()).find(key) != std::string::npos);
}

Value Normalize(std::span<const Value> a, FunctionEnv&) {
  const Term* s = StringArg(a[0]);
  if (!s) return kError;
  return StringLike(text::MatchKey(s->value()), *s);
}

Value Translit(std::span<const Value> a, FunctionEnv&) {
  const Term* s = StringArg(a[0]);
  if (!s) return kError;
  Result<std::string> latin = text::TransliterateArabic(s->value());
  if (!latin.ok()) return kError;
  return Term::Literal(std::move(*latin));
}

constexpr Builtin kArabicFunctions[] = {
    {"http://marsad.dev/ns#matches", 2, 2, Matches},
    {"http://marsad.dev/ns#normalize", 1, 1, Normalize},
    {"http://marsad.dev/ns#translit", 1, 1, Translit},
};

}  // namespace

std::span<const Builtin> ArabicBuiltins() { return kArabicFunctions; }

}  // namespace marsad::query::expr
