// marsad ingest: extract the facts of Arabic news articles and store them, one atomic batch
// per article.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>

#include "args.h"
#include "command.h"
#include "db_open.h"
#include "progress.h"

namespace marsad::cli {
namespace {

namespace fs = std::filesystem;

// Files named on the command line are taken as they are; directories contribute their *.txt
// files (recursively), sorted so that runs are reproducible.
bool CollectArticles(Context& ctx, const std::vector<std::string>& paths,
                     std::vector<std::string>* files) {
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::end(it);
           it.increment(ec)) {
        if (it->is_regular_file() && it->path().extension() == ".txt") {
          found.push_back(it->path().string());
        }
      }
      if (ec) {
        ctx.err << "marsad ingest: cannot read directory " << path << ": " << ec.message() << '\n';
        return false;
      }
      std::sort(found.begin(), found.end());
      files->insert(files->end(), found.begin(), found.end());
    } else if (fs::exists(path, ec)) {
      files->push_back(path);
    } else {
      ctx.err << "marsad ingest: no such file or directory: " << path << '\n';
      return false;
    }
  }
  return true;
}

// Optional metadata beside the article: STEM.meta (000_x.txt -> 000_x.meta) with "title: …", "date: YYYY-MM-DD",
// "outlet: …" lines.
void ReadSidecar(const std::string& file, Article* article) {
  std::ifstream in(fs::path(file).replace_extension(".meta"));
  std::string line;
  while (std::getline(in, line)) {
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string key = line.substr(0, colon), value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(" \t"));
    while (!value.empty() && (value.back() == '\r' || value.back() == ' ')) value.pop_back();
    if (key == "title") article->title = value;
    if (key == "date") article->date = value;
    if (key == "outlet") article->outlet = value;
  }
}

struct Totals {
  std::uint64_t articles = 0, sentences = 0, entities = 0, offices = 0, events = 0, quads = 0;
  void Add(const IngestReport& r) {
    ++articles;
    sentences += r.sentences;
    entities += r.entities;
    offices += r.offices;
    events += r.events;
    quads += r.quads_added;
  }
};

}  // namespace

int RunIngest(Context& ctx) {
  const Command& self = *FindCommand("ingest");
  Args args(ctx.args, {"--date", "--outlet"}, {"--quiet", "--log-commits"});
  if (!args.ok()) return ReportUsage(ctx, self, args.error());
  if (args.positionals().empty()) return ReportUsage(ctx, self, "no article file or directory given");
  std::vector<std::string> files;
  if (!CollectArticles(ctx, args.positionals(), &files)) return kExitError;
  auto db = OpenDatabase(ctx, {});
  if (!db) return kExitError;
  Totals totals;
  const auto start = std::chrono::steady_clock::now();
  ProgressLine progress(ctx.err, ctx.stderr_is_terminal && files.size() > 20);
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      ctx.err << "marsad ingest: cannot open " << file << '\n';
      return kExitError;
    }
    Article article;
    article.file = file;
    article.text.assign(std::istreambuf_iterator<char>(in), {});
    article.date = args.Value("--date").value_or("");
    article.outlet = args.Value("--outlet").value_or("");
    ReadSidecar(file, &article);
    auto report = db->Ingest(article);
    if (!report.ok()) {
      progress.Clear();
      ctx.err << "marsad ingest: " << file << ": " << report.status().ToString() << '\n'
              << "(" << totals.articles << " articles before it were stored)\n";
      return kExitError;
    }
    totals.Add(*report);
    if (args.Has("--log-commits")) {
      ctx.err << "committed article " << file << ": " << report->quads_added << " facts"
              << std::endl;
    }
    progress.Update("ingest", {.bytes_read = totals.articles, .total_bytes = files.size(),
                               .quads = totals.quads});
  }
  progress.Clear();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!args.Has("--quiet")) {
    ctx.err << "ingested " << totals.articles << " articles in " << FormatSeconds(seconds) << " ("
            << FormatRate(totals.articles, seconds) << " articles/s): " << totals.sentences
            << " sentences, " << totals.entities << " entities, " << totals.offices
            << " offices, " << totals.events << " events, " << totals.quads << " facts\n";
  }
  return ReportCloseError(ctx, db->Close());
}

}  // namespace marsad::cli
