// RDF reader and writer throughput on LUBM-shaped data (tools/gen), in memory so that only
// parsing and formatting are measured. Figures go to docs/performance.md, "RDF parsing".
//
//   build/bin/io_rdf_bench --benchmark_counter_tables=true
//
// Counters: bytes_per_second (input or output bytes) and triples/s (items_per_second).
#include <benchmark/benchmark.h>

#include <sstream>
#include <string>
#include <vector>

#include "io/rdf_reader.h"
#include "io/rdf_writer.h"
#include "lubm_generator.h"

namespace marsad {
namespace {

constexpr int kUniversities = 2;  // 249,452 triples, 42.1 MB of N-Triples

const std::string& LubmNTriples() {
  static const std::string* text = [] {
    auto* out = new std::string;
    gen::LubmOptions options;
    options.universities = kUniversities;
    gen::GenerateLubm(options, [out](std::string_view line) { out->append(line); });
    return out;
  }();
  return *text;
}

std::vector<Quad> ParseAll(const std::string& text, RdfFormat format) {
  std::vector<Quad> quads;
  std::istringstream in(text);
  io::ReaderOptions options;
  options.format = format;
  Status status = io::ReadRdf(in, options, [&quads](Quad& quad) {
    quads.push_back(std::move(quad));
    return Status::Ok();
  });
  if (!status.ok()) quads.clear();
  return quads;
}

const std::vector<Quad>& LubmQuads() {
  static const std::vector<Quad>* quads =
      new std::vector<Quad>(ParseAll(LubmNTriples(), RdfFormat::kNTriples));
  return *quads;
}

std::string WriteAll(RdfFormat format) {
  std::ostringstream out;
  io::WriterOptions options;
  options.prefixes = {{"ub", "http://swat.cse.lehigh.edu/onto/univ-bench.owl#"},
                      {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}};
  std::unique_ptr<io::RdfWriter> writer = io::MakeRdfWriter(out, format, options);
  for (const Quad& quad : LubmQuads()) {
    if (!writer->Write(quad).ok()) return {};
  }
  if (!writer->Finish().ok()) return {};
  return out.str();
}

void Read(benchmark::State& state, const std::string& text, RdfFormat format) {
  std::uint64_t triples = 0;
  for (auto _ : state) {
    std::istringstream in(text);
    io::ReaderOptions options;
    options.format = format;
    std::uint64_t count = 0;
    Status status = io::ReadRdf(in, options, [&count](Quad&) {
      ++count;
      return Status::Ok();
    });
    if (!status.ok()) state.SkipWithError(status.ToString().c_str());
    triples += count;
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(triples));
}

void BM_ReadNTriples(benchmark::State& state) { Read(state, LubmNTriples(), RdfFormat::kNTriples); }

void BM_ReadTurtle(benchmark::State& state) {
  static const std::string text = WriteAll(RdfFormat::kTurtle);
  Read(state, text, RdfFormat::kTurtle);
}

void Write(benchmark::State& state, RdfFormat format) {
  std::size_t bytes = 0;
  for (auto _ : state) bytes += WriteAll(format).size();
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * LubmQuads().size()));
}

void BM_WriteNTriples(benchmark::State& state) { Write(state, RdfFormat::kNTriples); }
void BM_WriteTurtle(benchmark::State& state) { Write(state, RdfFormat::kTurtle); }

BENCHMARK(BM_ReadNTriples)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadTurtle)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteNTriples)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteTurtle)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace marsad

BENCHMARK_MAIN();
