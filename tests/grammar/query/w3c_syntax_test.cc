// The W3C SPARQL syntax suites (sparql10 syntax-sparql1..5, sparql11 syntax-query and
// syntax-update-1/2), one gtest per W3C test, registered from each folder's manifest.ttl
// (read by tests/io's ReadManifestEntries with marsad_io's Turtle reader). Positive tests must
// parse, negative tests must not. Positive tests that use a form outside the supported subset
// (LOAD, DROP, CREATE, ADD, MOVE, COPY, SERVICE) are reported as skipped, with the reason. Skips
// cleanly without ../shared.
#include <cctype>
#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "grammar/query/parse_query.h"
#include "support/test_util.h"
#include "w3c_manifest.h"

namespace marsad::testing {
namespace {

const char* const kSuites[] = {
    "sparql10/syntax-sparql1",  "sparql10/syntax-sparql2",  "sparql10/syntax-sparql3",
    "sparql10/syntax-sparql4",  "sparql10/syntax-sparql5",  "sparql11/syntax-query",
    "sparql11/syntax-update-1", "sparql11/syntax-update-2",
};

struct SyntaxTest {
  std::string name;
  std::filesystem::path file;
  bool positive = true;
};

// Lists the syntax tests of dir/manifest.ttl in mf:entries order; any other test type is an
// error, so a suite change cannot silently drop tests.
Result<std::vector<SyntaxTest>> ReadSyntaxTests(const std::filesystem::path& dir) {
  Result<std::vector<ManifestEntry>> entries = ReadManifestEntries(dir);
  if (!entries.ok()) return entries.status();
  std::vector<SyntaxTest> tests;
  for (const ManifestEntry& entry : *entries) {
    if (entry.type.find("SyntaxTest") == std::string::npos) {
      return Status(StatusCode::kNotSupported, "not a syntax test: " + entry.type);
    }
    tests.push_back(SyntaxTest{entry.name.empty() ? entry.action_file : entry.name,
                               dir / entry.action_file,
                               entry.type.find("Negative") == std::string::npos});
  }
  return tests;
}

// A form outside the subset, outside strings and comments: a crude scan, good enough to label.
bool UsesUnsupportedForm(const std::string& text) {
  static const std::regex kUnsupported(R"(\b(LOAD|DROP|CREATE|ADD|MOVE|COPY|SERVICE)\b)",
                                       std::regex::icase);
  static const std::regex kStringOrComment(R"(("[^"\n]*"|'[^'\n]*'|#[^\n]*))");
  return std::regex_search(std::regex_replace(text, kStringOrComment, " "), kUnsupported);
}

class SyntaxTestCase : public ::testing::Test {
 public:
  explicit SyntaxTestCase(SyntaxTest test) : test_(std::move(test)) {}
  void TestBody() override {
    const std::string text = ReadFile(test_.file);
    const Result<query::ast::Request> parsed = query::ParseQuery(text);
    if (test_.positive) {
      if (!parsed.ok() && UsesUnsupportedForm(text)) {
        GTEST_SKIP() << "unsupported: uses LOAD/DROP/CREATE/ADD/MOVE/COPY/SERVICE";
      }
      EXPECT_TRUE(parsed.ok()) << test_.file << "\n"
                               << query::FormatErrorWithCaret(text, parsed.status());
    } else {
      EXPECT_FALSE(parsed.ok()) << test_.file << " parsed but is a negative syntax test:\n" << text;
    }
  }

 private:
  SyntaxTest test_;
};

std::string Identifier(std::string_view text) {
  std::string out;
  for (const char c : text) out.push_back(std::isalnum(static_cast<unsigned char>(c)) ? c : '_');
  return out;
}

void RegisterW3cSyntaxTests() {
  const std::optional<std::filesystem::path> shared = SharedDir();
  const std::filesystem::path root =
      shared ? *shared / "w3c-tests" / "sparql" : std::filesystem::path();
  if (!shared || !std::filesystem::exists(root)) {
    ::testing::RegisterTest("W3cSparqlSyntax", "SuitesAbsent", nullptr, nullptr, __FILE__, __LINE__,
                            []() -> ::testing::Test* {
                              struct Skip : ::testing::Test {
                                void TestBody() override { GTEST_SKIP() << "no ../shared"; }
                              };
                              return new Skip;
                            });
    return;
  }
  for (const char* suite : kSuites) {
    const std::string suite_name = "W3cSparqlSyntax_" + Identifier(suite);
    Result<std::vector<SyntaxTest>> tests = ReadSyntaxTests(root / suite);
    if (!tests.ok()) {
      const std::string error = tests.status().ToString();
      ::testing::RegisterTest(suite_name.c_str(), "ManifestReadable", nullptr, nullptr, __FILE__,
                              __LINE__, [error]() -> ::testing::Test* {
                                struct Fail : ::testing::Test {
                                  explicit Fail(std::string e) : e_(std::move(e)) {}
                                  void TestBody() override { FAIL() << e_; }
                                  std::string e_;
                                };
                                return new Fail(error);
                              });
      continue;
    }
    std::map<std::string, int> seen;
    for (SyntaxTest& test : *tests) {
      std::string name = Identifier(test.name);
      if (++seen[name] > 1) name += "_" + std::to_string(seen[name]);
      ::testing::RegisterTest(suite_name.c_str(), name.c_str(), nullptr, nullptr, __FILE__,
                              __LINE__,
                              [test]() -> ::testing::Test* { return new SyntaxTestCase(test); });
    }
  }
}

}  // namespace
}  // namespace marsad::testing

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  marsad::testing::RegisterW3cSyntaxTests();
  return RUN_ALL_TESTS();
}
