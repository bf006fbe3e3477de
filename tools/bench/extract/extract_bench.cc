// Throughput of end-to-end extraction (text -> quads) over a directory of articles.
//   extract_bench DIR [--dump]   (DIR defaults to the bundled corpus)
// Prints MB/s of Arabic text per core (CPU time of this process); --dump also prints each article's extraction.
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/quads.h"
#include "extract/report.h"

namespace {

std::string Read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace marsad::extract;
  const std::string dir = argc > 1 ? argv[1] : MARSAD_CORPUS_DIR;
  const bool dump = argc > 2 && std::string(argv[2]) == "--dump";
  auto lex = Lexicons::LoadDefault();
  if (!lex.ok()) return std::fprintf(stderr, "%s\n", lex.status().ToString().c_str()), 1;
  auto rules = RuleSet::LoadDefault(*lex);
  if (!rules.ok()) return std::fprintf(stderr, "%s\n", rules.status().ToString().c_str()), 1;
  std::vector<std::pair<std::string, std::string>> docs;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") {
      docs.emplace_back(entry.path().stem().string(), Read(entry.path()));
    }
  }
  std::sort(docs.begin(), docs.end());
  std::size_t bytes = 0;
  std::size_t quads = 0;
  int rounds = 0;
  // CPU time, not wall time: the figure is per core, and the machine may be shared.
  const std::clock_t start = std::clock();
  double seconds = 0;
  do {
    for (const auto& [stem, text] : docs) {
      ArticleMeta meta;
      meta.file_stem = stem;
      auto x = ExtractArticle(text, meta, *lex, *rules);
      if (!x.ok()) return std::fprintf(stderr, "%s\n", x.status().ToString().c_str()), 1;
      quads += ToQuads(*x).size();
      bytes += text.size();
      if (dump && rounds == 0) std::cout << FormatExtraction(*x) << "\n";
    }
    ++rounds;
    seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  } while (!dump && seconds < 2.0);
  std::printf("articles=%zu rounds=%d bytes=%zu quads=%zu cpu_seconds=%.3f MB/s=%.3f\n",
              docs.size(), rounds, bytes, quads, seconds, bytes / seconds / 1e6);
  return 0;
}
