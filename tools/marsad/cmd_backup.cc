// marsad backup DIR: a consistent copy of the database, taken while it may be in use.
#include <ostream>

#include "args.h"
#include "command.h"
#include "db_open.h"

namespace marsad::cli {

int RunBackup(Context& ctx) {
  const Command& self = *FindCommand("backup");
  Args args(ctx.args, {}, {});
  if (!args.ok()) return ReportUsage(ctx, self, args.error());
  if (args.positionals().size() != 1) {
    return ReportUsage(ctx, self, "give exactly one backup directory");
  }
  const std::string& dir = args.positionals()[0];
  Options options;
  options.create_if_missing = false;
  auto db = OpenDatabase(ctx, options);
  if (!db) return kExitError;
  Status status = db->Backup(dir);
  if (!status.ok()) return ReportError(ctx, status);
  auto stats = db->GetStatistics();
  if (!stats.ok()) return ReportError(ctx, stats.status());
  ctx.out << "backed up " << ctx.db_path << " (" << stats->quads << " quads, " << stats->terms
          << " terms) to " << dir << '\n';
  return ReportCloseError(ctx, db->Close());
}

}  // namespace marsad::cli
