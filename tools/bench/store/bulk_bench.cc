// Bulk import rate, peak memory and bytes per triple on LUBM-shaped data.
//
//   store_bulk_bench --universities 10 [--batched] [--no-parse]
//   store_bulk_bench --file lubm100.nt [--no-parse]     (e.g. from marsad-gen-lubm)
//
// With --universities the N-Triples are generated in memory first (not timed); with --file
// they are streamed from disk, so peak RSS is the importer's own. Times (1) parsing alone
// (unless --no-parse), (2) the bulk import through Database::Import (parse + encode + sort +
// SST + ingest) and optionally (3) a batched import; reports wall and CPU time (all threads),
// peak RSS, bytes per triple right after the import (what a user's database holds: a bulk load
// writes its SSTs in final form) and, timed on its own, after a full compaction.
#include <sys/resource.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
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

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return double(usage.ru_maxrss) / 1024.0;  // Linux reports kilobytes
}

// Bytes of the database directory's files (what `du -sb` counts, less the directories).
std::uint64_t DirectoryBytes(const std::string& dir) {
  std::uint64_t bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) bytes += entry.file_size();
  }
  return bytes;
}

int Fail(const marsad::Status& status) {
  std::fprintf(stderr, "error: %s\n", status.ToString().c_str());
  return 1;
}

// The input: the generated text in memory, or a file reopened for every pass.
struct Input {
  std::string data;
  std::string file;
  std::unique_ptr<std::istream> Open() const {
    if (file.empty()) return std::make_unique<std::istringstream>(data);
    return std::make_unique<std::ifstream>(file, std::ios::binary);
  }
};

int Import(const Input& input, const std::string& dir, bool bulk) {
  std::filesystem::remove_all(dir);
  marsad::Options options;
  options.sync_writes = false;
  auto db = marsad::Database::Open(dir, options);
  if (!db.ok()) return Fail(db.status());
  marsad::ImportOptions import;
  import.format = marsad::RdfFormat::kNTriples;
  import.bulk = bulk;
  std::unique_ptr<std::istream> in = input.Open();
  auto start = std::chrono::steady_clock::now();
  double cpu_start = CpuSeconds();
  auto report = (*db)->Import(*in, import);
  double seconds = Seconds(start);
  double cpu = CpuSeconds() - cpu_start;
  if (!report.ok()) return Fail(report.status());
  const double triples = double(report->quads_read);
  std::printf(
      "%s import: %.0f triples, %.2f s wall = %.0f triples/s; %.2f CPU s = %.0f triples per "
      "CPU s; peak RSS %.0f MB\n",
      bulk ? "bulk" : "batched", triples, seconds, triples / seconds, cpu, triples / cpu,
      PeakRssMb());
  const std::uint64_t imported = DirectoryBytes(dir);
  std::printf("  on disk right after the import: %llu bytes, %.1f bytes/triple\n",
              static_cast<unsigned long long>(imported), double(imported) / triples);
  auto& store = static_cast<marsad::api::DatabaseImpl&>(**db).store();
  start = std::chrono::steady_clock::now();
  cpu_start = CpuSeconds();
  auto bytes = store.CompactAndMeasure();
  if (!bytes.ok()) return Fail(bytes.status());
  std::printf("  full compaction: %.2f s wall, %.2f CPU s; %llu bytes of SST, %.1f bytes/triple\n",
              Seconds(start), CpuSeconds() - cpu_start, static_cast<unsigned long long>(*bytes),
              double(*bytes) / triples);
  return 0;
}

int ParseOnly(const Input& input) {
  std::unique_ptr<std::istream> in = input.Open();
  marsad::io::ReaderOptions reader;
  std::uint64_t parsed = 0;
  auto start = std::chrono::steady_clock::now();
  double cpu_start = CpuSeconds();
  marsad::Status status = marsad::io::ReadRdf(*in, reader, [&parsed](marsad::Quad&) {
    ++parsed;
    return marsad::Status();
  });
  if (!status.ok()) return Fail(status);
  double seconds = Seconds(start);
  std::printf("parse only: %.2f s wall, %.0f triples/s; %.2f CPU s\n", seconds,
              double(parsed) / seconds, CpuSeconds() - cpu_start);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  int universities = 10;
  bool batched = false;
  bool parse = true;
  Input input;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--universities" && i + 1 < argc) universities = std::atoi(argv[++i]);
    if (arg == "--file" && i + 1 < argc) input.file = argv[++i];
    if (arg == "--batched") batched = true;
    if (arg == "--no-parse") parse = false;
  }
  if (input.file.empty()) {
    marsad::gen::LubmOptions lubm;
    lubm.universities = universities;
    std::uint64_t triples = marsad::gen::GenerateLubm(
        lubm, [&input](std::string_view line) { input.data.append(line); });
    std::printf("LUBM %d universities: %llu triples, %.1f MB of N-Triples\n", universities,
                static_cast<unsigned long long>(triples), double(input.data.size()) / 1e6);
  }
  if (parse) {
    if (int rc = ParseOnly(input); rc != 0) return rc;
  }
  std::string dir = (std::filesystem::temp_directory_path() / "marsad-bulk-bench").string();
  if (int rc = Import(input, dir, /*bulk=*/true); rc != 0) return rc;
  if (batched) {
    if (int rc = Import(input, dir, /*bulk=*/false); rc != 0) return rc;
  }
  std::filesystem::remove_all(dir);
  return 0;
}
