// Term tests and constructors: STR, LANG, DATATYPE, IRI/URI, BNODE, isIRI, isBlank,
// isLiteral, isNumeric, sameTerm, STRDT, STRLANG, UUID, STRUUID and the XSD cast functions.
#include <cmath>
#include <random>
#include <string>

#include "query/expr/builtins.h"
#include "query/expr/datetime.h"

namespace marsad::query::expr {
namespace {

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

Value Str(std::span<const Value> a, FunctionEnv&) {
  if (a[0]->is_blank()) return kError;
  return Term::Literal(a[0]->value());
}

Value Lang(std::span<const Value> a, FunctionEnv&) {
  if (!a[0]->is_literal()) return kError;
  return Term::Literal(a[0]->language());
}

Value Datatype(std::span<const Value> a, FunctionEnv&) {
  if (!a[0]->is_literal()) return kError;
  return Term::Iri(a[0]->datatype());
}

Value Iri(std::span<const Value> a, FunctionEnv&) {
  if (a[0]->is_iri()) return *a[0];
  if (a[0]->is_literal() && a[0]->datatype() == xsd::kString) return Term::Iri(a[0]->value());
  return kError;
}

// BNODE() is fresh per call; BNODE(str) should be the same node for equal strings within a
// row -- we approximate by deriving the label from the string.
Value Bnode(std::span<const Value> a, FunctionEnv& env) {
  if (a.empty()) return Term::Blank(env.bnode_prefix + std::to_string(env.next_bnode++));
  const Term* s = StringArg(a[0]);
  if (!s || !s->language().empty()) return kError;
  std::string label = env.bnode_prefix + "s";
  for (unsigned char c : s->value()) label += std::isalnum(c) ? static_cast<char>(c) : '_';
  return Term::Blank(std::move(label));
}

// A random (version 4, RFC 4122) UUID in its 8-4-4-4-12 lower-case hex form, fresh per call.
std::string RandomUuid() {
  thread_local std::mt19937_64 engine{std::random_device{}()};
  std::uint64_t high = engine(), low = engine();
  high = (high & ~0xF000ULL) | 0x4000ULL;                      // version 4
  low = (low & ~(0xC0ULL << 56)) | (0x80ULL << 56);            // variant 10
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 32; ++i) {
    const std::uint64_t word = i < 16 ? high : low;
    out += kHex[(word >> (60 - 4 * (i % 16))) & 0xF];
    if (i == 7 || i == 11 || i == 15 || i == 19) out += '-';
  }
  return out;
}

Value Uuid(std::span<const Value>, FunctionEnv&) { return Term::Iri("urn:uuid:" + RandomUuid()); }
Value StrUuid(std::span<const Value>, FunctionEnv&) { return Term::Literal(RandomUuid()); }

template <bool (*Test)(const Term&)>
Value TermTest(std::span<const Value> a, FunctionEnv&) {
  return Term::Boolean(Test(*a[0]));
}
bool TestIri(const Term& t) { return t.is_iri(); }
bool TestBlank(const Term& t) { return t.is_blank(); }
bool TestLiteral(const Term& t) { return t.is_literal(); }
bool TestNumeric(const Term& t) { return ToNumeric(t).has_value(); }

Value SameTerm(std::span<const Value> a, FunctionEnv&) { return Term::Boolean(*a[0] == *a[1]); }

Value StrDt(std::span<const Value> a, FunctionEnv&) {
  const Term* s = StringArg(a[0]);
  if (!s || !s->language().empty() || !a[1]->is_iri()) return kError;
  return Term::Typed(s->value(), a[1]->value());
}

Value StrLang(std::span<const Value> a, FunctionEnv&) {
  const Term *s = StringArg(a[0]), *lang = StringArg(a[1]);
  if (!s || !s->language().empty() || !lang || lang->value().empty()) return kError;
  return Term::LangLiteral(s->value(), lang->value());
}

// Casts follow the XPath casting table for the types the engine knows.
Value CastString(std::span<const Value> a, FunctionEnv&) {
  if (a[0]->is_blank()) return kError;
  return Term::Literal(a[0]->value());
}

Value CastNumeric(const Term& v, Numeric::Kind kind) {
  std::optional<Numeric> n = ToNumeric(v);
  if (!n && v.is_literal() && v.datatype() == xsd::kBoolean) {
    n = Numeric{Numeric::Kind::kInteger, v.value() == "true" || v.value() == "1" ? 1 : 0, 0};
  }
  if (!n && v.is_literal() && v.datatype() == xsd::kString) {
    std::string_view name = kind == Numeric::Kind::kInteger   ? "integer"
                            : kind == Numeric::Kind::kDecimal ? "decimal"
                            : kind == Numeric::Kind::kFloat   ? "float"
                                                              : "double";
    n = ToNumeric(Term::Typed(v.value(), std::string(kXsd) + std::string(name)));
  }
  if (!n) return kError;
  if (kind == Numeric::Kind::kInteger && n->kind != Numeric::Kind::kInteger) {
    if (!std::isfinite(n->real)) return kError;
    n->integer = static_cast<std::int64_t>(std::trunc(n->real));
  } else if (kind != Numeric::Kind::kInteger && n->kind == Numeric::Kind::kInteger) {
    n->real = static_cast<long double>(n->integer);
  }
  if (kind == Numeric::Kind::kDecimal && !std::isfinite(n->real)) return kError;
  n->kind = kind;
  return FromNumeric(*n);
}

Value CastInteger(std::span<const Value> a, FunctionEnv&) {
  return CastNumeric(*a[0], Numeric::Kind::kInteger);
}
Value CastDecimal(std::span<const Value> a, FunctionEnv&) {
  return CastNumeric(*a[0], Numeric::Kind::kDecimal);
}
Value CastFloat(std::span<const Value> a, FunctionEnv&) {
  return CastNumeric(*a[0], Numeric::Kind::kFloat);
}
Value CastDouble(std::span<const Value> a, FunctionEnv&) {
  return CastNumeric(*a[0], Numeric::Kind::kDouble);
}

Value CastBoolean(std::span<const Value> a, FunctionEnv&) {
  const Term& v = *a[0];
  if (!v.is_literal()) return kError;
  if (v.datatype() == xsd::kBoolean || v.datatype() == xsd::kString) {
    if (v.value() == "true" || v.value() == "1") return Term::Boolean(true);
    if (v.value() == "false" || v.value() == "0") return Term::Boolean(false);
    return kError;
  }
  std::optional<Numeric> n = ToNumeric(v);
  if (!n) return kError;
  return Term::Boolean(n->kind == Numeric::Kind::kInteger ? n->integer != 0
                                                          : !(n->real == 0 || std::isnan(n->real)));
}

template <bool kIsDate>
Value CastDate(std::span<const Value> a, FunctionEnv&) {
  const Term& v = *a[0];
  const std::string_view target = kIsDate ? xsd::kDate : xsd::kDateTime;
  if (!v.is_literal()) return kError;
  if (v.datatype() != xsd::kString && v.datatype() != target) return kError;
  if (!ParseDateTime(v.value(), kIsDate)) return kError;
  return Term::Typed(v.value(), std::string(target));
}

constexpr Builtin kTermFunctions[] = {
    {"STR", 1, 1, Str},
    {"LANG", 1, 1, Lang},
    {"DATATYPE", 1, 1, Datatype},
    {"IRI", 1, 1, Iri},
    {"URI", 1, 1, Iri},
    {"BNODE", 0, 1, Bnode},
    {"UUID", 0, 0, Uuid},
    {"STRUUID", 0, 0, StrUuid},
    {"ISIRI", 1, 1, TermTest<TestIri>},
    {"ISURI", 1, 1, TermTest<TestIri>},
    {"ISBLANK", 1, 1, TermTest<TestBlank>},
    {"ISLITERAL", 1, 1, TermTest<TestLiteral>},
    {"ISNUMERIC", 1, 1, TermTest<TestNumeric>},
    {"SAMETERM", 2, 2, SameTerm},
    {"STRDT", 2, 2, StrDt},
    {"STRLANG", 2, 2, StrLang},
    {"http://www.w3.org/2001/XMLSchema#string", 1, 1, CastString},
    {"http://www.w3.org/2001/XMLSchema#integer", 1, 1, CastInteger},
    {"http://www.w3.org/2001/XMLSchema#decimal", 1, 1, CastDecimal},
    {"http://www.w3.org/2001/XMLSchema#float", 1, 1, CastFloat},
    {"http://www.w3.org/2001/XMLSchema#double", 1, 1, CastDouble},
    {"http://www.w3.org/2001/XMLSchema#boolean", 1, 1, CastBoolean},
    {"http://www.w3.org/2001/XMLSchema#date", 1, 1, CastDate<true>},
    {"http://www.w3.org/2001/XMLSchema#dateTime", 1, 1, CastDate<false>},
};

}  // namespace

std::span<const Builtin> TermBuiltins() { return kTermFunctions; }

}  // namespace marsad::query::expr
