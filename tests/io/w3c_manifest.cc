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

Result<std::vector<ManifestEntry>> ReadManifestEntries(const std::filesystem::path& dir) {
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
  const auto list = manifest.find(std::string(kMf) + "entries");
  if (list == manifest.end()) return Status(StatusCode::kNotFound, "manifest has no mf:entries");
  std::vector<ManifestEntry> entries;
  // Walk the mf:entries list: rdf:first / rdf:rest up to rdf:nil.
  for (Term node = list->second; node.is_blank();) {
    const Properties& cell = subjects[node];
    const auto first = cell.find(std::string(kRdf) + "first");
    const auto rest = cell.find(std::string(kRdf) + "rest");
    if (first == cell.end() || rest == cell.end()) break;
    const Properties& props = subjects[first->second];
    ManifestEntry entry;
    entry.name = One(props, kMf, "name");
    entry.type = One(props, kRdf, "type");
    entry.action_file = FileName(One(props, kMf, "action"));
    entry.result_file = FileName(One(props, kMf, "result"));
    entry.base_iri = assumed_base + entry.action_file;
    entries.push_back(std::move(entry));
    node = rest->second;
  }
  return entries;
}

Result<std::vector<W3cTest>> ReadW3cManifest(const std::filesystem::path& dir) {
  Result<std::vector<ManifestEntry>> entries = ReadManifestEntries(dir);
  if (!entries.ok()) return entries.status();
  std::vector<W3cTest> tests;
  for (ManifestEntry& entry : *entries) {
    W3cTest test;
    if (!Classify(entry.type, &test.kind, &test.format)) {
      return Status(StatusCode::kNotSupported, "test " + entry.name + " has type " + entry.type);
    }
    test.name = std::move(entry.name);
    test.action_file = std::move(entry.action_file);
    if (test.kind == W3cTestKind::kEval) test.result_file = std::move(entry.result_file);
    test.base_iri = std::move(entry.base_iri);
    tests.push_back(std::move(test));
  }
  return tests;
}

}  // namespace marsad::testing
