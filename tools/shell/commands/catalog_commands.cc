// Dot-commands that describe what the database holds: prefixes, predicates, entities, counts.
#include <algorithm>
#include <cctype>
#include <ostream>

#include "tools/shell/commands/registry.h"
#include "tools/shell/printers/cell_format.h"
#include "tools/shell/printers/result_printer.h"
#include "tools/shell/statement_runner.h"

namespace marsad::shell {
namespace {

bool RequireDatabase(ShellState& state) {
  if (state.db() != nullptr) return true;
  state.err() << "error: no database is open\n";
  return false;
}

CommandOutcome RunPrefixes(ShellState& state, const CommandArgs& /*args*/) {
  std::vector<std::vector<Term>> rows;
  for (const auto& [prefix, ns] : state.prefixes.all()) {
    rows.push_back({Term::Literal(prefix + ":"), Term::Iri(ns)});
  }
  PrintRows(state, {"prefix", "namespace"}, rows);
  return CommandOutcome::kOk;
}

CommandOutcome RunPredicates(ShellState& state, const CommandArgs& args) {
  if (!RequireDatabase(state)) return CommandOutcome::kError;
  Result<Statistics> stats = state.db()->GetStatistics();
  if (!stats.ok()) {
    state.err() << "error: " << stats.status().ToString() << '\n';
    return CommandOutcome::kError;
  }
  // An optional argument filters by a substring of the predicate's IRI or prefixed name.
  const std::string filter = args.rest;
  std::vector<std::vector<Term>> rows;
  for (const PredicateStatistics& p : stats->predicates) {
    const std::string shown = AbbreviateIri(p.predicate.value(), state.prefixes.all());
    if (!filter.empty() && shown.find(filter) == std::string::npos &&
        p.predicate.value().find(filter) == std::string::npos) {
      continue;
    }
    rows.push_back({p.predicate, Term::Integer(static_cast<std::int64_t>(p.triples)),
                    Term::Integer(static_cast<std::int64_t>(p.distinct_subjects)),
                    Term::Integer(static_cast<std::int64_t>(p.distinct_objects))});
  }
  PrintRows(state, {"predicate", "triples", "subjects", "objects"}, rows);
  return CommandOutcome::kOk;
}

CommandOutcome RunStats(ShellState& state, const CommandArgs& /*args*/) {
  if (!RequireDatabase(state)) return CommandOutcome::kError;
  Result<Statistics> stats = state.db()->GetStatistics();
  if (!stats.ok()) {
    state.err() << "error: " << stats.status().ToString() << '\n';
    return CommandOutcome::kError;
  }
  auto count = [](std::uint64_t n) { return Term::Integer(static_cast<std::int64_t>(n)); };
  PrintRows(state, {"quads", "triples", "terms", "graphs", "predicates"},
            {{count(stats->quads), count(stats->triples), count(stats->terms),
              count(stats->graphs), count(stats->predicates.size())}});
  return CommandOutcome::kOk;
}

// A string literal of the query language holding `text` (quotes and backslashes escaped).
std::string QuotedString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out + "\"";
}

// The lookup term for `text`: @Name for a plain ASCII word (matched against Latin aliases),
// else @"text" (matched by Arabic match key and skeleton key).
std::string LookupTerm(const std::string& text) {
  const bool ascii_word = std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
  });
  return ascii_word ? "@" + text : "@" + QuotedString(text);
}

// The entity lookup term resolves any spelling (match key, skeleton key, Latin
// alias) to entity nodes. A zero-length path step (`rdfs:label?`) binds the looked-up node
// itself to ?entity; the isIRI filter drops the one-step matches, which are label literals.
CommandOutcome RunEntities(ShellState& state, const CommandArgs& args) {
  if (args.rest.empty()) return UsageError(state, *FindDotCommand("entities"));
  const std::string query =
      "SELECT DISTINCT ?entity ?type ?label WHERE {\n  " + LookupTerm(args.rest) +
      " rdfs:label? ?entity .\n  FILTER(isIRI(?entity))\n"
      "  OPTIONAL { ?entity a ?type }\n  OPTIONAL { ?entity rdfs:label ?label }\n}";
  return RunStatement(state, query) ? CommandOutcome::kOk : CommandOutcome::kErrorReported;
}

constexpr DotCommand kCatalogCommands[] = {
    {"prefixes", ".prefixes",
     "prefixes a query may use undeclared: earlier statements' PREFIXes, then the defaults",
     &RunPrefixes},
    {"predicates", ".predicates [FILTER]", "predicates in the database with their counts",
     &RunPredicates},
    {"entities", ".entities TEXT", "entities named TEXT in any spelling (Arabic or Latin)",
     &RunEntities},
    {"stats", ".stats", "quad, triple, term, graph and predicate counts", &RunStats},
};

}  // namespace

std::span<const DotCommand> CatalogCommands() { return kCatalogCommands; }

}  // namespace marsad::shell
