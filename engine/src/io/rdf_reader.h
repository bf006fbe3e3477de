// Streaming RDF readers (N-Triples, N-Quads, Turtle). Contract shared by the importer
// (engine/src/api) and the conformance runner; implementation in engine/src/io and
// grammar/rdf.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

#include "marsad/options.h"
#include "marsad/status.h"
#include "marsad/term.h"

namespace marsad::io {

// Receives each quad as soon as it is parsed. Returning a non-OK status stops the reader,
// which then returns that status. The quad may be moved from.
using QuadHandler = std::function<Status(Quad& quad)>;

struct ReaderOptions {
  RdfFormat format = RdfFormat::kNTriples;
  std::string source_name = "<input>";  // used in error locations
  std::string base_iri;                 // Turtle: base for relative IRIs
  // Line-based formats only: on a bad line, call on_bad_line and go on with the next line.
  bool skip_bad = false;
  std::function<void(const Status&)> on_bad_line;
  // Called every so often with the number of bytes consumed so far.
  std::function<void(std::uint64_t bytes)> on_progress;
};

// Reads all of `in`. A syntax error returns kSyntaxError with SourceLocation{source_name, line,
// column (code points), byte offset}; quads delivered before the error were valid and complete,
// and no quad of the bad line/statement is delivered.
Status ReadRdf(std::istream& in, const ReaderOptions& options, const QuadHandler& handler);

}  // namespace marsad::io
