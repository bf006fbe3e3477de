// Reading a W3C RDF test-suite manifest (manifest.ttl, test-manifest vocabulary) with our own
// Turtle reader.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "marsad/options.h"
#include "marsad/status.h"

namespace marsad::testing {

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
