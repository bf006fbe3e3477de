// Tab completion for the shell, independent of the line editor so it is tested on strings.
//
// What completes depends on where the cursor is:
//  - a line starting with '.' (no statement pending): dot-command names; after .read and
//    .output file names; after .mode the modes; after an on/off command "on" and "off";
//  - after @" (an open entity lookup): entity labels, matched by Arabic match key so أ/ا/إ
//    and diacritics do not matter, closed with '"';
//  - a word starting with '<': predicate IRIs; with '?' or '$': variables already in the line;
//  - any other word: keywords (in the case the user types), prefixes ("marsad:") and
//    predicates as prefixed names.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/database.h"

namespace marsad::shell {

// The database-backed candidate lists, behind an interface so tests supply fixed ones.
class CompletionSource {
 public:
  virtual ~CompletionSource() = default;
  // Predicate IRIs present in the database.
  virtual std::vector<std::string> PredicateIris() = 0;
  // Labels (rdfs:label) of entities, Arabic and Latin.
  virtual std::vector<std::string> EntityLabels() = 0;
};

// Reads predicates from the statistics and labels through Database::Match, once; call
// Invalidate() after the database changes. `db` must outlive the source.
class DatabaseCompletionSource : public CompletionSource {
 public:
  explicit DatabaseCompletionSource(const Database& db) : db_(db) {}
  std::vector<std::string> PredicateIris() override;
  std::vector<std::string> EntityLabels() override;
  void Invalidate();

 private:
  const Database& db_;
  std::optional<std::vector<std::string>> predicates_;
  std::optional<std::vector<std::string>> labels_;
};

struct Completion {
  std::size_t start = 0;                // byte offset where the word being completed begins
  std::vector<std::string> candidates;  // each replaces line[start, cursor); sorted, unique
};

class Completer {
 public:
  // `source` may be null (no database candidates); it must outlive the completer.
  explicit Completer(CompletionSource* source) : source_(source) {}

  // Candidates for the text before the cursor. `statement_pending` says whether earlier lines
  // of a statement are buffered (then a leading '.' is not a dot-command).
  Completion Complete(std::string_view before_cursor, bool statement_pending) const;

 private:
  Completion CompleteDotCommand(std::string_view line) const;
  Completion CompleteWord(std::string_view line) const;

  CompletionSource* source_;
};

// The longest common prefix of `candidates` (whole UTF-8 characters only).
std::string CommonPrefix(const std::vector<std::string>& candidates);

// File and directory names starting with `partial` ("dir/fi" lists dir/); directories end in
// '/'.
std::vector<std::string> CompleteFileName(std::string_view partial);

}  // namespace marsad::shell
