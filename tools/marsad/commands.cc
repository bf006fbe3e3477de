#include <algorithm>
#include <cstdlib>
#include <ostream>

#include "command.h"
#include "marsad/version.h"

namespace marsad::cli {

int RunImport(Context& ctx);
int RunExport(Context& ctx);
int RunStats(Context& ctx);
int RunShellCommand(Context& ctx);
int RunQueryCommand(Context& ctx);
int RunIngest(Context& ctx);
int RunExtract(Context& ctx);
int RunRules(Context& ctx);
int RunUpdateCommand(Context& ctx);
int RunCheck(Context& ctx);
int RunBackup(Context& ctx);

namespace {

constexpr Command kCommands[] = {
    {"ingest", "ingest [--date YYYY-MM-DD] [--outlet NAME] [--quiet] [--log-commits] FILE|DIR...",
     "extract facts from Arabic news articles and store them",
     "Each article (a UTF-8 text file; directories contribute their *.txt files) is one atomic\n"
     "batch. Ingesting an article again replaces its earlier facts. The article's date comes\n"
     "from its dateline, else from FILE.meta ('date: YYYY-MM-DD', also 'title:' and\n"
     "'outlet:'), else from --date; relative dates are resolved against it. --log-commits\n"
     "prints 'committed article FILE: N facts' to standard error as each article is stored.",
     &RunIngest},
    {"extract", "extract [--json] [--date YYYY-MM-DD] [--data PATH] FILE",
     "print the facts an article yields, with the rule behind each, without storing them",
     "Readable lines by default (entities, offices, events with their sentence and rule id),\n"
     "or one JSON object per line with --json. --data adds lexicon and rule files.",
     &RunExtract},
    {"rules", "rules check FILE...", "validate extraction rule files",
     "Parses each rule file and checks it against the lexicons; errors are file:line:col.",
     &RunRules},
    {"import", "import [--format nt|nq|ttl] [--graph IRI] [--base IRI] [--skip-bad] [--bulk] "
               "[--batch N] [--log-commits] FILE...",
     "load RDF files (N-Triples, N-Quads, Turtle) into the database",
     "The format comes from each file's extension (.nt, .nq, .ttl) or --format; '-' reads\n"
     "standard input (needs --format). Quads are committed in atomic batches of --batch quads\n"
     "(default 100000). On a syntax error the error is printed as file:line:col, the failing\n"
     "batch is discarded, earlier batches stay, and the exit code is 1. --skip-bad reports and\n"
     "counts bad lines and goes on (N-Triples and N-Quads). --bulk loads an empty database\n"
     "through sorted SST files, which is much faster for large files. --graph puts triples into\n"
     "a named graph. --log-commits prints 'committed batch N: M quads read' to standard error\n"
     "as each batch becomes durable.",
     &RunImport},
    {"export", "export [--format nq|nt|ttl] [--graph IRI] [--output FILE]",
     "write the database (or one graph) as RDF to standard output",
     "N-Quads (the default) keeps graphs; N-Triples and Turtle drop them. An import of an\n"
     "N-Quads export yields the same database.",
     &RunExport},
    {"query", "query [--format table|json|xml|csv|tsv] [--graph-format nt|ttl] [--time] "
              "[--timeout MS] [--limit N] ('QUERY' | -f FILE | -)",
     "run a query (SELECT, ASK, CONSTRUCT, DESCRIBE, EXPLAIN) and print the results",
     "The query language is a SPARQL 1.1 subset with Arabic-aware extensions\n"
     "(docs/query-language.md). Results print as a table by default, or in the W3C JSON, XML,\n"
     "CSV or TSV result formats; CONSTRUCT and DESCRIBE print N-Triples or Turtle. A syntax\n"
     "error shows the query line with a caret under the column. The database is opened\n"
     "read-only, so queries run while another process writes.",
     &RunQueryCommand},
    {"update", "update ('UPDATE' | -f FILE | -)",
     "run an update (INSERT DATA, DELETE DATA, DELETE/INSERT WHERE, CLEAR)",
     "Each operation is one atomic batch: it is applied whole or not at all.",
     &RunUpdateCommand},
    {"stats", "stats [--json] [--all]", "show quad, term and per-predicate counts",
     "Counts come from the statistics kept current on every write. --all lists every\n"
     "predicate (the default shows the 25 most frequent).",
     &RunStats},
    {"check", "check [--max-problems N]",
     "verify that indexes, dictionary and statistics agree",
     "Reads one snapshot (read-only, so it runs beside a writer) and checks that the nine\n"
     "index permutations hold the same quads, that every term id decodes and id2term and\n"
     "term2id agree, and that the stored statistics equal a recount. Prints 'ok: N quads,\n"
     "N terms, 9 indexes agree' and exits 0, or lists the problems (the first 100 unless\n"
     "--max-problems says otherwise) and exits 1.",
     &RunCheck},
    {"backup", "backup DIR",
     "write a consistent copy of the database to DIR",
     "DIR must not exist or be empty. The copy is a RocksDB checkpoint (files hard-linked\n"
     "where the file system allows), consistent as of one moment; open it with --db DIR.\n"
     "Needs the database's write lock: a process writing to it must make its own backup\n"
     "through Database::Backup.",
     &RunBackup},
    {"shell", "shell [--bail] [--read-only] [FILE]",
     "the interactive shell (the default when no command is given)",
     "On a terminal: line editing, history, Tab completion, dot-commands (.help) and tables\n"
     "sized for Arabic text; statements end with ';'. Ctrl-C cancels a running query, Ctrl-D\n"
     "leaves. With FILE, or when standard input is not a terminal ('marsad < script'), the\n"
     "statements run without prompts, errors go to standard error and the exit code is 1\n"
     "after any error; --bail stops at the first one. See docs/shell.md.",
     &RunShellCommand},
};

void PrintOverview(std::ostream& out) {
  out << "marsad " << Version()
      << " -- a knowledge base of facts from Arabic news\n\n"
         "usage: marsad [--db PATH] COMMAND [ARGS...]\n\ncommands:\n";
  for (const Command& c : kCommands) {
    out << "  " << c.name << std::string(10 - std::min<std::size_t>(9, std::string(c.name).size()), ' ')
        << c.summary << '\n';
  }
  out << "\noptions:\n  --db PATH   the database directory (default $MARSAD_DB or ./marsad.db)\n"
         "  --help      this text; 'marsad COMMAND --help' for one command\n"
         "  --version   print the version\n\n"
         "exit codes: 0 success, 1 a query or data error, 2 a usage error\n";
}

}  // namespace

std::span<const Command> Commands() { return kCommands; }

const Command* FindCommand(const std::string& name) {
  for (const Command& c : kCommands) {
    if (name == c.name) return &c;
  }
  return nullptr;
}

int RunMain(const std::vector<std::string>& argv, Context& base) {
  std::size_t i = 0;
  if (const char* env = std::getenv("MARSAD_DB"); env && *env) base.db_path = env;
  if (base.db_path.empty()) base.db_path = "marsad.db";
  for (; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (arg == "--db" && i + 1 < argv.size()) {
      base.db_path = argv[++i];
    } else if (arg.rfind("--db=", 0) == 0) {
      base.db_path = arg.substr(5);
    } else if (arg == "--help" || arg == "-h" || arg == "help") {
      PrintOverview(base.out);
      return kExitOk;
    } else if (arg == "--version") {
      base.out << "marsad " << Version() << '\n';
      return kExitOk;
    } else if (arg.rfind("-", 0) == 0) {
      base.err << "marsad: unknown option " << arg << " (see 'marsad --help')\n";
      return kExitUsage;
    } else {
      break;
    }
  }
  if (i == argv.size()) {
    // No command: the shell, interactive on a terminal, a statement runner on a pipe.
    base.args.clear();
    return FindCommand("shell")->run(base);
  }
  const Command* command = FindCommand(argv[i]);
  if (command == nullptr) {
    base.err << "marsad: unknown command '" << argv[i] << "' (see 'marsad --help')\n";
    return kExitUsage;
  }
  base.args.assign(argv.begin() + static_cast<std::ptrdiff_t>(i) + 1, argv.end());
  if (std::find(base.args.begin(), base.args.end(), "--help") != base.args.end()) {
    base.out << "usage: marsad " << command->usage << "\n\n" << command->summary << ".\n\n"
             << command->help << '\n';
    return kExitOk;
  }
  return command->run(base);
}

}  // namespace marsad::cli
