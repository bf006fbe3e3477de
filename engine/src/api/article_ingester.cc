#include "api/article_ingester.h"

#include <algorithm>
#include <filesystem>

#include "base/status_macros.h"
#include "extract/extractor.h"
#include "extract/quads.h"

namespace marsad::api {
namespace {

namespace fs = std::filesystem;

bool ParseIsoDate(const std::string& s, text::CivilDate* date) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return false;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  *date = {y, m, d};
  return true;
}

// Files under `path` (itself when it is a file), sorted so the load order is reproducible.
std::vector<fs::path> DataFiles(const std::string& path) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return {fs::path(path)};
  for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Every quad of the earlier ingest of the article: the article graph (article, sentence and
// entity description quads) and the graph of each of its sentences (the facts).
Status RemovePreviousIngest(store::Store& store, store::BatchWriter& writer,
                            const std::string& article_iri, std::uint64_t* removed) {
  const Term article = Term::Iri(article_iri);
  MARSAD_ASSIGN_OR_RETURN(auto ids, store.Lookup({&article, 1}));
  if (ids[0] == store::kNoTerm) return Status::Ok();
  auto snapshot = store.GetSnapshot();
  std::vector<store::TermId> graphs = {ids[0]};
  const Term article_predicate = Term::Iri("http://marsad.dev/ns#article");
  MARSAD_ASSIGN_OR_RETURN(auto pred, store.Lookup({&article_predicate, 1}));
  if (pred[0] != store::kNoTerm) {
    store::IdPattern sentences{.p = pred[0], .o = ids[0], .graph = store::GraphScope::kNamed,
                               .graph_id = ids[0]};
    MARSAD_ASSIGN_OR_RETURN(auto it, store.Scan(snapshot, sentences));
    while (it->Next()) graphs.push_back(it->quad().s);
    MARSAD_RETURN_IF_ERROR(it->status());
  }
  for (store::TermId graph : graphs) {
    store::IdPattern all{.graph = store::GraphScope::kNamed, .graph_id = graph};
    MARSAD_ASSIGN_OR_RETURN(auto it, store.Scan(snapshot, all));
    while (it->Next()) {
      MARSAD_ASSIGN_OR_RETURN(bool changed, writer.Remove(it->quad()));
      *removed += changed ? 1 : 0;
    }
    MARSAD_RETURN_IF_ERROR(it->status());
  }
  return Status::Ok();
}

}  // namespace

Result<extract::ArticleMeta> MetaFor(const Article& article) {
  extract::ArticleMeta meta;
  meta.file = article.file;
  meta.file_stem = fs::path(article.file).stem().string();
  if (meta.file_stem.empty()) {
    return Status(StatusCode::kInvalidArgument, "an article needs a file name to name it");
  }
  meta.title = article.title;
  meta.outlet = article.outlet;
  if (!article.date.empty() && !ParseIsoDate(article.date, &meta.date)) {
    return Status(StatusCode::kInvalidArgument,
                  "article date '" + article.date + "' is not YYYY-MM-DD");
  }
  return meta;
}

ArticleIngester::ArticleIngester(std::vector<std::string> extra_data)
    : extra_data_(std::move(extra_data)) {}

Status ArticleIngester::LoadData() {
  std::call_once(loaded_, [this] {
    auto lexicons = extract::Lexicons::LoadDefault();
    if (!lexicons.ok()) return void(load_status_ = lexicons.status());
    lexicons_ = std::make_unique<extract::Lexicons>(std::move(lexicons).value());
    std::vector<fs::path> rule_files;
    for (const std::string& path : extra_data_) {
      for (const fs::path& file : DataFiles(path)) {
        if (file.extension() == ".rules") {
          rule_files.push_back(file);
        } else if (Status s = lexicons_->AddFile(file.string()); !s.ok()) {
          return void(load_status_ = s);
        }
      }
    }
    auto rules = extract::RuleSet::LoadDefault(*lexicons_);
    if (!rules.ok()) return void(load_status_ = rules.status());
    rules_ = std::make_unique<extract::RuleSet>(std::move(rules).value());
    for (const fs::path& file : rule_files) {
      if (Status s = rules_->AddFile(file.string(), *lexicons_); !s.ok()) {
        return void(load_status_ = s);
      }
    }
  });
  return load_status_;
}

Result<extract::ArticleExtraction> ArticleIngester::Extract(const Article& article) {
  MARSAD_RETURN_IF_ERROR(LoadData());
  MARSAD_ASSIGN_OR_RETURN(extract::ArticleMeta meta, MetaFor(article));
  return extract::ExtractArticle(article.text, meta, *lexicons_, *rules_);
}

Result<IngestReport> ArticleIngester::Ingest(store::Store& store, const Article& article) {
  MARSAD_ASSIGN_OR_RETURN(extract::ArticleExtraction x, Extract(article));
  const std::vector<Quad> quads = extract::ToQuads(x);
  IngestReport report;
  report.sentences = x.sentences.size();
  report.entities = x.entities.size();
  report.offices = x.offices.size();
  report.events = x.events.size();
  report.skipped_lines = x.skipped_lines;
  MARSAD_ASSIGN_OR_RETURN(auto writer, store.NewBatchWriter());
  MARSAD_RETURN_IF_ERROR(
      RemovePreviousIngest(store, *writer, extract::ArticleIri(x.meta), &report.quads_removed));
  MARSAD_ASSIGN_OR_RETURN(report.quads_added, writer->InsertQuads(quads));
  MARSAD_RETURN_IF_ERROR(writer->Commit());
  return report;
}

}  // namespace marsad::api
