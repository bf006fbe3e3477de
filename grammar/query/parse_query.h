// Entry points of the query grammar: text to AST, completeness check for the shell, and the
// caret rendering of a syntax error.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "grammar/query/ast.h"
#include "marsad/status.h"

namespace marsad::query {

// Inputs longer than this are rejected before parsing (kResourceExhausted).
inline constexpr std::size_t kMaxQueryBytes = std::size_t{1} << 20;
// Nesting deeper than this (groups, brackets, paths, expressions) is a kSyntaxError
// "query nested too deeply (limit 256)".
inline constexpr int kMaxNestingDepth = 256;
// An expression tree deeper than this (a chain such as `1 + 1 + … + 1` nests one level per
// operator) is a kSyntaxError "expression nested too deeply": every later pass over the tree
// recurses, so depth, not input length, is what must stay bounded.
inline constexpr std::size_t kMaxExpressionDepth = 256;

// Parses one query or update request (with an optional EXPLAIN / EXPLAIN ANALYZE prefix).
// A syntax error returns kSyntaxError with SourceLocation{"<query>", line, column in code
// points, byte offset} and a message saying what was expected. Never throws.
Result<ast::Request> ParseQuery(std::string_view text);

// False when the input ended while the grammar still expected more (an open '{', a dangling
// "SELECT * WHERE", an unterminated long string); true for a complete request and for input with
// a syntax error before its end, which more lines cannot fix (a short string or an IRI left open
// at the end of a line is such an error). The shell reads another line while this is false.
bool IsComplete(std::string_view text);

// "syntax error at 2:15: expected ...\n<the offending line>\n<spaces>^" -- the caret sits under
// the error column; spacing counts display columns (Arabic combining marks take none).
// REQUIRES: `status` came from ParseQuery(text); without a location only the message is shown.
std::string FormatErrorWithCaret(std::string_view text, const Status& status);

}  // namespace marsad::query
