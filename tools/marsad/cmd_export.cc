// marsad export: write the database (or one graph) as N-Quads, N-Triples or Turtle.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <ostream>

#include "args.h"
#include "command.h"
#include "db_open.h"

namespace marsad::cli {

int RunExport(Context& ctx) {
  const Command& self = *FindCommand("export");
  Args args(ctx.args, {"--format", "--graph", "--output"}, {});
  if (!args.ok()) return ReportUsage(ctx, self, args.error());
  if (!args.positionals().empty()) {
    return ReportUsage(ctx, self, "unexpected argument '" + args.positionals()[0] + "'");
  }
  ExportOptions options;
  if (auto format = args.Value("--format");
      format && !RdfFormatFromName(*format, &options.format)) {
    return ReportUsage(ctx, self, "unknown format '" + *format + "'");
  }
  options.graph = args.Value("--graph").value_or("");
  std::ofstream file;
  std::ostream* out = &ctx.out;
  if (auto path = args.Value("--output")) {
    file.open(*path, std::ios::binary | std::ios::trunc);
    if (!file) {
      ctx.err << "marsad export: cannot write " << *path << ": " << std::strerror(errno) << '\n';
      return kExitError;
    }
    out = &file;
  }
  Options open_options;
  open_options.create_if_missing = false;
  open_options.read_only = true;
  auto db = OpenDatabase(ctx, open_options);
  if (!db) return kExitError;
  if (Status s = db->Export(*out, options); !s.ok()) return ReportError(ctx, s);
  out->flush();
  if (!*out) {
    ctx.err << "marsad export: writing the output failed\n";
    return kExitError;
  }
  return kExitOk;
}

}  // namespace marsad::cli
