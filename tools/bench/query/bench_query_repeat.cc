// The fixed cost of a query: one query text run many times against an existing database.
//
//   bench_query_repeat --db DIR [--runs N] [--anchors FILE] [--explain] QUERY.rq...
//
// Opens DIR read-only; for each query file runs it once (warm-up) and then N times (default
// 2000), each run being Database::Query(text) plus pulling every row through the cursor, the
// unit the comparison benchmark (tools/bench/compare) times. Prints per query the mean CPU
// and wall microseconds per run and the row count. Meant for small queries whose cost is
// mostly parsing, binding, planning and opening the plan, and as a steady loop to profile:
//   perf record -g bench_query_repeat --db /tmp/lubm10 --runs 20000 lubm/q1.rq
// --anchors FILE (name<TAB>value lines, as marsad-gen-news --anchors writes) fills the
// {{name}} placeholders of the comparison's news queries. --explain prints each query's
// EXPLAIN ANALYZE after its timing.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "marsad/database.h"
#include "query_runs.h"

namespace {

using marsad::bench::PrintExplain;
using marsad::bench::RunOnce;

double ProcessCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream text;
  text << in.rdbuf();
  *out = text.str();
  return true;
}

// name<TAB>value lines.
std::vector<std::pair<std::string, std::string>> ReadAnchors(const std::string& path) {
  std::vector<std::pair<std::string, std::string>> anchors;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    const std::size_t tab = line.find('\t');
    if (tab != std::string::npos) anchors.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return anchors;
}

void FillPlaceholders(const std::vector<std::pair<std::string, std::string>>& anchors,
                      std::string* text) {
  for (const auto& [name, value] : anchors) {
    const std::string placeholder = "{{" + name + "}}";
    for (std::size_t at = text->find(placeholder); at != std::string::npos;
         at = text->find(placeholder, at + value.size())) {
      text->replace(at, placeholder.size(), value);
    }
  }
}

int Usage(const char* program) {
  std::fprintf(stderr, "usage: %s --db DIR [--runs N] [--anchors FILE] [--explain] QUERY.rq...\n",
               program);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db_path, anchors_path;
  int runs = 2000;
  bool explain = false;
  std::vector<std::string> query_paths;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--db" && i + 1 < argc) {
      db_path = argv[++i];
    } else if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--anchors" && i + 1 < argc) {
      anchors_path = argv[++i];
    } else if (arg == "--explain") {
      explain = true;
    } else if (arg.starts_with("--")) {
      return Usage(argv[0]);
    } else {
      query_paths.push_back(arg);
    }
  }
  if (db_path.empty() || query_paths.empty()) return Usage(argv[0]);
  std::vector<std::pair<std::string, std::string>> anchors;
  if (!anchors_path.empty()) anchors = ReadAnchors(anchors_path);
  marsad::Options options;
  options.read_only = true;
  options.create_if_missing = false;
  auto db = marsad::Database::Open(db_path, options);
  if (!db.ok()) {
    std::fprintf(stderr, "error: %s\n", db.status().ToString().c_str());
    return 1;
  }
  for (const std::string& path : query_paths) {
    std::string text;
    if (!ReadFile(path, &text)) {
      std::fprintf(stderr, "error: cannot read %s\n", path.c_str());
      return 1;
    }
    FillPlaceholders(anchors, &text);
    auto rows = RunOnce(**db, text);
    if (!rows.ok()) {
      std::fprintf(stderr, "error: %s: %s\n", path.c_str(), rows.status().ToString().c_str());
      return 1;
    }
    const auto wall_start = std::chrono::steady_clock::now();
    const double cpu_start = ProcessCpuSeconds();
    for (int r = 0; r < runs; ++r) {
      if (!RunOnce(**db, text).ok()) return 1;
    }
    const double cpu_us = (ProcessCpuSeconds() - cpu_start) * 1e6 / runs;
    const double wall_us = std::chrono::duration<double, std::micro>(
                               std::chrono::steady_clock::now() - wall_start).count() / runs;
    std::printf("%-28s %9.1f us CPU %9.1f us wall %8llu rows  (%d runs)\n",
                std::filesystem::path(path).stem().c_str(), cpu_us, wall_us,
                static_cast<unsigned long long>(*rows), runs);
    if (explain) PrintExplain(**db, text);
    std::fflush(stdout);
  }
  return 0;
}
