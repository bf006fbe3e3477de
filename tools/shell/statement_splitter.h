// Cuts shell input into statements. A statement may span lines and ends with ';' at the end
// of an input line -- but only when the text before that ';' is a complete request according
// to the query grammar (query::IsComplete). So a ';' that ends a line inside an open group,
// an unterminated string or a Turtle-style predicate list ("?s :p ?o ;") does not end the
// statement; no brackets or quotes are counted here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace marsad::shell {

class StatementSplitter {
 public:
  // Adds one input line (without its newline). Returns the statement the line completed,
  // without its final ';' (surrounding whitespace trimmed), or nothing while more is needed.
  // A line holding only ';' (or blanks) while nothing is pending yields nothing.
  std::optional<std::string> AddLine(std::string_view line);

  // True while part of a statement is buffered (the prompt shows the continuation form).
  bool pending() const { return !buffer_.empty(); }

  // The buffered text, e.g. what is left when input ends without a final ';'. Clears it.
  std::string TakePending();
  void Clear() { buffer_.clear(); }

 private:
  std::string buffer_;
};

// `text` without leading and trailing ASCII whitespace.
std::string_view TrimWhitespace(std::string_view text);

}  // namespace marsad::shell
