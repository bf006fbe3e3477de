// Scan speed against raw RocksDB iteration, and fully bound lookups (warm).
//
//   store_scan_bench [--universities N] [benchmark flags]
//
// Builds one LUBM database (bulk import) in a temporary directory, then measures:
//   BM_ScanSpo: QuadIterator over the whole SPO index (decoding ids)
//   BM_RawSpo:  a bare RocksDB iterator over the same column family
//   BM_BoundLookup: Scan of a fully bound union pattern (one Get) for stored triples
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <sstream>
#include <string>

#include "api/database_impl.h"
#include "lubm_generator.h"
#include "marsad/database.h"

namespace {

struct Fixture {
  std::unique_ptr<marsad::Database> db;
  marsad::store::Store* store = nullptr;
  std::vector<marsad::store::IdQuad> sample;
};

int g_universities = 10;

Fixture& Shared() {
  static Fixture* fixture = [] {
    auto* f = new Fixture;
    std::string dir = (std::filesystem::temp_directory_path() / "marsad-scan-bench").string();
    std::filesystem::remove_all(dir);
    marsad::Options options;
    options.sync_writes = false;
    f->db = std::move(marsad::Database::Open(dir, options)).value();
    std::string data;
    marsad::gen::LubmOptions lubm;
    lubm.universities = g_universities;
    marsad::gen::GenerateLubm(lubm, [&data](std::string_view line) { data.append(line); });
    std::istringstream in(data);
    marsad::ImportOptions import;
    import.bulk = true;
    if (!f->db->Import(in, import).ok()) std::abort();
    f->store = &static_cast<marsad::api::DatabaseImpl&>(*f->db).store();
    if (!f->store->CompactAndMeasure().ok()) std::abort();
    auto it = std::move(f->store->Scan(nullptr, marsad::store::IdPattern{})).value();
    std::mt19937 rng(1);
    while (it->Next()) {
      if (rng() % 50 == 0) f->sample.push_back(it->quad());
    }
    return f;
  }();
  return *fixture;
}

void BM_ScanSpo(benchmark::State& state) {
  Fixture& f = Shared();
  std::uint64_t rows = 0;
  for (auto _ : state) {
    auto it = std::move(f.store->Scan(nullptr, marsad::store::IdPattern{})).value();
    rows = 0;
    while (it->Next()) ++rows;
    benchmark::DoNotOptimize(rows);
  }
  state.SetItemsProcessed(state.iterations() * rows);
}
BENCHMARK(BM_ScanSpo)->Unit(benchmark::kMillisecond);

void BM_RawSpo(benchmark::State& state) {
  Fixture& f = Shared();
  std::uint64_t rows = 0;
  for (auto _ : state) {
    rows = *f.store->CountKeysRaw(marsad::store::Permutation::kSpo);
    benchmark::DoNotOptimize(rows);
  }
  state.SetItemsProcessed(state.iterations() * rows);
}
BENCHMARK(BM_RawSpo)->Unit(benchmark::kMillisecond);

void BM_BoundLookup(benchmark::State& state) {
  Fixture& f = Shared();
  auto snapshot = f.store->GetSnapshot();
  std::size_t next = 0;
  for (auto _ : state) {
    const marsad::store::IdQuad& q = f.sample[next++ % f.sample.size()];
    marsad::store::IdPattern pattern;
    pattern.s = q.s;
    pattern.p = q.p;
    pattern.o = q.o;
    auto it = std::move(f.store->Scan(snapshot, pattern)).value();
    if (!it->Next()) state.SkipWithError("stored triple not found");
  }
}
BENCHMARK(BM_BoundLookup)->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--universities") g_universities = std::atoi(argv[i + 1]);
  }
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::string(argv[i]) == "--universities") {
      ++i;
      continue;
    }
    rest.push_back(argv[i]);
  }
  int rest_count = int(rest.size());
  benchmark::Initialize(&rest_count, rest.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
