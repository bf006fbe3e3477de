#include "db_open.h"

#include <ostream>

namespace marsad::cli {

std::unique_ptr<Database> OpenDatabase(Context& ctx, const Options& options) {
  auto db = Database::Open(ctx.db_path, options);
  if (!db.ok()) {
    ReportError(ctx, db.status());
    return nullptr;
  }
  return std::move(db).value();
}

int ReportError(Context& ctx, const Status& status) {
  ctx.err << "marsad: " << status.ToString() << '\n';
  return kExitError;
}

int ReportCloseError(Context& ctx, const Status& status) {
  return status.ok() ? kExitOk : ReportError(ctx, status);
}

int ReportUsage(Context& ctx, const Command& command, const std::string& message) {
  ctx.err << "marsad " << command.name << ": " << message << "\nusage: marsad " << command.usage
          << "\n(see 'marsad " << command.name << " --help')\n";
  return kExitUsage;
}

}  // namespace marsad::cli
