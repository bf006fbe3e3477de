// The W3C SPARQL evaluation suites, one gtest per W3C test, registered from each folder's
// manifest.ttl: all of sparql10 (manifest-evaluation.ttl's folders) and the listed sparql11
// folders. Each test loads its data (qt:data / ut:data into the default graph, graphData into
// named graphs) into a fresh database through the Import API, runs the query or update, and
// compares: solutions as bags (sequences under ORDER BY) up to blank-node renaming, CONSTRUCT
// and DESCRIBE graphs and post-update stores by graph isomorphism. Features outside the
// supported subset are reported as skipped with the reason. Skips cleanly without ../shared.
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "grammar/query/parse_query.h"
#include "graph_isomorphism.h"
#include "io/rdf_reader.h"
#include "known_failures.h"
#include "marsad/database.h"
#include "solution_compare.h"
#include "sparql_manifest.h"
#include "support/test_util.h"

namespace marsad::testing {
namespace {

const char* const kSparql11Folders[] = {
    "aggregates",  "bind",         "bindings",  "cast",        "construct",
    "exists",      "functions",    "grouping",  "negation",    "project-expression",
    "property-path", "subquery",   "syntax-query", "basic-update", "clear",
    "delete",      "delete-data",  "delete-insert", "delete-where", "update-silent",
    "add",         "move",         "copy",
};

std::string Extension(const std::filesystem::path& file) { return file.extension().string(); }

// A keyword outside strings and comments: a crude scan, good enough to label a skip.
bool UsesKeyword(const std::string& text, const char* pattern) {
  static const std::regex kStringOrComment(R"(("[^"\n]*"|'[^'\n]*'|#[^\n]*))");
  const std::regex keyword(std::string(R"(\b()") + pattern + R"()\b)", std::regex::icase);
  return std::regex_search(std::regex_replace(text, kStringOrComment, " "), keyword);
}

Result<std::vector<Quad>> ReadQuads(const std::filesystem::path& file, const Term& graph) {
  RdfFormat format;
  if (!RdfFormatFromExtension(file.string(), &format)) {
    return Status(StatusCode::kNotSupported, "unsupported RDF syntax: " + file.string());
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot read " + file.string());
  io::ReaderOptions options;
  options.format = format;
  options.source_name = file.string();
  options.base_iri = FileIri(file);
  std::vector<Quad> quads;
  Status read = io::ReadRdf(in, options, [&](Quad& q) {
    q.graph = graph;
    quads.push_back(std::move(q));
    return Status::Ok();
  });
  if (!read.ok()) return read;
  return quads;
}

// The documents a query's FROM / FROM NAMED clauses name. A SPARQL processor would fetch
// them; the runner loads each suite file so named into the graph of that IRI, and the engine
// then builds the query's dataset from those graphs.
std::vector<GraphFile> DatasetFiles(const std::string& text, const std::filesystem::path& query) {
  std::vector<GraphFile> files;
  Result<query::ast::Request> request = query::ParseQuery(text);
  if (!request.ok()) return files;
  const auto* q = std::get_if<query::ast::Query>(&request->body);
  if (q == nullptr) return files;
  const auto& clauses = std::visit(
      [](const auto& form) -> const std::vector<query::ast::DatasetClause>& {
        return form.datasets;
      },
      q->form);
  for (const query::ast::DatasetClause& clause : clauses) {
    const std::string& iri = clause.iri.iri;
    if (iri.find(':') != std::string::npos) continue;  // absolute: not a suite file
    const std::filesystem::path file = query.parent_path() / iri;
    if (std::filesystem::exists(file)) files.push_back(GraphFile{file, FileIri(file)});
  }
  return files;
}

class EvalTestCase : public ::testing::Test {
 public:
  EvalTestCase(SparqlEvalTest test, std::optional<std::string> known_failure)
      : test_(std::move(test)), known_failure_(std::move(known_failure)) {}

  void TestBody() override {
    if (known_failure_) {
      RunExpectingFailure(*known_failure_, [this] { Run(); });
    } else {
      Run();
    }
  }

 private:
  void Run() {
    text_ = ReadFile(test_.query);
    if (!test_.update) {
      for (GraphFile& file : DatasetFiles(text_, test_.query)) {
        test_.graph_data.push_back(std::move(file));
      }
    }
    if (!LoadData()) {
      if (!skip_.empty()) GTEST_SKIP() << skip_;
      return;
    }
    if (UsesKeyword(text_, "SERVICE")) GTEST_SKIP() << "unsupported: SERVICE";
    // The query's own location is its base, as a SPARQL processor reading the file would use.
    const std::string request = "BASE <" + test_.query_iri + ">\n" + text_;
    Result<std::unique_ptr<QueryResult>> result = db_->Query(request);
    if (!result.ok()) {
      if (test_.update && UsesKeyword(text_, "LOAD|DROP|CREATE|ADD|MOVE|COPY")) {
        GTEST_SKIP() << "unsupported: LOAD/DROP/CREATE/ADD/MOVE/COPY";
      }
      FAIL() << test_.query << ": " << result.status().ToString() << "\n" << text_;
    }
    if (test_.update) {
      CheckUpdate(**result);
    } else {
      CheckQuery(**result);
    }
  }

  // Opens a fresh database and imports the test's dataset; false (after a skip or failure)
  // when it cannot.
  bool LoadData() {
    Result<std::unique_ptr<Database>> db = Database::Open(dir_.Sub("db"));
    EXPECT_OK(db.status());
    if (!db.ok()) return false;
    db_ = std::move(*db);
    std::vector<GraphFile> files;
    for (const auto& file : test_.data) files.push_back(GraphFile{file, ""});
    files.insert(files.end(), test_.graph_data.begin(), test_.graph_data.end());
    for (const GraphFile& file : files) {
      ImportOptions options;
      if (!RdfFormatFromExtension(file.file.string(), &options.format)) {
        skip_ = "unsupported data syntax (RDF/XML): " + file.file.filename().string();
        return false;
      }
      std::ifstream in(file.file, std::ios::binary);
      options.source_name = file.file.string();
      options.base_iri = FileIri(file.file);
      options.target_graph = file.graph_iri;
      Result<ImportReport> report = db_->Import(in, options);
      EXPECT_TRUE(report.ok()) << file.file << ": " << report.status().ToString();
      if (!report.ok()) return false;
    }
    return true;
  }

  void CheckQuery(QueryResult& result) {
    ResultTable actual;
    actual.variables = result.variables();
    std::vector<Quad> graph;
    const bool is_graph =
        result.kind() == QueryKind::kConstruct || result.kind() == QueryKind::kDescribe;
    while (result.Next()) {
      const auto row = result.row();
      if (is_graph) {
        graph.push_back(Quad{row[0], row[1], row[2], Term()});
      } else {
        actual.rows.emplace_back(row.begin(), row.end());
      }
    }
    ASSERT_OK(result.status());
    if (result.kind() == QueryKind::kAsk) actual.boolean = result.boolean();
    const std::string ext = Extension(test_.result);
    if (ext == ".rdf") GTEST_SKIP() << "unsupported expected-result syntax (RDF/XML)";
    if (ext == ".ttl" || ext == ".nt") {
      Result<std::vector<Quad>> expected = ReadQuads(test_.result, Term());
      ASSERT_OK(expected.status());
      if (is_graph) {
        EXPECT_TRUE(IsomorphicGraphs(*expected, graph)) << Describe(*expected, graph);
        return;
      }
      bool ordered = false;
      Result<ResultTable> table = ResultSetFromRdf(*expected, &ordered);
      ASSERT_TRUE(table.ok()) << test_.result << ": " << table.status().ToString();
      ExpectSolutions(*table, actual, ordered);
      return;
    }
    Result<ResultTable> expected = ReadTable(ext, ReadFile(test_.result));
    ASSERT_TRUE(expected.ok()) << test_.result << ": " << expected.status().ToString();
    if (ext == ".csv") actual = AsCsvTerms(std::move(actual));
    ExpectSolutions(*expected, actual, UsesKeyword(text_, R"(ORDER\s+BY)"));
  }

  static Result<ResultTable> ReadTable(const std::string& ext, const std::string& text) {
    if (ext == ".srx") return query::results::ReadXmlResults(text);
    if (ext == ".srj") return query::results::ReadJsonResults(text);
    if (ext == ".tsv") return query::results::ReadTsvResults(text);
    if (ext == ".csv") return query::results::ReadCsvResults(text);
    return Status(StatusCode::kNotSupported, "unknown result format " + ext);
  }

  void ExpectSolutions(const ResultTable& expected, const ResultTable& actual, bool ordered) {
    const std::string diff =
        test_.lax_cardinality ? CompareSolutions(Distinct(expected), Distinct(actual), ordered)
                              : CompareSolutions(expected, actual, ordered);
    EXPECT_TRUE(diff.empty()) << test_.query << "\n" << text_ << "\n" << diff;
  }

  // The store after the update must equal the expected default graph and named graphs.
  void CheckUpdate(QueryResult& result) {
    while (result.Next()) {
    }
    ASSERT_OK(result.status());
    std::vector<Quad> expected;
    std::vector<GraphFile> files;
    for (const auto& file : test_.result_data) files.push_back(GraphFile{file, ""});
    files.insert(files.end(), test_.result_graph_data.begin(), test_.result_graph_data.end());
    for (const GraphFile& file : files) {
      Result<std::vector<Quad>> quads =
          ReadQuads(file.file, file.graph_iri.empty() ? Term() : Term::Iri(file.graph_iri));
      ASSERT_OK(quads.status());
      expected.insert(expected.end(), quads->begin(), quads->end());
    }
    Result<std::unique_ptr<QuadCursor>> cursor = db_->Match(QuadPattern{});
    ASSERT_OK(cursor.status());
    std::vector<Quad> actual;
    while ((*cursor)->Next()) actual.push_back((*cursor)->quad());
    ASSERT_OK((*cursor)->status());
    EXPECT_TRUE(IsomorphicGraphs(expected, actual)) << Describe(expected, actual);
  }

  std::string Describe(const std::vector<Quad>& expected, const std::vector<Quad>& actual) {
    std::string out = test_.query.string() + "\n" + text_ + "\nexpected:\n";
    auto append = [&out](const std::vector<Quad>& quads) {
      for (const Quad& q : quads) {
        out += q.subject.ToNTriples() + " " + q.predicate.ToNTriples() + " " +
               q.object.ToNTriples() + (q.graph.is_null() ? "" : " " + q.graph.ToNTriples()) +
               "\n";
      }
    };
    append(expected);
    out += "actual:\n";
    append(actual);
    return out;
  }

  SparqlEvalTest test_;
  std::optional<std::string> known_failure_;
  TempDir dir_;
  std::unique_ptr<Database> db_;
  std::string text_;
  std::string skip_;  // why LoadData gave up, when it is a skip rather than a failure
};

std::string Identifier(std::string_view text) {
  std::string out;
  for (const char c : text) out.push_back(std::isalnum(static_cast<unsigned char>(c)) ? c : '_');
  return out;
}

template <typename Body>
void RegisterOne(const std::string& suite, const std::string& name, Body body) {
  ::testing::RegisterTest(suite.c_str(), name.c_str(), nullptr, nullptr, __FILE__, __LINE__, body);
}

void RegisterFolder(const std::filesystem::path& dir, const std::string& suite) {
  Result<std::vector<SparqlEvalTest>> tests = ReadSparqlEvalManifest(dir);
  if (!tests.ok()) {
    const std::string error = tests.status().ToString();
    RegisterOne(suite, "ManifestReadable", [error]() -> ::testing::Test* {
      struct Fail : ::testing::Test {
        explicit Fail(std::string e) : e_(std::move(e)) {}
        void TestBody() override { FAIL() << e_; }
        std::string e_;
      };
      return new Fail(error);
    });
    return;
  }
  static const KnownFailures known =
      KnownFailures::Load(SourceDir() / "tests" / "conformance" / "known_failures.txt");
  std::map<std::string, int> seen;
  for (SparqlEvalTest& test : *tests) {
    std::string name = Identifier(test.name);
    if (++seen[name] > 1) name += "_" + std::to_string(seen[name]);
    std::optional<std::string> reason = known.ReasonFor(suite, name);
    RegisterOne(suite, name, [test, reason]() -> ::testing::Test* {
      return new EvalTestCase(test, reason);
    });
  }
}

// The sparql10 folders, in the order manifest-evaluation.ttl's mf:include lists them.
std::vector<std::string> Sparql10Folders(const std::filesystem::path& root) {
  static const std::regex kInclude(R"(<([a-z0-9-]+)/manifest\.ttl>)");
  const std::string text = ReadFile(root / "manifest-evaluation.ttl");
  std::vector<std::string> folders;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kInclude);
       it != std::sregex_iterator(); ++it) {
    folders.push_back((*it)[1]);
  }
  return folders;
}

void RegisterW3cEvalTests() {
  const std::optional<std::filesystem::path> shared = SharedDir();
  const std::filesystem::path root =
      shared ? *shared / "w3c-tests" / "sparql" : std::filesystem::path();
  if (!shared || !std::filesystem::exists(root)) {
    RegisterOne("W3cSparqlEval", "SuitesAbsent", []() -> ::testing::Test* {
      struct Skip : ::testing::Test {
        void TestBody() override { GTEST_SKIP() << "no ../shared"; }
      };
      return new Skip;
    });
    return;
  }
  for (const std::string& folder : Sparql10Folders(root / "sparql10")) {
    RegisterFolder(root / "sparql10" / folder, "W3cSparql10_" + Identifier(folder));
  }
  for (const char* folder : kSparql11Folders) {
    const std::filesystem::path dir = root / "sparql11" / folder;
    if (!std::filesystem::exists(dir / "manifest.ttl")) continue;
    RegisterFolder(dir, std::string("W3cSparql11_") + Identifier(folder));
  }
}

}  // namespace
}  // namespace marsad::testing

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  marsad::testing::RegisterW3cEvalTests();
  return RUN_ALL_TESTS();
}
