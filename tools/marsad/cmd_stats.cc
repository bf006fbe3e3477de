// marsad stats: what the database holds, from the statistics kept on every write.
#include <iomanip>
#include <ostream>

#include "args.h"
#include "command.h"
#include "db_open.h"

namespace marsad::cli {
namespace {

void PrintText(std::ostream& out, const Statistics& stats, std::size_t limit) {
  out << "quads:    " << stats.quads << "\ntriples:  " << stats.triples
      << "\nterms:    " << stats.terms << "\ngraphs:   " << stats.graphs
      << "\npredicates: " << stats.predicates.size() << '\n';
  if (stats.predicates.empty()) return;
  out << '\n' << std::setw(10) << "triples" << std::setw(11) << "subjects" << std::setw(10)
      << "objects" << "  predicate\n";
  std::size_t shown = 0;
  for (const PredicateStatistics& p : stats.predicates) {
    if (limit != 0 && shown++ == limit) {
      out << "… " << (stats.predicates.size() - limit) << " more predicates (--all)\n";
      break;
    }
    out << std::setw(10) << p.triples << std::setw(11) << p.distinct_subjects << std::setw(10)
        << p.distinct_objects << "  " << p.predicate.ToNTriples() << '\n';
  }
}

void PrintJson(std::ostream& out, const Statistics& stats) {
  out << "{\"quads\":" << stats.quads << ",\"triples\":" << stats.triples
      << ",\"terms\":" << stats.terms << ",\"graphs\":" << stats.graphs << ",\"predicates\":[";
  bool first = true;
  for (const PredicateStatistics& p : stats.predicates) {
    if (!first) out << ',';
    first = false;
    // Predicates are IRIs; an IRI has no '"' or '\' (IRIREF forbids them).
    out << "{\"predicate\":\"" << p.predicate.value() << "\",\"triples\":" << p.triples
        << ",\"distinct_subjects\":" << p.distinct_subjects
        << ",\"distinct_objects\":" << p.distinct_objects << '}';
  }
  out << "]}\n";
}

}  // namespace

int RunStats(Context& ctx) {
  const Command& self = *FindCommand("stats");
  Args args(ctx.args, {}, {"--json", "--all"});
  if (!args.ok()) return ReportUsage(ctx, self, args.error());
  if (!args.positionals().empty()) {
    return ReportUsage(ctx, self, "unexpected argument '" + args.positionals()[0] + "'");
  }
  Options options;
  options.create_if_missing = false;
  options.read_only = true;
  auto db = OpenDatabase(ctx, options);
  if (!db) return kExitError;
  auto stats = db->GetStatistics();
  if (!stats.ok()) return ReportError(ctx, stats.status());
  if (args.Has("--json")) {
    PrintJson(ctx.out, *stats);
  } else {
    PrintText(ctx.out, *stats, args.Has("--all") ? 0 : 25);
  }
  return kExitOk;
}

}  // namespace marsad::cli
