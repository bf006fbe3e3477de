// marsad query / marsad update: run one request and print its results.
#include <chrono>
#include <fstream>
#include <iterator>
#include <ostream>
#include <sstream>

#include "args.h"
#include "command.h"
#include "db_open.h"
#include "grammar/query/parse_query.h"
#include "query/query_engine.h"
#include "query/results/result_writer.h"

namespace marsad::cli {
namespace {

// The request text: the positional argument, `-f FILE`, or standard input for "-".
bool ReadRequestText(Context& ctx, const Command& self, const Args& args, std::string* text,
                     int* exit_code) {
  const auto& positionals = args.positionals();
  const auto file = args.Value("-f");
  if ((file && !positionals.empty()) || (!file && positionals.size() != 1)) {
    *exit_code = ReportUsage(ctx, self, "give the request as one argument, with -f FILE, or '-'");
    return false;
  }
  if (file) {
    std::ifstream in(*file, std::ios::binary);
    if (!in) {
      ctx.err << "marsad " << self.name << ": cannot open " << *file << '\n';
      *exit_code = kExitError;
      return false;
    }
    text->assign(std::istreambuf_iterator<char>(in), {});
  } else if (positionals[0] == "-") {
    text->assign(std::istreambuf_iterator<char>(ctx.in), {});
  } else {
    *text = positionals[0];
  }
  return true;
}

int ReportQueryError(Context& ctx, const std::string& text, const Status& status) {
  if (status.where() && status.where()->line > 0) {
    ctx.err << query::FormatErrorWithCaret(text, status) << '\n';
  } else {
    ctx.err << "marsad: " << status.ToString() << '\n';
  }
  return kExitError;
}

int RunRequest(Context& ctx, const char* name, bool read_only) {
  const Command& self = *FindCommand(name);
  Args args(ctx.args, {"--format", "--graph-format", "-f", "--timeout", "--limit"}, {"--time"});
  if (!args.ok()) return ReportUsage(ctx, self, args.error());
  query::results::ResultFormat format = query::results::ResultFormat::kTable;
  if (auto f = args.Value("--format"); f && !query::results::ResultFormatFromName(*f, &format)) {
    return ReportUsage(ctx, self, "unknown format '" + *f + "'");
  }
  RdfFormat graph_format = RdfFormat::kNTriples;
  if (auto f = args.Value("--graph-format"); f && !RdfFormatFromName(*f, &graph_format)) {
    return ReportUsage(ctx, self, "unknown graph format '" + *f + "'");
  }
  QueryOptions query_options;
  if (auto t = args.Value("--timeout")) query_options.timeout_ms = std::strtoull(t->c_str(), nullptr, 10);
  if (auto l = args.Value("--limit")) query_options.max_rows = std::strtoull(l->c_str(), nullptr, 10);
  std::string text;
  int exit_code = kExitOk;
  if (!ReadRequestText(ctx, self, args, &text, &exit_code)) return exit_code;

  Options open_options;
  open_options.create_if_missing = !read_only;
  open_options.read_only = read_only;
  auto db = OpenDatabase(ctx, open_options);
  if (!db) return kExitError;
  const auto start = std::chrono::steady_clock::now();
  auto result = db->Query(text, query_options);
  if (!result.ok()) return ReportQueryError(ctx, text, result.status());
  const auto prepared = std::chrono::steady_clock::now();
  Status written = query::results::WriteResult(**result, format, graph_format, ctx.out);
  const auto done = std::chrono::steady_clock::now();
  if (args.Has("--time")) {
    // Rows stream: a SELECT executes while its rows are written, so execution includes
    // writing them; what RunQuery ran itself (updates, ASK) is added.
    using Ms = std::chrono::duration<double, std::milli>;
    const query::PhaseTimes phases = query::LastPhaseTimes();
    const double total = Ms(done - start).count();
    const double execute = phases.execute_ms + Ms(done - prepared).count();
    ctx.err << "time: parse " << phases.parse_ms << " ms, plan " << phases.plan_ms
            << " ms, execute " << execute << " ms (total " << total << " ms)\n";
  }
  // The cursor pins a snapshot; release it before closing the database.
  (*result).reset();
  if (!written.ok()) return ReportQueryError(ctx, text, written);
  return ReportCloseError(ctx, db->Close());
}

}  // namespace

int RunQueryCommand(Context& ctx) {
  // Read-only open: queries run while another process holds the database for writing. An
  // update through `marsad query` gets a clear "read-only" error and a pointer to `update`.
  return RunRequest(ctx, "query", /*read_only=*/true);
}

int RunUpdateCommand(Context& ctx) { return RunRequest(ctx, "update", /*read_only=*/false); }

}  // namespace marsad::cli
