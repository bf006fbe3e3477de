// Opening the database for a subcommand, with the tool's error reporting.
#pragma once

#include <memory>

#include "command.h"
#include "marsad/database.h"

namespace marsad::cli {

// Opens ctx.db_path; on failure prints "marsad: <error>" to ctx.err and returns null.
std::unique_ptr<Database> OpenDatabase(Context& ctx, const Options& options);

// Prints "marsad: <status>" to ctx.err and returns kExitError.
int ReportError(Context& ctx, const Status& status);

// Returns kExitOk, or reports a failed Close() and returns kExitError.
int ReportCloseError(Context& ctx, const Status& status);

// Prints "marsad: <message>\nusage: marsad <usage>" and returns kExitUsage.
int ReportUsage(Context& ctx, const Command& command, const std::string& message);

}  // namespace marsad::cli
