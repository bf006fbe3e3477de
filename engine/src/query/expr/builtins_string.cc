// String built-ins: STRLEN, SUBSTR, UCASE, LCASE, STRSTARTS, STRENDS, CONTAINS, STRBEFORE,
// STRAFTER, CONCAT, LANGMATCHES, ENCODE_FOR_URI, REGEX, REPLACE.
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <string>

#include "query/expr/builtins.h"
#include "text/collation.h"
#include "text/regex.h"

namespace marsad::query::expr {
namespace {

Value StrLen(std::span<const Value> a, FunctionEnv&) {
  const Term* s = StringArg(a[0]);
  if (!s) return kError;
  return Term::Integer(static_cast<std::int64_t>(CodePointCount(s->value())));
}

// SUBSTR positions are 1-based code points; fractional arguments round as in XPath.
Value Substr(std::span<const Value> a, FunctionEnv&) {
  const Term* s = StringArg(a[0]);
  std::optional<Numeric> start = ToNumeric(*a[1]);
  if (!s || !start) return kError;
  const long double len_total = static_cast<long double>(CodePointCount(s->value()));
  long double from = std::round(start->AsReal());
  long double to = len_total + 1;
  if (a.size() == 3) {
    std::optional<Numeric> len = ToNumeric(*a[2]);
    if (!len) return kError;
    to = from + std::round(len->AsReal());
  }
  if (std::isnan(from) || std::isnan(to)) return StringLike("", *s);
  from = std::max<long double>(from, 1);
  to = std::min(to, len_total + 1);
  if (to <= from) return StringLike("", *s);
  const std::string& v = s->value();
  std::size_t b = CodePointOffset(v, static_cast<std::size_t>(from - 1));
  std::size_t e = CodePointOffset(v, static_cast<std::size_t>(to - 1));
  return StringLike(v.substr(b, e - b), *s);
}

// Full Unicode case mapping through the text layer (ICU root locale).
template <std::string (*Map)(std::string_view)>
Value ChangeCase(std::span<const Value> a, FunctionEnv&) {
  const Term* s = StringArg(a[0]);
  if (!s) return kError;
  return StringLike(Map(s->value()), *s);
}

// Checks the two string arguments of STRSTARTS-like functions.
bool TwoStrings(std::span<const Value> a, const Term** x, const Term** y) {
  *x = StringArg(a[0]);
  *y = StringArg(a[1]);
  return *x && *y && ArgumentsCompatible(**x, **y);
}

Value StrStarts(std::span<const Value> a, FunctionEnv&) {
  const Term *x, *y;
  if (!TwoStrings(a, &x, &y)) return kError;
  return Term::Boolean(x->value().starts_with(y->value()));
}

Value StrEnds(std::span<const Value> a, FunctionEnv&) {
  const Term *x, *y;
  if (!TwoStrings(a, &x, &y)) return kError;
  return Term::Boolean(x->value().ends_with(y->value()));
}

Value Contains(std::span<const Value> a, FunctionEnv&) {
  const Term *x, *y;
  if (!TwoStrings(a, &x, &y)) return kError;
  return Term::Boolean(x->value().find(y->value()) != std::string::npos);
}

Value StrBeforeAfter(std::span<const Value> a, bool before) {
  const Term *x, *y;
  if (!TwoStrings(a, &x, &y)) return kError;
  std::size_t pos = x->value().find(y->value());
  if (pos == std::string::npos) return Term::Literal("");
  std::string part = before ? x->value().substr(0, pos)
                            : x->value().substr(pos + y->value().size());
  return StringLike(std::move(part), *x);
}
Value StrBefore(std::span<const Value> a, FunctionEnv&) { return StrBeforeAfter(a, true); }
Value StrAfter(std::span<const Value> a, FunctionEnv&) { return StrBeforeAfter(a, false); }

Value Concat(std::span<const Value> a, FunctionEnv&) {
  std::string out;
  std::optional<std::string> lang;
  for (const Value& v : a) {
    const Term* s = StringArg(v);
    if (!s) return kError;
    out += s->value();
    if (!lang) {
      lang = s->language();
    } else if (*lang != s->language()) {
      lang = "";
    }
  }
  if (lang && !lang->empty()) return Term::LangLiteral(std::move(out), *lang);
  return Term::Literal(std::move(out));
}

// RFC 4647 basic filtering, as SPARQL's langMatches.
Value LangMatches(std::span<const Value> a, FunctionEnv&) {
  const Term *tag = StringArg(a[0]), *range = StringArg(a[1]);
  if (!tag || !range) return kError;
  std::string t = tag->value(), r = range->value();
  for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (r == "*") return Term::Boolean(!t.empty());
  return Term::Boolean(t == r || (t.starts_with(r) && t.size() > r.size() && t[r.size()] == '-'));
}

Value EncodeForUri(std::span<const Value> a, FunctionEnv&) {
  const Term* s = StringArg(a[0]);
  if (!s) return kError;
  std::string out;
  for (unsigned char c : s->value()) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      static constexpr char kHex[] = "0123456789ABCDEF";
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return Term::Literal(std::move(out));
}

// Compiled patterns are cached per thread, keyed by pattern and flags: a FILTER calls REGEX
// once per row with the same constant pattern. A bad pattern caches as null (an error value).
const text::Regex* CompileRegex(const std::string& pattern, const std::string& flags) {
  constexpr std::size_t kMaxCached = 64;
  thread_local std::map<std::pair<std::string, std::string>, std::optional<text::Regex>> cache;
  auto key = std::make_pair(pattern, flags);
  auto it = cache.find(key);
  if (it == cache.end()) {
    if (cache.size() > kMaxCached) cache.clear();
    Result<text::Regex> re = text::Regex::Compile(pattern, flags);
    std::optional<text::Regex> entry;
    if (re.ok()) entry.emplace(std::move(*re));
    it = cache.emplace(std::move(key), std::move(entry)).first;
  }
  return it->second ? &*it->second : nullptr;
}

Value Regex(std::span<const Value> a, FunctionEnv&) {
  const Term *text = StringArg(a[0]), *pattern = StringArg(a[1]);
  const Term* flags = a.size() == 3 ? StringArg(a[2]) : nullptr;
  if (!text || !pattern || (a.size() == 3 && !flags)) return kError;
  if (!pattern->language().empty()) return kError;  // the pattern is a simple literal
  const text::Regex* re = CompileRegex(pattern->value(), flags ? flags->value() : "");
  if (!re) return kError;
  return Term::Boolean(re->Search(text->value()));
}

// fn:replace: group references are $1..$9; the result keeps the input's language tag.
Value Replace(std::span<const Value> a, FunctionEnv&) {
  const Term *text = StringArg(a[0]), *pattern = StringArg(a[1]), *repl = StringArg(a[2]);
  const Term* flags = a.size() == 4 ? StringArg(a[3]) : nullptr;
  if (!text || !pattern || !repl || (a.size() == 4 && !flags)) return kError;
  const text::Regex* re = CompileRegex(pattern->value(), flags ? flags->value() : "");
  if (!re) return kError;
  Result<std::string> replaced = re->ReplaceAll(text->value(), repl->value());
  if (!replaced.ok()) return kError;
  return StringLike(std::move(*replaced), *text);
}

constexpr Builtin kStringFunctions[] = {
    {"STRLEN", 1, 1, StrLen},
    {"SUBSTR", 2, 3, Substr},
    {"UCASE", 1, 1, ChangeCase<text::ToUpper>},
    {"LCASE", 1, 1, ChangeCase<text::ToLower>},
    {"STRSTARTS", 2, 2, StrStarts},
    {"STRENDS", 2, 2, StrEnds},
    {"CONTAINS", 2, 2, Contains},
    {"STRBEFORE", 2, 2, StrBefore},
    {"STRAFTER", 2, 2, StrAfter},
    {"CONCAT", 0, -1, Concat},
    {"LANGMATCHES", 2, 2, LangMatches},
    {"ENCODE_FOR_URI", 1, 1, EncodeForUri},
    {"REGEX", 2, 3, Regex},
    {"REPLACE", 3, 4, Replace},
};

}  // namespace

std::span<const Builtin> StringBuiltins() { return kStringFunctions; }

}  // namespace marsad::query::expr
