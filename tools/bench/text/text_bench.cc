// Throughput of the text layer on Arabic news text: match-key normalization (target >= 20
// MB/s per core) and full segmentation with offsets (target >= 5 MB/s). The input is the
// bundled corpus (corpus/*.txt) repeated to about 1 MiB, or a built-in corpus snippet when
// the folder is missing. Run: build/bin/text_bench [--corpus DIR]
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "text/dates.h"
#include "text/normalizer.h"
#include "text/numbers.h"
#include "text/segmenter.h"

namespace {

constexpr std::size_t kTargetBytes = 1 << 20;

std::string& CorpusDir() {
  static std::string dir = MARSAD_CORPUS_DIR;
  return dir;
}

// The corpus text repeated up to kTargetBytes (whole articles only, so no cut character).
const std::string& Text() {
  static const std::string text = [] {
    std::string articles;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(CorpusDir(), ec)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      articles += ss.str();
      articles += "\n\n";
    }
    if (articles.empty()) {
      articles =
          "رحب الرئيس الإيراني حسن روحاني خلال مكالمة هاتفية مع نظيره الروسي فلاديمير بوتين، "
          "باتفاق وقف إطلاق النار المؤقت بين أذربيجان وأرمينيا.\nالسبت ١٠ أكتوبر ٢٠٢٠ - "
          "٠٤:٢٠ بتوقيت غرينتش\n";
    }
    std::string out;
    while (out.size() < kTargetBytes) out += articles;
    return out;
  }();
  return text;
}

void BM_MatchKey(benchmark::State& state) {
  const std::string& text = Text();
  for (auto _ : state) benchmark::DoNotOptimize(marsad::text::MatchKey(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_MatchKey)->Unit(benchmark::kMillisecond);

void BM_MatchKeyWithOffsetMap(benchmark::State& state) {
  const std::string& text = Text();
  for (auto _ : state) {
    benchmark::DoNotOptimize(marsad::text::Normalize(text, marsad::text::NormalForm::kMatchKey));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_MatchKeyWithOffsetMap)->Unit(benchmark::kMillisecond);

void BM_DisplayForm(benchmark::State& state) {
  const std::string& text = Text();
  for (auto _ : state) benchmark::DoNotOptimize(marsad::text::DisplayForm(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_DisplayForm)->Unit(benchmark::kMillisecond);

void BM_Segment(benchmark::State& state) {
  const std::string& text = Text();
  for (auto _ : state) {
    auto seg = marsad::text::Segment(text);
    if (!seg.ok()) state.SkipWithError(seg.status().ToString().c_str());
    benchmark::DoNotOptimize(seg);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

void BM_SegmentDatesNumbers(benchmark::State& state) {
  const std::string& text = Text();
  for (auto _ : state) {
    auto seg = marsad::text::Segment(text);
    if (!seg.ok()) state.SkipWithError(seg.status().ToString().c_str());
    benchmark::DoNotOptimize(marsad::text::FindDates(text, seg->tokens, {2020, 10, 10}));
    benchmark::DoNotOptimize(marsad::text::FindNumbers(text, seg->tokens));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_SegmentDatesNumbers)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--corpus") CorpusDir() = argv[i + 1];
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
