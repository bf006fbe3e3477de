#include "w3c_manifest.h"

#include <fstream>
#include <map>
#include <utility>

#include "io/rdf_reader.h"

namespace marsad::testing {

namespace {

constexpr std::string_view kMf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kRdft = "http://www.w3.org/ns/rdftest#";
// The manifest is parsed against this base so that file names can be recovered from IRIs.
constexpr std::string_view kLocalBase = "http://manifest.invalid/";

using Properties = std::multimap<std::string, Term>;  // predicate -> object

std::string One(const Properties& props, std::string_view ns, const char* local) {
  const auto it = props.find(std::string(ns) + local);
  return it == props.end() ? std::string() : it->second.value();
}

std::string FileName(const std::string& iri) {
  return iri.compare(0, kLocalBase.size(), kLocalBase) == 0 ? iri.substr(kLocalBase.size()) : iri;
}

bool Classify(const std::string& type, W3cTestKind* kind, RdfFormat* format) {
  static const std::map<std::string, std::pair<W3cTestKind, RdfFormat>> kTypes = {
      {"TestNTriplesPositiveSyntax", {W3cTestKind::kPositiveSyntax, RdfFormat::kNTriples}},
      {"TestNTriplesNegativeSyntax", {W3cTestKind::kNegativeSyntax, RdfFormat::kNTriples}},
      {"TestNQuadsPositiveSyntax", {W3cTestKind::kPositiveSyntax, RdfFormat::kNQuads}},
      {"TestNQuadsNegativeSyntax", {W3cTestKind::kNegativeSyntax, RdfFormat::kNQuads}},
      {"TestTurtlePositiveSyntax", {W3cTestKind::kPositiveSyntax, RdfFormat::kTurtle}},
      {"TestTurtleNegativeSyntax", {W3cTestKind::kNegativeSyntax, RdfFormat::kTurtle}},
      {"TestTurtleEval", {W3cTestKind::kEval, RdfFormat::kTurtle}},
      {"TestTurtleNegativeEval", {W3cTestKind::kNegativeEval, RdfFormat::kTurtle}},
  };
  if (type.compare(0, kRdft.size(), kRdft) != 0) return false;
  const auto it = kTypes.find(type.substr(kRdft.size()));
  if (it == kTypes.end()) return false;
  *kind = it->second.first;
  *format = it->second.second;
  return true;
}

}  // namespace

Result<std::vector<W3cTest>> ReadW3cManifest(const std::filesystem::path& dir) {
  std::ifstream in(dir / "manifest.ttl", std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "no manifest.ttl in " + dir.string());
  io::ReaderOptions options;
  options.format = RdfFormat::kTurtle;
  options.source_name = (dir / "manifest.ttl").string();
  options.base_iri = std::string(kLocalBase) + "manifest.ttl";
  std::map<Term, Properties> subjects;
  Status read = io::ReadRdf(in, options, [&](Quad& quad) {
    subjects[quad.subject].emplace(quad.predicate.value(), std::move(quad.object));
    return Status::Ok();
  });
  if (!read.ok()) return read;

  const Properties& manifest = subjects[Term::Iri(options.base_iri)];
  const std::string assumed_base = One(manifest, kMf, "assumedTestBase");
  std::vector<W3cTest> tests;
  // Walk the mf:entries list: rdf:first / rdf:rest up to rdf:nil.
  const auto entries = manifest.find(std::string(kMf) + "entries");
  if (entries == manifest.end()) return Status(StatusCode::kNotFound, "manifest has no mf:entries");
  Term node = entries->second;
  while (node.is_blank()) {
    const Properties& cell = subjects[node];
    const auto first = cell.find(std::string(kRdf) + "first");
    const auto rest = cell.find(std::string(kRdf) + "rest");
    if (first == cell.end() || rest == cell.end()) break;
    const Properties& entry = subjects[first->second];
    W3cTest test;
    test.name = One(entry, kMf, "name");
    const std::string type = One(entry, kRdf, "type");
    if (!Classify(type, &test.kind, &test.format)) {
      return Status(StatusCode::kNotSupported, "test " + test.name + " has type " + type);
    }
    test.action_file = FileName(One(entry, kMf, "action"));
    if (test.kind == W3cTestKind::kEval) test.result_file = FileName(One(entry, kMf, "result"));
    test.base_iri = assumed_base + test.action_file;
    tests.push_back(std::move(test));
    node = rest->second;
  }
  return tests;
}

}  // namespace marsad::testing
