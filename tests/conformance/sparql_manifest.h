// Reading the W3C SPARQL test manifests (test-manifest, test-query and test-update
// vocabularies) for the evaluation runner: each mf:QueryEvaluationTest and
// mf:UpdateEvaluationTest with its query, data, named graphs and expected result.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "marsad/status.h"

namespace marsad::testing {

// A data file loaded into a named graph. For qt:graphData the graph is the file's own IRI;
// for ut:graphData it is the rdfs:label.
struct GraphFile {
  std::filesystem::path file;
  std::string graph_iri;
};

struct SparqlEvalTest {
  std::string name;  // mf:name (or the entry's IRI fragment when absent)
  bool update = false;
  std::filesystem::path query;           // qt:query or ut:request
  std::string query_iri;                 // its IRI, the base for relative IRIs in it
  std::vector<std::filesystem::path> data;  // qt:data / ut:data: the default graph
  std::vector<GraphFile> graph_data;         // qt:graphData / ut:graphData
  std::filesystem::path result;              // query tests: the expected result file
  // mf:resultCardinality mf:LaxCardinality (REDUCED): duplicates may or may not be removed.
  bool lax_cardinality = false;
  // Update tests: the expected store afterwards.
  std::vector<std::filesystem::path> result_data;
  std::vector<GraphFile> result_graph_data;
};

// The IRI under which the runner reads a file of the suites: file:// plus its absolute path,
// so relative IRIs in queries, data and results resolve alike.
std::string FileIri(const std::filesystem::path& file);

// Lists the evaluation tests of `dir`/manifest.ttl in mf:entries order; entries of other types
// (syntax tests, result-format tests) are left out.
Result<std::vector<SparqlEvalTest>> ReadSparqlEvalManifest(const std::filesystem::path& dir);

}  // namespace marsad::testing
