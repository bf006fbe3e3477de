// marsad-compare-marsad: the Marsad side of the comparison benchmark.
//
//   marsad-compare-marsad load  --db DIR --nt FILE
//   marsad-compare-marsad query --db DIR --queries DIR --out DIR [--runs N]
//
// load: bulk-imports FILE through the public API (ImportOptions::bulk: sorted runs written as
// bottom-level SST files in their final compression and ingested) and closes; prints
// {"store":"marsad","load_s":..,"load_cpu_s":..}. No compaction follows: the bulk SSTs are
// already in compacted form, so the size the harness measures is the steady state.
// query: opens DIR read-only; for each *.rq runs it once to collect the rows (written in the
// normal form of compare_common.h) and to warm the caches, then N more times, timing
// Database::Query plus pulling every row through the cursor; prints one timing line per query.
#include <algorithm>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "compare_common.h"
#include "marsad/database.h"

namespace compare = marsad::bench::compare;

namespace {

int Fail(const std::string& what, const marsad::Status& status) {
  std::fprintf(stderr, "marsad-compare-marsad: %s: %s\n", what.c_str(), status.ToString().c_str());
  return 1;
}

int Load(const std::string& db_path, const std::string& nt_path) {
  std::ifstream in(nt_path, std::ios::binary);
  if (!in) return Fail("open " + nt_path, marsad::Status(marsad::StatusCode::kNotFound, "cannot read"));
  marsad::Options options;
  options.sync_writes = false;
  const compare::Stopwatch load;
  auto db = marsad::Database::Open(db_path, options);
  if (!db.ok()) return Fail("open " + db_path, db.status());
  marsad::ImportOptions import;
  import.format = marsad::RdfFormat::kNTriples;
  import.bulk = true;
  import.source_name = nt_path;
  auto report = (*db)->Import(in, import);
  if (!report.ok()) return Fail("import", report.status());
  if (auto closed = (*db)->Close(); !closed.ok()) return Fail("close", closed);
  std::printf("{\"store\":\"marsad\",\"triples\":%llu,\"load_s\":%.4f,\"load_cpu_s\":%.4f}\n",
              static_cast<unsigned long long>(report->quads_added), load.WallMs() / 1e3,
              load.CpuMs() / 1e3);
  return 0;
}

// Runs `text` to completion; appends the rows in normal form when `rows` is given.
marsad::Result<std::size_t> RunQuery(marsad::Database& db, const std::string& text,
                                     std::vector<std::string>* rows) {
  auto result = db.Query(text);
  if (!result.ok()) return result.status();
  std::size_t count = 0;
  std::string line;
  while ((*result)->Next()) {
    ++count;
    if (rows == nullptr) continue;
    line.clear();
    bool first = true;
    for (const marsad::Term& term : (*result)->row()) {
      if (!first) line += '\t';
      first = false;
      if (!term.is_null()) line += term.ToNTriples();
    }
    rows->push_back(line);
  }
  if (!(*result)->status().ok()) return (*result)->status();
  return count;
}

int Query(const std::string& db_path, const std::string& query_dir, const std::string& out_dir,
          int runs) {
  const auto queries = compare::ReadQueryFiles(query_dir, ".rq");
  if (queries.empty()) return Fail(query_dir, marsad::Status(marsad::StatusCode::kNotFound, "no .rq files"));
  marsad::Options options;
  options.read_only = true;
  options.create_if_missing = false;
  auto db = marsad::Database::Open(db_path, options);
  if (!db.ok()) return Fail("open " + db_path, db.status());
  for (const auto& query : queries) {
    std::vector<std::string> rows;
    auto count = RunQuery(**db, query.text, &rows);
    if (!count.ok()) return Fail(query.id, count.status());
    if (!compare::WriteRows(out_dir + "/" + query.id + ".tsv", std::move(rows))) {
      return Fail(out_dir, marsad::Status(marsad::StatusCode::kIOError, "cannot write rows"));
    }
    std::vector<double> wall_ms, cpu_ms;
    for (int r = 0; r < runs; ++r) {
      const compare::Stopwatch watch;
      auto again = RunQuery(**db, query.text, nullptr);
      if (!again.ok()) return Fail(query.id, again.status());
      wall_ms.push_back(watch.WallMs());
      cpu_ms.push_back(watch.CpuMs());
    }
    std::printf("%s\n", compare::TimingJson("marsad", query.id, *count, wall_ms, cpu_ms).c_str());
    std::fflush(stdout);
  }
  if (auto closed = (*db)->Close(); !closed.ok()) return Fail("close", closed);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  return compare::DriverMain(argc, argv, {"marsad-compare-marsad", Load, Query});
}
