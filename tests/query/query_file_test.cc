// Runs every tests/queries/**/*.test file as one gtest case. File format (sections start with
// a line "-- <name>"):
//   -- data            N-Quads loaded into a fresh store (optional)
//   -- query           the query or update
//   -- result          expected rows as TSV with a ?header (terms in N-Triples syntax);
//   -- result rowsort  the same, compared as a multiset
//   -- ask true|false  expected ASK answer
//   -- error           a substring of the expected error message
//   -- then            (after an update) a query whose result follows in its own sections
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include "io/rdf_reader.h"
#include "query/query_engine.h"
#include "query/results/result_reader.h"
#include "store/store.h"
#include "support/test_util.h"

namespace marsad::query {
namespace {

namespace fs = std::filesystem;

struct Section {
  std::string name, arg, body;
};

std::vector<Section> Split(const std::string& text) {
  std::vector<Section> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("-- ")) {
      Section s;
      std::istringstream head(line.substr(3));
      head >> s.name >> s.arg;
      out.push_back(std::move(s));
    } else if (!out.empty()) {
      out.back().body += line + "\n";
    }
  }
  return out;
}

std::vector<std::string> Rows(QueryResult& r) {
  std::vector<std::string> rows;
  while (r.Next()) {
    std::string line;
    for (const Term& t : r.row()) line += (line.empty() ? "" : "\t") + (t.is_null() ? "" : t.ToNTriples());
    rows.push_back(line);
  }
  return rows;
}

// Checks one query against the sections after it; returns the index past them.
std::size_t CheckQuery(store::Store& store, const std::vector<Section>& s, std::size_t i) {
  const std::string& text = s[i].body;
  auto result = RunQuery(store, text, {}, nullptr);
  ++i;
  for (; i < s.size() && s[i].name != "then" && s[i].name != "query" && s[i].name != "data"; ++i) {
    if (s[i].name == "error") {
      std::string want = s[i].body.substr(0, s[i].body.find_last_not_of('\n') + 1);
      EXPECT_FALSE(result.ok()) << text;
      if (!result.ok()) {
        EXPECT_NE(result.status().message().find(want), std::string::npos)
            << result.status().ToString();
      }
      continue;
    }
    if (!result.ok()) {
      ADD_FAILURE() << result.status().ToString() << "\n" << text;
      continue;
    }
    if (s[i].name == "ask") {
      EXPECT_EQ((*result)->boolean(), s[i].arg == "true") << text;
    } else if (s[i].name == "result") {
      auto expected = results::ReadTsvResults(s[i].body);
      EXPECT_OK(expected);
      if (!expected.ok()) continue;
      EXPECT_EQ((*result)->variables(), expected->variables);
      std::vector<std::string> want;
      for (const auto& row : expected->rows) {
        std::string line;
        for (const Term& t : row) line += (line.empty() ? "" : "\t") + (t.is_null() ? "" : t.ToNTriples());
        want.push_back(line);
      }
      std::vector<std::string> got = Rows(**result);
      EXPECT_OK((*result)->status());
      if (s[i].arg == "rowsort") {
        std::sort(got.begin(), got.end());
        std::sort(want.begin(), want.end());
      }
      EXPECT_EQ(got, want) << text;
    }
  }
  return i;
}

void RunFile(const fs::path& path) {
  const std::vector<Section> sections = Split(testing::ReadFile(path));
  testing::TempDir dir;
  auto store = store::Store::Open(dir.Sub("db"), Options());
  ASSERT_OK(store);
  for (std::size_t i = 0; i < sections.size();) {
    const Section& sec = sections[i];
    if (sec.name == "data") {
      std::vector<Quad> quads;
      std::istringstream in(sec.body);
      io::ReaderOptions opts;
      opts.format = RdfFormat::kNQuads;
      ASSERT_OK(io::ReadRdf(in, opts, [&](Quad& q) {
        quads.push_back(q);
        return Status::Ok();
      }));
      auto writer = (*store)->NewBatchWriter();
      ASSERT_OK(writer);
      ASSERT_OK((*writer)->InsertQuads(quads));
      ASSERT_OK((*writer)->Commit());
      ++i;
    } else if (sec.name == "query" || sec.name == "then") {
      i = CheckQuery(**store, sections, i);
    } else {
      ADD_FAILURE() << "unexpected section " << sec.name << " in " << path;
      ++i;
    }
  }
}

class QueryFileTest : public ::testing::Test {
 public:
  explicit QueryFileTest(fs::path path) : path_(std::move(path)) {}
  void TestBody() override { RunFile(path_); }

 private:
  fs::path path_;
};

const bool kRegistered = [] {
  const fs::path root = testing::SourceDir() / "tests" / "queries";
  std::vector<fs::path> files;
  if (fs::exists(root)) {
    for (const auto& e : fs::recursive_directory_iterator(root)) {
      if (e.path().extension() == ".test") files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    const std::string suite = "QueryFile_" + f.parent_path().filename().string();
    ::testing::RegisterTest(suite.c_str(), f.stem().string().c_str(), nullptr, nullptr, __FILE__,
                            __LINE__, [f]() -> ::testing::Test* { return new QueryFileTest(f); });
  }
  return true;
}();

}  // namespace
}  // namespace marsad::query
