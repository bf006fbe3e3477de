#include <string>

#include "marsad/options.h"

namespace marsad {

namespace {
bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

bool RdfFormatFromExtension(const std::string& path, RdfFormat* format) {
  if (EndsWith(path, ".nt")) return (*format = RdfFormat::kNTriples), true;
  if (EndsWith(path, ".nq")) return (*format = RdfFormat::kNQuads), true;
  if (EndsWith(path, ".ttl")) return (*format = RdfFormat::kTurtle), true;
  return false;
}

bool RdfFormatFromName(const std::string& name, RdfFormat* format) {
  if (name == "nt" || name == "ntriples" || name == "n-triples") {
    return (*format = RdfFormat::kNTriples), true;
  }
  if (name == "nq" || name == "nquads" || name == "n-quads") {
    return (*format = RdfFormat::kNQuads), true;
  }
  if (name == "ttl" || name == "turtle") return (*format = RdfFormat::kTurtle), true;
  return false;
}

}  // namespace marsad
