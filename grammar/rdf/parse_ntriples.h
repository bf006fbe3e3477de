// N-Triples / N-Quads line parser. The reader (engine/src/io) splits the input into lines and
// hands each one here; PEGTL stays inside parse_ntriples.cc.
#pragma once

#include <string_view>

#include "marsad/status.h"
#include "marsad/term.h"

namespace marsad::grammar::rdf {

class LineParser {
 public:
  // `quads`: accept an optional graph label (N-Quads); otherwise N-Triples.
  explicit LineParser(bool quads) : quads_(quads) {}

  // Parses one line, given without its line break. Returns true with `*quad` filled when the
  // line holds a statement, false for a blank or comment-only line. On a syntax error (or
  // invalid UTF-8) returns kSyntaxError whose location is relative to the line: line 1, the
  // column in code points and the byte offset within `line`; the caller rebases them. `*quad`
  // is then unspecified.
  Result<bool> ParseLine(std::string_view line, Quad* quad) const;

 private:
  bool quads_;
};

}  // namespace marsad::grammar::rdf
