// marsad extract: show what ingesting an article would store, with the rule behind each fact,
// without touching a database. marsad rules check: validate a rule file.
#include <fstream>
#include <iterator>
#include <ostream>

#include "api/article_ingester.h"
#include "args.h"
#include "command.h"
#include "db_open.h"
#include "extract/report.h"
#include "extract/rule_set.h"

namespace marsad::cli {

int RunExtract(Context& ctx) {
  const Command& self = *FindCommand("extract");
  Args args(ctx.args, {"--date", "--data"}, {"--json"});
  if (!args.ok()) return ReportUsage(ctx, self, args.error());
  if (args.positionals().size() != 1) return ReportUsage(ctx, self, "give one article file");
  const std::string& file = args.positionals()[0];
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    ctx.err << "marsad extract: cannot open " << file << '\n';
    return kExitError;
  }
  Article article;
  article.file = file;
  article.text.assign(std::istreambuf_iterator<char>(in), {});
  article.date = args.Value("--date").value_or("");
  std::vector<std::string> data;
  if (auto extra = args.Value("--data")) data.push_back(*extra);
  api::ArticleIngester ingester(std::move(data));
  auto extraction = ingester.Extract(article);
  if (!extraction.ok()) {
    ctx.err << "marsad extract: " << file << ": " << extraction.status().ToString() << '\n';
    return kExitError;
  }
  ctx.out << (args.Has("--json") ? extract::FormatExtractionJson(*extraction)
                                 : extract::FormatExtraction(*extraction));
  return kExitOk;
}

int RunRules(Context& ctx) {
  const Command& self = *FindCommand("rules");
  Args args(ctx.args, {}, {});
  if (!args.ok()) return ReportUsage(ctx, self, args.error());
  const auto& pos = args.positionals();
  if (pos.size() < 2 || pos[0] != "check") return ReportUsage(ctx, self, "expected 'check FILE...'");
  int code = kExitOk;
  for (std::size_t i = 1; i < pos.size(); ++i) {
    if (Status s = extract::CheckRulesFile(pos[i]); !s.ok()) {
      ctx.err << s.ToString() << '\n';
      code = kExitError;
    } else {
      ctx.out << pos[i] << ": ok\n";
    }
  }
  return code;
}

}  // namespace marsad::cli
