// SPARQL 1.1 value semantics over marsad::Term: numeric promotion, comparison, equality,
// effective boolean value. Expression evaluation never throws: a SPARQL type error is the
// distinct value kError (an empty Value), which FILTER treats as false and BIND as unbound.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "marsad/term.h"

namespace marsad::query::expr {

// The result of evaluating an expression: a term, or the SPARQL error value (nullopt).
using Value = std::optional<Term>;
inline constexpr std::nullopt_t kError = std::nullopt;

// A numeric literal's value after XSD type promotion (integer < decimal < float < double).
struct Numeric {
  enum class Kind : std::uint8_t { kInteger, kDecimal, kFloat, kDouble };
  Kind kind = Kind::kInteger;
  std::int64_t integer = 0;  // valid when kind == kInteger
  long double real = 0;      // valid otherwise (decimals are approximated by long double)

  long double AsReal() const {
    return kind == Kind::kInteger ? static_cast<long double>(integer) : real;
  }
};

// True for xsd:integer and its derived types, xsd:decimal, xsd:float, xsd:double.
bool IsNumericDatatype(std::string_view datatype);
// True for xsd:integer and the types derived from it (xsd:int, xsd:long, ...).
bool IsIntegerDatatype(std::string_view datatype);

// The numeric value of a literal; nullopt when the term is not a numeric literal or its
// lexical form is not valid for its datatype.
std::optional<Numeric> ToNumeric(const Term& term);
// A literal in the canonical lexical form of the numeric's kind.
Term FromNumeric(const Numeric& n);
Term MakeDouble(long double value);
Term MakeDecimal(long double value);

// True for a simple literal (xsd:string) or a language-tagged string.
bool IsStringLiteral(const Term& term);
// True when `term` is a literal of xsd:string, rdf:langString or a type whose values
// the engine understands (numeric, boolean, date, dateTime).
bool HasKnownDatatype(const Term& term);

// Effective boolean value (SPARQL 1.1 section 17.2.2); nullopt is a type error.
std::optional<bool> EffectiveBooleanValue(const Value& value);

// The `=` operator: RDFterm-equal extended with value equality for known datatypes.
// nullopt (error) when the terms are literals of unknown, different datatypes.
std::optional<bool> ValueEquals(const Term& a, const Term& b);
// The `<` family: -1, 0, 1, or nullopt when the operands are not comparable.
std::optional<int> ValueCompare(const Term& a, const Term& b);

// A total order for ORDER BY: unbound < blank nodes < IRIs < literals; literals compare by
// value where ValueCompare can, else by lexical form, datatype and language. Strings compare
// by code points here; collation per language is applied by the sort operator.
int OrderCompare(const Term* a, const Term* b);

}  // namespace marsad::query::expr
