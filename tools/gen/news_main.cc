// marsad-gen-news: writes news-shaped N-Triples (docs/vocabulary.md) to standard output.
//   marsad-gen-news --articles 12500 [--seed 0] [--anchors anchors.tsv] > news.nt
// --anchors writes name<TAB>value lines (person_iri, person_label, country_iri, event_type,
// date_from, date_to) that the benchmark harness substitutes into its query templates.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "news_generator.h"

namespace {

bool WriteAnchors(const std::string& path, const marsad::gen::NewsAnchors& anchors) {
  std::FILE* file = std::fopen(path.c_str(), "w");
  if (file == nullptr) return false;
  const std::pair<const char*, const std::string*> rows[] = {
      {"person_iri", &anchors.person_iri}, {"person_label", &anchors.person_label},
      {"country_iri", &anchors.country_iri}, {"event_type", &anchors.event_type},
      {"date_from", &anchors.date_from},   {"date_to", &anchors.date_to}};
  for (const auto& [name, value] : rows) std::fprintf(file, "%s\t%s\n", name, value->c_str());
  return std::fclose(file) == 0;
}

}  // namespace

int main(int argc, char** argv) {
  marsad::gen::NewsOptions options;
  std::string anchors_path;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if ((arg == "--articles" || arg == "-n") && i + 1 < argc) {
      options.articles = std::atoi(argv[++i]);
    } else if (arg == "--seed" && i + 1 < argc) {
      options.seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--anchors" && i + 1 < argc) {
      anchors_path = argv[++i];
    } else {
      std::fprintf(stderr,
                   "usage: marsad-gen-news [--articles N] [--seed S] [--anchors FILE] > out.nt\n");
      return arg == "--help" ? 0 : 2;
    }
  }
  if (options.articles < 1) {
    std::fprintf(stderr, "marsad-gen-news: --articles must be at least 1\n");
    return 2;
  }
  static char buffer[1 << 20];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
  const auto summary = marsad::gen::GenerateNews(options, [](std::string_view line) {
    std::fwrite(line.data(), 1, line.size(), stdout);
  });
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "marsad-gen-news: write error on standard output\n");
    return 1;
  }
  if (!anchors_path.empty() && !WriteAnchors(anchors_path, summary.anchors)) {
    std::fprintf(stderr, "marsad-gen-news: cannot write %s\n", anchors_path.c_str());
    return 1;
  }
  std::fprintf(stderr, "marsad-gen-news: %llu triples, %llu events\n",
               static_cast<unsigned long long>(summary.triples),
               static_cast<unsigned long long>(summary.events));
  return 0;
}
