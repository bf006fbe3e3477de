// The W3C RDF 1.1 conformance suites for N-Triples, N-Quads and Turtle, one gtest per W3C test
// (registered from each suite's manifest.ttl, read with our own Turtle reader). The suites live
// in ../shared, which a user's clone does not have: then a single test skips with a message.
#include <fstream>
#include <string>
#include <vector>

#include "graph_isomorphism.h"
#include "io/rdf_reader.h"
#include "support/test_util.h"
#include "w3c_manifest.h"

namespace marsad::testing {
namespace {

constexpr const char* kSuites[] = {"rdf-n-triples", "rdf-n-quads", "rdf-turtle"};

Status ReadFileQuads(const std::filesystem::path& path, RdfFormat format,
                     const std::string& base_iri, std::vector<Quad>* quads) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open " + path.string());
  io::ReaderOptions options;
  options.format = format;
  options.source_name = path.filename().string();
  options.base_iri = base_iri;
  return io::ReadRdf(in, options, [quads](Quad& quad) {
    quads->push_back(std::move(quad));
    return Status::Ok();
  });
}

class W3cTestCase : public ::testing::Test {
 public:
  W3cTestCase(std::filesystem::path dir, W3cTest test)
      : dir_(std::move(dir)), test_(std::move(test)) {}

  void TestBody() override {
    std::vector<Quad> actual;
    const Status status =
        ReadFileQuads(dir_ / test_.action_file, test_.format, test_.base_iri, &actual);
    switch (test_.kind) {
      case W3cTestKind::kPositiveSyntax:
        EXPECT_TRUE(status.ok()) << status.ToString();
        break;
      case W3cTestKind::kNegativeSyntax:
      case W3cTestKind::kNegativeEval:
        EXPECT_EQ(status.code(), StatusCode::kSyntaxError)
            << "accepted a bad document (" << actual.size() << " quads)";
        break;
      case W3cTestKind::kEval: {
        ASSERT_TRUE(status.ok()) << status.ToString();
        std::vector<Quad> expected;
        ASSERT_OK(ReadFileQuads(dir_ / test_.result_file, RdfFormat::kNTriples, "", &expected));
        EXPECT_TRUE(IsomorphicGraphs(actual, expected))
            << actual.size() << " quads parsed, " << expected.size() << " expected";
        break;
      }
    }
  }

 private:
  std::filesystem::path dir_;
  W3cTest test_;
};

std::string TestName(const std::string& name) {
  std::string out;
  for (const char c : name) out.push_back(std::isalnum(static_cast<unsigned char>(c)) ? c : '_');
  return out;
}

std::string SuiteName(const std::string& suite) {
  if (suite == "rdf-n-triples") return "W3cNTriples";
  if (suite == "rdf-n-quads") return "W3cNQuads";
  return "W3cTurtle";
}

// Registers every test of every suite; returns false (after registering a failing test that
// names the problem) when a present manifest cannot be read.
void RegisterW3cTests() {
  const std::optional<std::filesystem::path> shared = SharedDir();
  const std::filesystem::path root =
      shared ? *shared / "w3c-tests" / "rdf" / "rdf11" : std::filesystem::path();
  if (!shared || !std::filesystem::exists(root)) {
    ::testing::RegisterTest("W3cRdfSyntax", "SuitesAbsent", nullptr, nullptr, __FILE__, __LINE__,
                            []() -> ::testing::Test* {
                              struct Skip : ::testing::Test {
                                void TestBody() override {
                                  GTEST_SKIP() << "../shared/w3c-tests is absent: W3C RDF "
                                                  "syntax suites not run";
                                }
                              };
                              return new Skip;
                            });
    return;
  }
  for (const char* suite : kSuites) {
    const std::filesystem::path dir = root / suite;
    Result<std::vector<W3cTest>> tests = ReadW3cManifest(dir);
    if (!tests.ok()) {
      const std::string error = tests.status().ToString();
      ::testing::RegisterTest(SuiteName(suite).c_str(), "ManifestReadable", nullptr, nullptr,
                              __FILE__, __LINE__, [error]() -> ::testing::Test* {
                                struct Fail : ::testing::Test {
                                  explicit Fail(std::string e) : e_(std::move(e)) {}
                                  void TestBody() override { FAIL() << e_; }
                                  std::string e_;
                                };
                                return new Fail(error);
                              });
      continue;
    }
    for (const W3cTest& test : *tests) {
      ::testing::RegisterTest(
          SuiteName(suite).c_str(), TestName(test.name).c_str(), nullptr, test.action_file.c_str(),
          __FILE__, __LINE__,
          [dir, test]() -> ::testing::Test* { return new W3cTestCase(dir, test); });
    }
  }
}

}  // namespace
}  // namespace marsad::testing

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  marsad::testing::RegisterW3cTests();
  return RUN_ALL_TESTS();
}
