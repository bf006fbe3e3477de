// Turtle output: prefix declarations first, then consecutive triples with the same subject
// grouped with ';' and the same predicate with ','. Internal to marsad_io; use MakeRdfWriter.
#pragma once

#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "io/rdf_writer.h"

namespace marsad::io {

class TurtleWriter final : public RdfWriter {
 public:
  // REQUIRES: `out` outlives the writer.
  TurtleWriter(std::ostream& out, const WriterOptions& options);

  Status Write(const Quad& quad) override;
  Status Finish() override;

 private:
  Status WriteHeader();
  Status AppendTerm(const Term& term, std::string* out) const;
  Status AppendIri(const std::string& iri, std::string* out) const;
  // Appends a bare number or boolean when the literal's lexical form reads back as the same
  // term; returns false otherwise (and appends nothing).
  static bool AppendBareLiteral(const Term& term, std::string* out);
  Status FlushIfFull();

  std::ostream& out_;
  std::vector<std::pair<std::string, std::string>> prefixes_;
  bool header_written_ = false;
  bool subject_open_ = false;
  Term subject_;
  Term predicate_;
  std::string buffer_;
  std::string scratch_;
};

}  // namespace marsad::io
