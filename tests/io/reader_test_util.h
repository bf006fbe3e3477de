// Helpers for the reader and writer tests: read a string, collect quads or the error.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "io/rdf_reader.h"
#include "marsad/term.h"

namespace marsad::testing {

struct ReadOutcome {
  Status status;
  std::vector<Quad> quads;
  std::vector<Status> bad_lines;  // with skip_bad
};

inline ReadOutcome ReadString(const std::string& text, RdfFormat format, bool skip_bad = false,
                              const std::string& base_iri = "") {
  ReadOutcome outcome;
  std::istringstream in(text);
  io::ReaderOptions options;
  options.format = format;
  options.source_name = "test";
  options.base_iri = base_iri;
  options.skip_bad = skip_bad;
  options.on_bad_line = [&outcome](const Status& s) { outcome.bad_lines.push_back(s); };
  outcome.status = io::ReadRdf(in, options, [&outcome](Quad& quad) {
    outcome.quads.push_back(std::move(quad));
    return Status::Ok();
  });
  return outcome;
}

inline Term Ex(const std::string& local) { return Term::Iri("http://ex/" + local); }

}  // namespace marsad::testing
