// Bulk import rate and bytes per triple on LUBM-shaped data.
//
//   store_bulk_bench --universities 100 [--batched]
//
// Generates the N-Triples in memory (not timed), then times (1) parsing alone, (2) the bulk
// import through Database::Import (parse + encode + sort + SST + ingest) and optionally (3) a
// batched import, and reports bytes per triple after a full compaction.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>

#include "api/database_impl.h"
#include "io/rdf_reader.h"
#include "lubm_generator.h"
#include "marsad/database.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// CPU seconds of this process (all threads, RocksDB's included): the machine is shared, so
// wall time alone overstates the cost when other jobs run.
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

int Fail(const marsad::Status& status) {
  std::fprintf(stderr, "error: %s\n", status.ToString().c_str());
  return 1;
}

int Import(const std::string& data, const std::string& dir, bool bulk, std::uint64_t triples) {
  std::filesystem::remove_all(dir);
  marsad::Options options;
  options.sync_writes = false;
  auto db = marsad::Database::Open(dir, options);
  if (!db.ok()) return Fail(db.status());
  marsad::ImportOptions import;
  import.format = marsad::RdfFormat::kNTriples;
  import.bulk = bulk;
  std::istringstream in(data);
  auto start = std::chrono::steady_clock::now();
  double cpu_start = CpuSeconds();
  auto report = (*db)->Import(in, import);
  double seconds = Seconds(start);
  double cpu = CpuSeconds() - cpu_start;
  if (!report.ok()) return Fail(report.status());
  std::printf("%s import: %.2f s wall, %.0f triples/s; %.2f CPU s (%llu quads added)\n",
              bulk ? "bulk" : "batched", seconds, double(triples) / seconds, cpu,
              static_cast<unsigned long long>(report->quads_added));
  auto& store = static_cast<marsad::api::DatabaseImpl&>(**db).store();
  auto bytes = store.CompactAndMeasure();
  if (!bytes.ok()) return Fail(bytes.status());
  std::printf("  on disk after compaction: %llu bytes, %.1f bytes/triple\n",
              static_cast<unsigned long long>(*bytes), double(*bytes) / double(triples));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  int universities = 10;
  bool batched = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--universities" && i + 1 < argc) universities = std::atoi(argv[++i]);
    if (arg == "--batched") batched = true;
  }
  std::string data;
  marsad::gen::LubmOptions lubm;
  lubm.universities = universities;
  std::uint64_t triples =
      marsad::gen::GenerateLubm(lubm, [&data](std::string_view line) { data.append(line); });
  std::printf("LUBM %d universities: %llu triples, %.1f MB of N-Triples\n", universities,
              static_cast<unsigned long long>(triples), double(data.size()) / 1e6);

  std::istringstream in(data);
  marsad::io::ReaderOptions reader;
  std::uint64_t parsed = 0;
  auto start = std::chrono::steady_clock::now();
  double cpu_start = CpuSeconds();
  marsad::Status status = marsad::io::ReadRdf(in, reader, [&parsed](marsad::Quad&) {
    ++parsed;
    return marsad::Status();
  });
  if (!status.ok()) return Fail(status);
  double parse_seconds = Seconds(start);
  std::printf("parse only: %.2f s wall, %.0f triples/s; %.2f CPU s\n", parse_seconds,
              double(parsed) / parse_seconds, CpuSeconds() - cpu_start);

  std::string dir = (std::filesystem::temp_directory_path() / "marsad-bulk-bench").string();
  if (int rc = Import(data, dir, /*bulk=*/true, triples); rc != 0) return rc;
  if (batched) {
    if (int rc = Import(data, dir, /*bulk=*/false, triples); rc != 0) return rc;
  }
  std::filesystem::remove_all(dir);
  return 0;
}
