// marsad check: verifies that indexes, dictionary and statistics agree.
#include <cstdlib>
#include <ostream>

#include "args.h"
#include "command.h"
#include "db_open.h"

namespace marsad::cli {

int RunCheck(Context& ctx) {
  const Command& self = *FindCommand("check");
  Args args(ctx.args, {"--max-problems"}, {});
  if (!args.ok()) return ReportUsage(ctx, self, args.error());
  if (!args.positionals().empty()) {
    return ReportUsage(ctx, self, "unexpected argument '" + args.positionals()[0] + "'");
  }
  CheckOptions check_options;
  if (auto max = args.Value("--max-problems")) {
    char* end = nullptr;
    check_options.max_problems = std::strtoull(max->c_str(), &end, 10);
    if (*end != '\0' || check_options.max_problems == 0) {
      return ReportUsage(ctx, self, "--max-problems takes a positive number");
    }
  }
  // Read-only: checking needs no lock, so it runs beside a process that writes.
  Options options;
  options.create_if_missing = false;
  options.read_only = true;
  auto db = OpenDatabase(ctx, options);
  if (!db) return kExitError;
  auto report = db->Check(check_options);
  if (!report.ok()) return ReportError(ctx, report.status());
  if (report->ok()) {
    ctx.out << "ok: " << report->quads << " quads, " << report->terms << " terms, "
            << report->indexes << " indexes agree\n";
    return ReportCloseError(ctx, db->Close());
  }
  ctx.out << ctx.db_path << ": " << report->problem_count << " problem"
          << (report->problem_count == 1 ? "" : "s") << '\n';
  for (const CheckProblem& problem : report->problems) {
    ctx.out << "  [" << problem.location << "] " << CheckProblemKindName(problem.kind) << ": "
            << problem.message << '\n';
  }
  if (report->problem_count > report->problems.size()) {
    ctx.out << "  … " << (report->problem_count - report->problems.size())
            << " more (--max-problems N lists more)\n";
  }
  (void)db->Close();
  return kExitError;
}

}  // namespace marsad::cli
