// marsad shell: the interactive shell on a terminal; on a pipe or with FILE it runs the
// statements and dot-commands without prompts (issue 6, docs/shell.md).
#include <fstream>
#include <ostream>

#include "args.h"
#include "command.h"
#include "db_open.h"
#include "tools/shell/line_editor.h"
#include "tools/shell/shell.h"

namespace marsad::cli {
namespace {

// Opens the database for reading and writing; when another process holds the write lock,
// falls back to a read-only session (queries work, updates report the lock) and says so.
Result<std::unique_ptr<Database>> OpenForShell(const Context& ctx, bool read_only,
                                               std::string* note) {
  Options options;
  options.read_only = read_only;
  options.create_if_missing = !read_only;
  Result<std::unique_ptr<Database>> db = Database::Open(ctx.db_path, options);
  if (db.ok() || read_only || db.status().code() != StatusCode::kBusy) return db;
  options.read_only = true;
  options.create_if_missing = false;
  *note = "note: another process is writing to " + ctx.db_path + "; opened read-only";
  return Database::Open(ctx.db_path, options);
}

}  // namespace

int RunShellCommand(Context& ctx) {
  const Command& self = *FindCommand("shell");
  Args args(ctx.args, {}, {"--bail", "--read-only"});
  if (!args.ok()) return ReportUsage(ctx, self, args.error());
  if (args.positionals().size() > 1) return ReportUsage(ctx, self, "give at most one FILE");

  shell::ShellOptions options;
  options.bail = args.Has("--bail");
  std::ifstream file;
  if (!args.positionals().empty()) {
    options.source_name = args.positionals()[0];
    file.open(options.source_name, std::ios::binary);
    if (!file) {
      ctx.err << "marsad shell: cannot open " << options.source_name << '\n';
      return kExitError;
    }
  }
  options.interactive = ctx.stdin_is_terminal && !file.is_open();
  options.history_path = shell::DefaultHistoryPath();

  Result<std::unique_ptr<Database>> db = OpenForShell(ctx, args.Has("--read-only"),
                                                      &options.banner_note);
  if (!db.ok()) return ReportError(ctx, db.status());
  std::istream& in = file.is_open() ? static_cast<std::istream&>(file) : ctx.in;
  const int code = shell::RunShell(db->get(), in, ctx.out, ctx.err, options);
  const int close_code = ReportCloseError(ctx, (*db)->Close());
  return code != kExitOk ? code : close_code;
}

}  // namespace marsad::cli
