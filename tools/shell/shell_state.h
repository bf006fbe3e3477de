// The state one shell session carries between statements: the database, where output goes,
// and the display settings the dot-commands change. Tests build one over string streams.
#pragma once

#include <cstddef>
#include <fstream>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "marsad/database.h"
#include "marsad/status.h"
#include "tools/shell/session_prefixes.h"

namespace marsad::shell {

// How results print. Table and box are for people; json, csv and tsv are the W3C result
// formats; nt and ttl print CONSTRUCT/DESCRIBE graphs (and solutions as TSV).
enum class OutputMode { kTable, kBox, kJson, kCsv, kTsv, kNTriples, kTurtle };

// "table", "box", "json", "csv", "tsv", "nt", "ttl"; false when unknown.
bool OutputModeFromName(std::string_view name, OutputMode* mode);
const char* OutputModeName(OutputMode mode);

struct DisplaySettings {
  OutputMode mode = OutputMode::kTable;
  bool headers = true;
  // A Latin transliteration beside Arabic values (table and box only).
  bool translit = false;
  // Rows a table or box shows before "… N more rows"; 0 shows all. Machine formats (json,
  // csv, tsv, nt, ttl) always print every row.
  std::size_t max_rows = 100;
  // Display columns a cell may take before it is truncated with '…' (or wrapped); 0 = no
  // limit.
  std::size_t max_width = 60;
  // Table and box: a longer value continues on more lines within its column (broken at
  // spaces, else between grapheme clusters) instead of ending in '…'.
  bool wrap = false;
};

class ShellState {
 public:
  // `db` may be null (then statements report that no database is open). The streams must
  // outlive the state.
  ShellState(Database* db, std::ostream& out, std::ostream& err);
  ShellState(const ShellState&) = delete;
  ShellState& operator=(const ShellState&) = delete;

  Database* db() const { return db_; }
  // Where results go: the .output file when one is set, else the session's standard output.
  std::ostream& out() { return file_ ? *file_ : out_; }
  std::ostream& err() { return err_; }

  // Sends results to `path` (truncating it); an empty path or "stdout" restores standard
  // output. kIOError when the file cannot be opened (output is then unchanged).
  Status SetOutputFile(const std::string& path);
  const std::string& output_path() const { return output_path_; }

  // The token Ctrl-C sets while a statement runs; RunStatement resets it before each one.
  CancelToken& cancel() { return cancel_; }

  // Counts an error (the script exit code is 1 after any) and, with --bail, asks to stop.
  void NoteError() { ++errors_; }
  int errors() const { return errors_; }

  DisplaySettings display;
  // PREFIX declarations earlier statements made; later statements may use them.
  SessionPrefixes prefixes;
  bool timer = false;
  bool sources = false;
  // A person at a terminal: prompts, "… more rows" limits, the Ctrl-C hint.
  bool interactive = false;
  // Stop at the first error (scripts).
  bool bail = false;
  // Set by .quit (or by --bail after an error): the loop reading input ends.
  bool quit_requested = false;
  // .read nesting, bounded so a file that reads itself cannot recurse forever.
  int read_depth = 0;

 private:
  Database* db_;
  std::ostream& out_;
  std::ostream& err_;
  std::unique_ptr<std::ofstream> file_;
  std::string output_path_;
  CancelToken cancel_;
  int errors_ = 0;
};

}  // namespace marsad::shell
