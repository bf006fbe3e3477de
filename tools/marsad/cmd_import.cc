// marsad import: load N-Triples, N-Quads or Turtle files into the database.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <istream>
#include <ostream>
#include <string_view>

#include "args.h"
#include "command.h"
#include "db_open.h"
#include "progress.h"

namespace marsad::cli {
namespace {

constexpr std::uint64_t kProgressMinBytes = 8u << 20;

// The file:// URL of `path` (made absolute), the base of a Turtle file's relative IRIs when
// no --base is given, as rdflib and Jena do. Bytes outside RFC 3986's unreserved, sub-delims,
// ':', '@' and '/' are percent-encoded, except non-ASCII, which IRIs carry as is.
std::string FileUrl(const std::string& path) {
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  if (ec) absolute = path;
  const std::string text = absolute.lexically_normal().generic_string();
  static constexpr std::string_view kKept = "-._~!$&'()*+,;=:@/";
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string url = "file://";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || std::isalnum(byte) || kKept.find(c) != std::string_view::npos) {
      url.push_back(c);
    } else {
      url.push_back('%');
      url.push_back(kHex[byte >> 4]);
      url.push_back(kHex[byte & 0xF]);
    }
  }
  return url;
}

int ImportOne(Context& ctx, Database& db, const std::string& path, ImportOptions options,
              bool format_given) {
  std::ifstream file;
  std::istream* in = &ctx.in;
  options.source_name = "<stdin>";
  std::uint64_t total_bytes = 0;
  if (path != "-") {
    if (!format_given && !RdfFormatFromExtension(path, &options.format)) {
      ctx.err << "marsad import: cannot tell the format of " << path
              << " from its extension; use --format nt|nq|ttl\n";
      return kExitUsage;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      ctx.err << "marsad import: " << path << " is a directory, not an RDF file\n";
      return kExitError;
    }
    file.open(path, std::ios::binary);
    if (!file) {
      ctx.err << "marsad import: cannot open " << path << ": " << std::strerror(errno) << '\n';
      return kExitError;
    }
    in = &file;
    options.source_name = path;
    if (options.base_iri.empty()) options.base_iri = FileUrl(path);
    total_bytes = std::filesystem::file_size(path, ec);
  }
  ProgressLine progress(ctx.err, ctx.stderr_is_terminal && total_bytes >= kProgressMinBytes);
  options.on_progress = [&](const ImportProgress& p) {
    ImportProgress with_total = p;
    if (with_total.total_bytes == 0) with_total.total_bytes = total_bytes;
    progress.Update(options.source_name, with_total);
  };
  const auto start = std::chrono::steady_clock::now();
  auto report = db.Import(*in, options);
  progress.Clear();
  if (!report.ok()) return ReportError(ctx, report.status());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ctx.err << "imported " << report->quads_read << " quads (" << report->quads_added << " new) from "
          << options.source_name << " in " << FormatSeconds(seconds) << " ("
          << FormatRate(report->quads_read, seconds) << " quads/s)";
  if (report->bad_lines > 0) {
    ctx.err << "; skipped " << report->bad_lines << " bad lines, the first: " << report->first_error;
  }
  ctx.err << '\n';
  return kExitOk;
}

}  // namespace

int RunImport(Context& ctx) {
  const Command& self = *FindCommand("import");
  Args args(ctx.args, {"--format", "--graph", "--base", "--batch"},
            {"--skip-bad", "--bulk", "--log-commits"});
  if (!args.ok()) return ReportUsage(ctx, self, args.error());
  if (args.positionals().empty()) return ReportUsage(ctx, self, "no input file given");
  ImportOptions options;
  const bool format_given = args.Has("--format");
  if (format_given && !RdfFormatFromName(*args.Value("--format"), &options.format)) {
    return ReportUsage(ctx, self, "unknown format '" + *args.Value("--format") + "'");
  }
  if (!format_given && std::find(args.positionals().begin(), args.positionals().end(), "-") !=
                           args.positionals().end()) {
    return ReportUsage(ctx, self, "reading standard input needs --format");
  }
  options.target_graph = args.Value("--graph").value_or("");
  options.base_iri = args.Value("--base").value_or("");
  options.skip_bad = args.Has("--skip-bad");
  options.bulk = args.Has("--bulk");
  if (args.Has("--log-commits")) {
    // One line per durable batch: what a crash can no longer take away (tests rely on it).
    options.on_batch_committed = [&ctx](const ImportReport& so_far) {
      ctx.err << "committed batch " << so_far.batches_committed << ": " << so_far.quads_read
              << " quads read" << std::endl;
    };
  }
  if (auto batch = args.Value("--batch")) {
    char* end = nullptr;
    options.batch_quads = std::strtoull(batch->c_str(), &end, 10);
    if (*end != '\0' || options.batch_quads == 0) {
      return ReportUsage(ctx, self, "--batch takes a positive number of quads");
    }
  }
  auto db = OpenDatabase(ctx, {});
  if (!db) return kExitError;
  for (const std::string& path : args.positionals()) {
    if (int code = ImportOne(ctx, *db, path, options, format_given); code != kExitOk) return code;
  }
  return ReportCloseError(ctx, db->Close());
}

}  // namespace marsad::cli
