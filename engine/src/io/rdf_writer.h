// Streaming RDF writers. Contract shared by the exporter and the shell.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "marsad/options.h"
#include "marsad/status.h"
#include "marsad/term.h"

namespace marsad::io {

class RdfWriter {
 public:
  virtual ~RdfWriter() = default;
  // N-Triples and Turtle drop the graph. Turtle groups consecutive quads by subject.
  virtual Status Write(const Quad& quad) = 0;
  // Ends the document (closes an open Turtle subject) and flushes.
  virtual Status Finish() = 0;
};

struct WriterOptions {
  // Turtle: prefix declarations, as (prefix, namespace IRI) pairs, written at the top and used
  // to shorten IRIs.
  std::vector<std::pair<std::string, std::string>> prefixes;
};

std::unique_ptr<RdfWriter> MakeRdfWriter(std::ostream& out, RdfFormat format,
                                         const WriterOptions& options = {});

}  // namespace marsad::io
