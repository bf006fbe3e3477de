#include "sparql_manifest.h"

#include <fstream>
#include <map>
#include <utility>

#include "io/rdf_reader.h"

namespace marsad::testing {

namespace {

constexpr std::string_view kMf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
constexpr std::string_view kQt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
constexpr std::string_view kUt = "http://www.w3.org/2009/sparql/tests/test-update#";
constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kRdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";
constexpr std::string_view kFileScheme = "file://";

using Properties = std::multimap<std::string, Term>;  // predicate -> object
using Graph = std::map<Term, Properties>;

std::string Iri(std::string_view ns, const char* local) { return std::string(ns) + local; }

const Term* One(const Graph& graph, const Term& subject, const std::string& predicate) {
  const auto node = graph.find(subject);
  if (node == graph.end()) return nullptr;
  const auto it = node->second.find(predicate);
  return it == node->second.end() ? nullptr : &it->second;
}

std::vector<Term> All(const Graph& graph, const Term& subject, const std::string& predicate) {
  std::vector<Term> out;
  const auto node = graph.find(subject);
  if (node == graph.end()) return out;
  const auto [begin, end] = node->second.equal_range(predicate);
  for (auto it = begin; it != end; ++it) out.push_back(it->second);
  return out;
}

std::filesystem::path PathOf(const Term& iri) {
  const std::string& value = iri.value();
  return value.compare(0, kFileScheme.size(), kFileScheme) == 0
             ? std::filesystem::path(value.substr(kFileScheme.size()))
             : std::filesystem::path(value);
}

// ut:graphData / qt:graphData objects: a file IRI (qt) or a node with ut:graph and rdfs:label.
std::vector<GraphFile> GraphFiles(const Graph& graph, const Term& node, std::string_view ns) {
  std::vector<GraphFile> out;
  for (const Term& object : All(graph, node, Iri(ns, "graphData"))) {
    if (object.is_iri()) {
      out.push_back(GraphFile{PathOf(object), object.value()});
      continue;
    }
    const Term* file = One(graph, object, Iri(kUt, "graph"));
    const Term* label = One(graph, object, std::string(kRdfsLabel));
    if (file == nullptr) continue;
    out.push_back(GraphFile{PathOf(*file), label != nullptr ? label->value() : file->value()});
  }
  return out;
}

std::vector<std::filesystem::path> DataFiles(const Graph& graph, const Term& node,
                                             std::string_view ns) {
  std::vector<std::filesystem::path> out;
  for (const Term& object : All(graph, node, Iri(ns, "data"))) out.push_back(PathOf(object));
  return out;
}

// Fills `test` from the entry's mf:action (and mf:result); false when the action names no query.
bool ReadEntry(const Graph& graph, const Term& entry, SparqlEvalTest* test) {
  const Term* action = One(graph, entry, Iri(kMf, "action"));
  if (action == nullptr) return false;
  const std::string_view ns = test->update ? kUt : kQt;
  const Term* query = One(graph, *action, test->update ? Iri(kUt, "request") : Iri(kQt, "query"));
  if (query == nullptr) return false;
  test->query = PathOf(*query);
  test->query_iri = query->value();
  test->data = DataFiles(graph, *action, ns);
  test->graph_data = GraphFiles(graph, *action, ns);
  const Term* cardinality = One(graph, entry, Iri(kMf, "resultCardinality"));
  test->lax_cardinality = cardinality != nullptr && cardinality->value() == Iri(kMf, "LaxCardinality");
  const Term* result = One(graph, entry, Iri(kMf, "result"));
  if (result == nullptr) return true;
  if (test->update) {
    test->result_data = DataFiles(graph, *result, kUt);
    test->result_graph_data = GraphFiles(graph, *result, kUt);
  } else {
    test->result = PathOf(*result);
  }
  return true;
}

}  // namespace

std::string FileIri(const std::filesystem::path& file) {
  return std::string(kFileScheme) + std::filesystem::absolute(file).lexically_normal().string();
}

Result<std::vector<SparqlEvalTest>> ReadSparqlEvalManifest(const std::filesystem::path& dir) {
  const std::filesystem::path manifest = dir / "manifest.ttl";
  std::ifstream in(manifest, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "no manifest.ttl in " + dir.string());
  io::ReaderOptions options;
  options.format = RdfFormat::kTurtle;
  options.source_name = manifest.string();
  options.base_iri = FileIri(manifest);
  Graph graph;
  Status read = io::ReadRdf(in, options, [&](Quad& quad) {
    graph[quad.subject].emplace(quad.predicate.value(), std::move(quad.object));
    return Status::Ok();
  });
  if (!read.ok()) return read;

  // The manifest node is usually <> but may be a blank node: take the one with mf:entries.
  const Term* list = One(graph, Term::Iri(options.base_iri), Iri(kMf, "entries"));
  for (auto it = graph.begin(); list == nullptr && it != graph.end(); ++it) {
    list = One(graph, it->first, Iri(kMf, "entries"));
  }
  if (list == nullptr) return Status(StatusCode::kNotFound, "manifest has no mf:entries");
  std::vector<SparqlEvalTest> tests;
  // Walk the mf:entries list: rdf:first / rdf:rest up to rdf:nil.
  for (Term node = *list; node.is_blank();) {
    const Term* first = One(graph, node, Iri(kRdf, "first"));
    const Term* rest = One(graph, node, Iri(kRdf, "rest"));
    if (first == nullptr || rest == nullptr) break;
    node = *rest;
    const Term* type = One(graph, *first, Iri(kRdf, "type"));
    if (type == nullptr) continue;
    SparqlEvalTest test;
    if (type->value() == Iri(kMf, "UpdateEvaluationTest")) {
      test.update = true;
    } else if (type->value() != Iri(kMf, "QueryEvaluationTest")) {
      continue;
    }
    const Term* name = One(graph, *first, Iri(kMf, "name"));
    const std::string& iri = first->value();
    test.name = name != nullptr ? name->value() : iri.substr(iri.find_last_of("#/") + 1);
    if (ReadEntry(graph, *first, &test)) tests.push_back(std::move(test));
  }
  return tests;
}

}  // namespace marsad::testing
