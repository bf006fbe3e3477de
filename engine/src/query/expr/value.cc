#include "query/expr/value.h"

#include <array>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "query/expr/datetime.h"

namespace marsad::query::expr {
namespace {

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

// xsd:integer and the built-in types derived from it.
constexpr std::array<std::string_view, 13> kIntegerTypes = {
    "integer",         "int",           "long",         "short",
    "byte",            "nonNegativeInteger", "nonPositiveInteger", "negativeInteger",
    "positiveInteger", "unsignedLong",  "unsignedInt",  "unsignedShort",
    "unsignedByte"};

std::string_view LocalXsdName(std::string_view datatype) {
  if (datatype.substr(0, kXsd.size()) != kXsd) return {};
  return datatype.substr(kXsd.size());
}

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string_view StripSign(std::string_view s) {
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
  return s;
}

bool ValidDecimalLexical(std::string_view s) {
  s = StripSign(s);
  const std::size_t dot = s.find('.');
  if (dot == std::string_view::npos) return IsDigits(s);
  std::string_view a = s.substr(0, dot), b = s.substr(dot + 1);
  return (a.empty() || IsDigits(a)) && (b.empty() || IsDigits(b)) && !(a.empty() && b.empty());
}

bool ValidDoubleLexical(std::string_view s) {
  if (s == "INF" || s == "-INF" || s == "+INF" || s == "NaN") return true;
  const std::size_t e = s.find_first_of("eE");
  if (e == std::string_view::npos) return ValidDecimalLexical(s);
  return ValidDecimalLexical(s.substr(0, e)) && IsDigits(StripSign(s.substr(e + 1)));
}

long double ParseReal(std::string_view s) {
  if (s == "INF" || s == "+INF") return HUGE_VALL;
  if (s == "-INF") return -HUGE_VALL;
  if (s == "NaN") return NAN;
  return std::strtold(std::string(s).c_str(), nullptr);
}

template <typename T>
int Sign(T a, T b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

bool IsDateType(std::string_view dt) { return dt == xsd::kDate || dt == xsd::kDateTime; }

}  // namespace

bool IsIntegerDatatype(std::string_view datatype) {
  std::string_view local = LocalXsdName(datatype);
  for (std::string_view t : kIntegerTypes) {
    if (local == t) return true;
  }
  return false;
}

bool IsNumericDatatype(std::string_view datatype) {
  std::string_view local = LocalXsdName(datatype);
  return local == "decimal" || local == "double" || local == "float" ||
         IsIntegerDatatype(datatype);
}

std::optional<Numeric> ToNumeric(const Term& term) {
  if (!term.is_literal()) return std::nullopt;
  const std::string& dt = term.datatype();
  const std::string& lex = term.value();
  Numeric n;
  if (IsIntegerDatatype(dt)) {
    if (!IsDigits(StripSign(lex))) return std::nullopt;
    errno = 0;
    long long v = std::strtoll(lex.c_str(), nullptr, 10);
    if (errno == ERANGE) {  // too large for int64: keep going as a decimal
      n.kind = Numeric::Kind::kDecimal;
      n.real = std::strtold(lex.c_str(), nullptr);
      return n;
    }
    n.integer = v;
    return n;
  }
  std::string_view local = LocalXsdName(dt);
  if (local == "decimal") {
    if (!ValidDecimalLexical(lex)) return std::nullopt;
    n.kind = Numeric::Kind::kDecimal;
  } else if (local == "double" || local == "float") {
    if (!ValidDoubleLexical(lex)) return std::nullopt;
    n.kind = local == "double" ? Numeric::Kind::kDouble : Numeric::Kind::kFloat;
  } else {
    return std::nullopt;
  }
  n.real = ParseReal(lex);
  return n;
}

Term MakeDecimal(long double value) {
  char buf[128];
  std::snprintf(buf, sizeof buf, "%.15Lf", value);
  std::string s(buf);
  while (s.size() > 1 && s.back() == '0') s.pop_back();
  if (s.back() == '.') s += '0';
  if (s == "-0.0") s = "0.0";
  return Term::Typed(std::move(s), std::string(kXsd) + "decimal");
}

Term MakeDouble(long double value) {
  std::string s;
  if (std::isnan(value)) {
    s = "NaN";
  } else if (std::isinf(value)) {
    s = value > 0 ? "INF" : "-INF";
  } else {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15Le", value);  // d.ddddde+XX
    std::string m(buf);
    const std::size_t e = m.find('e');
    std::string mantissa = m.substr(0, e);
    const int exponent = std::atoi(m.c_str() + e + 1);
    while (mantissa.back() == '0') mantissa.pop_back();
    if (mantissa.back() == '.') mantissa += '0';
    s = mantissa + "E" + std::to_string(exponent);
  }
  return Term::Typed(std::move(s), std::string(xsd::kDouble));
}

Term FromNumeric(const Numeric& n) {
  switch (n.kind) {
    case Numeric::Kind::kInteger:
      return Term::Integer(n.integer);
    case Numeric::Kind::kDecimal:
      return MakeDecimal(n.real);
    case Numeric::Kind::kFloat: {
      Term t = MakeDouble(n.real);
      return Term::Typed(t.value(), std::string(kXsd) + "float");
    }
    case Numeric::Kind::kDouble:
      return MakeDouble(n.real);
  }
  return MakeDouble(n.real);
}

bool IsStringLiteral(const Term& term) {
  return term.is_literal() && (term.datatype() == xsd::kString ||
                               term.datatype() == xsd::kLangString);
}

bool HasKnownDatatype(const Term& term) {
  if (!term.is_literal()) return false;
  const std::string& dt = term.datatype();
  return IsStringLiteral(term) || IsNumericDatatype(dt) || dt == xsd::kBoolean ||
         IsDateType(dt);
}

std::optional<bool> EffectiveBooleanValue(const Value& value) {
  if (!value || !value->is_literal()) return std::nullopt;
  const Term& t = *value;
  if (t.datatype() == xsd::kBoolean) return t.value() == "true" || t.value() == "1";
  if (IsStringLiteral(t)) return !t.value().empty();
  if (IsNumericDatatype(t.datatype())) {
    std::optional<Numeric> n = ToNumeric(t);
    if (!n) return false;
    if (n->kind == Numeric::Kind::kInteger) return n->integer != 0;
    return !(n->real == 0 || std::isnan(n->real));
  }
  return std::nullopt;
}

std::optional<int> ValueCompare(const Term& a, const Term& b) {
  if (!a.is_literal() || !b.is_literal()) return std::nullopt;
  std::optional<Numeric> na = ToNumeric(a), nb = ToNumeric(b);
  if (na && nb) {
    if (na->kind == Numeric::Kind::kInteger && nb->kind == Numeric::Kind::kInteger) {
      return Sign(na->integer, nb->integer);
    }
    long double x = na->AsReal(), y = nb->AsReal();
    if (std::isnan(x) || std::isnan(y)) return std::nullopt;
    return Sign(x, y);
  }
  const std::string& da = a.datatype();
  if (da != b.datatype()) return std::nullopt;
  if (da == xsd::kString) return Sign(a.value().compare(b.value()), 0);
  if (da == xsd::kLangString) {
    if (a.language() != b.language()) return std::nullopt;
    return Sign(a.value().compare(b.value()), 0);
  }
  if (da == xsd::kBoolean) {
    auto ebv_a = EffectiveBooleanValue(a), ebv_b = EffectiveBooleanValue(b);
    return Sign(*ebv_a, *ebv_b);
  }
  if (IsDateType(da)) {
    auto pa = ParseDateTime(a.value(), da == xsd::kDate);
    auto pb = ParseDateTime(b.value(), da == xsd::kDate);
    if (!pa || !pb) return std::nullopt;
    return Sign(pa->Instant(), pb->Instant());
  }
  return std::nullopt;
}

std::optional<bool> ValueEquals(const Term& a, const Term& b) {
  if (a.kind() != TermKind::kLiteral || b.kind() != TermKind::kLiteral) return a == b;
  if (std::optional<int> c = ValueCompare(a, b)) return *c == 0;
  if (a == b) return true;
  // Literals of known but different value spaces (a string and a number) are simply unequal;
  // anything involving an unknown datatype or an ill-typed lexical form is an error.
  const bool a_valid = HasKnownDatatype(a) && (!IsNumericDatatype(a.datatype()) || ToNumeric(a));
  const bool b_valid = HasKnownDatatype(b) && (!IsNumericDatatype(b.datatype()) || ToNumeric(b));
  if (a_valid && b_valid) return false;
  return std::nullopt;
}

int OrderCompare(const Term* a, const Term* b) {
  auto rank = [](const Term* t) {
    if (t == nullptr || t->is_null()) return 0;
    if (t->is_blank()) return 1;
    if (t->is_iri()) return 2;
    return 3;
  };
  const int ra = rank(a), rb = rank(b);
  if (ra != rb || ra == 0) return Sign(ra, rb);
  if (ra == 3) {
    if (std::optional<int> c = ValueCompare(*a, *b); c && *c != 0) return *c;
  }
  if (int c = a->value().compare(b->value()); c != 0) return Sign(c, 0);
  if (int c = a->datatype().compare(b->datatype()); c != 0) return Sign(c, 0);
  return Sign(a->language().compare(b->language()), 0);
}

}  // namespace marsad::query::expr
