// Internal: the built-in function tables, one per family, and helpers they share.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "query/expr/expr.h"

namespace marsad::query::expr {

std::span<const Builtin> OperatorBuiltins();  // builtins_operators.cc
std::span<const Builtin> StringBuiltins();    // builtins_string.cc
std::span<const Builtin> NumericBuiltins();   // builtins_numeric.cc
std::span<const Builtin> DateTimeBuiltins();  // builtins_datetime.cc
std::span<const Builtin> TermBuiltins();      // builtins_term.cc
std::span<const Builtin> ArabicBuiltins();    // builtins_arabic.cc (marsad: extensions)

// The argument as a string literal (simple or language-tagged), or nullptr.
const Term* StringArg(const Value& v);
// A literal with lexical form `lex` and the language tag of `like` (if any).
Term StringLike(std::string lex, const Term& like);
// SPARQL "argument compatibility" for STRSTARTS, CONTAINS, STRBEFORE, ...
bool ArgumentsCompatible(const Term& a, const Term& b);
// Number of Unicode code points in UTF-8 text.
std::size_t CodePointCount(std::string_view utf8);
// Byte offset of code point `index` (clamped to the end).
std::size_t CodePointOffset(std::string_view utf8, std::size_t index);

}  // namespace marsad::query::expr
