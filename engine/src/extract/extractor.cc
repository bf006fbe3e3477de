#include "extract/extractor.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/status_macros.h"
#include "extract/article_state.h"

namespace marsad::extract {
namespace {

bool ParseIsoDate(std::string_view s, text::CivilDate* out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  auto num = [&](std::size_t pos, std::size_t len, int* v) {
    const auto r = std::from_chars(s.data() + pos, s.data() + pos + len, *v);
    return r.ec == std::errc() && r.ptr == s.data() + pos + len;
  };
  text::CivilDate d;
  if (!num(0, 4, &d.year) || !num(5, 2, &d.month) || !num(8, 2, &d.day)) return false;
  if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return false;
  *out = d;
  return true;
}

std::string Trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(b, s.find_last_not_of(" \t\r") - b + 1));
}

}  // namespace

Result<ArticleExtraction> ExtractArticle(std::string_view text, const ArticleMeta& meta,
                                         const Lexicons& lexicons, const RuleSet& rules) {
  ArticleState state(lexicons, rules, text);
  state.out.meta = meta;
  MARSAD_RETURN_IF_ERROR(PrepareSentences(&state));
  RunMentionPhase(&state);
  RunFactPhase(&state);
  // «الرئيس بوتين»: a title without its country informs «نظيره» but states no office.
  std::erase_if(state.out.offices, [](const OfficeFact& o) { return o.of < 0; });
  return std::move(state.out);
}

Result<ArticleMeta> MetaForFile(const std::string& path) {
  namespace fs = std::filesystem;
  ArticleMeta meta;
  meta.file = path;
  meta.file_stem = fs::path(path).stem().string();
  fs::path sidecar(path);
  sidecar.replace_extension(".meta");
  std::error_code ec;
  if (!fs::exists(sidecar, ec)) return meta;
  std::ifstream in(sidecar, std::ios::binary);
  if (!in) return Status(StatusCode::kIOError, "cannot read sidecar " + sidecar.string());
  std::ostringstream content;
  content << in.rdbuf();
  Status s = ParseArticleSidecar(content.str(), &meta);
  if (!s.ok()) {
    SourceLocation where = s.where().value_or(SourceLocation{});
    where.source = sidecar.string();
    return Status(s.code(), s.message(), where);
  }
  return meta;
}

Status ParseArticleSidecar(std::string_view text, ArticleMeta* meta) {
  std::istringstream in{std::string(text)};
  std::string line;
  std::uint64_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    const std::size_t colon = line.find(':');
    if (Trim(line).empty() || line[0] == '#' || colon == std::string::npos) continue;
    const std::string key = Trim(line.substr(0, colon));
    const std::string value = Trim(line.substr(colon + 1));
    if (key == "title") {
      meta->title = value;
    } else if (key == "outlet") {
      meta->outlet = value;
    } else if (key == "date") {
      if (!ParseIsoDate(value, &meta->date)) {
        return Status(StatusCode::kInvalidArgument,
                      "sidecar date must be YYYY-MM-DD, got '" + value + "'",
                      SourceLocation{"<sidecar>", line_no, colon + 2, 0});
      }
    }
  }
  return Status::Ok();
}

}  // namespace marsad::extract
