// Reading a W3C RDF test-suite manifest (manifest.ttl, test-manifest vocabulary) with our own
// Turtle reader.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "marsad/options.h"
#include "marsad/status.h"

namespace marsad::testing {

// One entry of mf:entries, as written: any test vocabulary (RDF syntaxes, SPARQL, ...).
struct ManifestEntry {
  std::string name;         // mf:name
  std::string type;         // rdf:type, a full IRI
  std::string action_file;  // mf:action as a file name inside the suite folder
  std::string result_file;  // mf:result as a file name; empty when absent
  std::string base_iri;     // the action's IRI per mf:assumedTestBase
};

// Reads `dir`/manifest.ttl with our Turtle reader and lists its entries in mf:entries order.
// (Suites whose mf:action is a node with qt:query etc. get the node's IRI here; they need
// their own walk.)
Result<std::vector<ManifestEntry>> ReadManifestEntries(const std::filesystem::path& dir);

enum class W3cTestKind { kPositiveSyntax, kNegativeSyntax, kEval, kNegativeEval };

struct W3cTest {
  std::string name;  // mf:name
  W3cTestKind kind;
  RdfFormat format;         // the syntax of the action file
  std::string action_file;  // file name inside the suite folder
  std::string result_file;  // eval tests: the expected N-Triples; empty otherwise
  std::string base_iri;     // the action's IRI per mf:assumedTestBase, for relative IRIs
};

// Lists the tests of `dir`/manifest.ttl in mf:entries order. Test types that are not RDF
// syntax tests are an error, so a suite change cannot silently drop tests.
Result<std::vector<W3cTest>> ReadW3cManifest(const std::filesystem::path& dir);

}  // namespace marsad::testing
