// Candidate lists that come from outside the line: the database and the file system.
#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "tools/shell/completion.h"

namespace marsad::shell {
namespace {

constexpr std::string_view kRdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";

// Labels read for completion at most; a huge knowledge base completes from the first ones
// rather than stalling the prompt.
constexpr std::size_t kMaxLabels = 200000;

}  // namespace

std::vector<std::string> DatabaseCompletionSource::PredicateIris() {
  if (!predicates_) {
    predicates_.emplace();
    Result<Statistics> stats = db_.GetStatistics();
    if (stats.ok()) {
      for (const PredicateStatistics& p : stats->predicates) {
        if (p.predicate.is_iri()) predicates_->push_back(p.predicate.value());
      }
    }
  }
  return *predicates_;
}

std::vector<std::string> DatabaseCompletionSource::EntityLabels() {
  if (!labels_) {
    std::set<std::string> unique;
    QuadPattern pattern;
    pattern.predicate = Term::Iri(std::string(kRdfsLabel));
    Result<std::unique_ptr<QuadCursor>> cursor = db_.Match(pattern);
    if (cursor.ok()) {
      while (unique.size() < kMaxLabels && (*cursor)->Next()) {
        const Term& label = (*cursor)->quad().object;
        if (label.is_literal()) unique.insert(label.value());
      }
    }
    labels_.emplace(unique.begin(), unique.end());
  }
  return *labels_;
}

void DatabaseCompletionSource::Invalidate() {
  predicates_.reset();
  labels_.reset();
}

std::vector<std::string> CompleteFileName(std::string_view partial) {
  namespace fs = std::filesystem;
  const std::size_t slash = partial.rfind('/');
  const std::string dir_part = slash == std::string_view::npos
                                   ? std::string()
                                   : std::string(partial.substr(0, slash + 1));
  const std::string name_part(slash == std::string_view::npos ? partial : partial.substr(slash + 1));
  std::error_code error;
  fs::directory_iterator it(dir_part.empty() ? fs::path(".") : fs::path(dir_part), error);
  std::vector<std::string> names;
  for (; !error && it != fs::directory_iterator(); it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (!name.starts_with(name_part)) continue;
    if (name.starts_with('.') && !name_part.starts_with('.')) continue;  // hidden unless asked
    names.push_back(dir_part + name + (it->is_directory(error) ? "/" : ""));
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace marsad::shell
