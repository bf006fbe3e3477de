// N-Triples / N-Quads line parser. The reader (engine/src/io) splits the input into lines and
// hands each one here; PEGTL stays inside parse_ntriples.cc.
#pragma once

#include <memory>
#include <string_view>

#include "marsad/status.h"
#include "marsad/term.h"

namespace marsad::grammar::ntriples {
struct LineState;
}  // namespace marsad::grammar::ntriples

namespace marsad::grammar::rdf {

// Keeps its scratch buffers from line to line (one parser per reader, not shared by threads).
class LineParser {
 public:
  // `quads`: accept an optional graph label (N-Quads); otherwise N-Triples.
  explicit LineParser(bool quads);
  ~LineParser();

  // Parses one line, given without its line break. Returns true with `*quad` filled when the
  // line holds a statement, false for a blank or comment-only line. On a syntax error (or
  // invalid UTF-8) returns kSyntaxError whose location is relative to the line: line 1, the
  // column in code points and the byte offset within `line`; the caller rebases them. `*quad`
  // is then unspecified.
  // Reusing one `*quad` for every line lets its strings' capacity serve the next lines.
  Result<bool> ParseLine(std::string_view line, Quad* quad);

 private:
  bool quads_;
  std::unique_ptr<ntriples::LineState> state_;
};

}  // namespace marsad::grammar::rdf
