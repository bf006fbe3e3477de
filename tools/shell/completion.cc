#include "tools/shell/completion.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "text/normalizer.h"
#include "tools/shell/commands/registry.h"
#include "tools/shell/printers/cell_format.h"
#include "tools/shell/shell_state.h"

namespace marsad::shell {
namespace {

// Keywords and built-in function names of the query language (docs/query-language.md).
constexpr std::string_view kKeywords[] = {
    "ANALYZE", "AS", "ASC", "ASK", "BASE", "BIND", "BY", "CLEAR", "CONSTRUCT", "CONTAINS",
    "COUNT", "DATA", "DEFAULT", "DELETE", "DESC", "DESCRIBE", "DISTINCT", "EXISTS", "EXPLAIN",
    "FILTER", "FROM", "GRAPH", "GROUP", "GROUP_CONCAT", "HAVING", "INSERT", "LANG", "LIMIT",
    "MAX", "MIN", "MINUS", "NAMED", "NOT", "OFFSET", "OPTIONAL", "ORDER", "PREFIX", "REGEX",
    "SAMPLE", "SELECT", "STR", "STRSTARTS", "SUM", "UNION", "VALUES", "WHERE", "WITH"};

constexpr std::string_view kToggleCommands[] = {"headers", "timer", "translit", "sources"};

// Characters that end a word of the query language for completion purposes.
bool IsWordBreak(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0 ||
         std::string_view("(){}[],;.^|!=*+/\"'").find(c) != std::string_view::npos;
}

bool StartsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  if (prefix.size() > text.size()) return false;
  return std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  });
}

bool IsLowercaseWord(std::string_view word) {
  return std::none_of(word.begin(), word.end(),
                      [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
}

std::vector<std::string> Sorted(std::set<std::string> values) {
  return std::vector<std::string>(values.begin(), values.end());
}

// Variables (?name / $name) that appear in `line`.
std::set<std::string> VariablesIn(std::string_view line) {
  std::set<std::string> names;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '?' && line[i] != '$') continue;
    std::size_t end = i + 1;
    while (end < line.size() && !IsWordBreak(line[end]) && line[end] != '?') ++end;
    if (end > i + 1) names.insert(std::string(line.substr(i, end - i)));
    i = end - 1;
  }
  return names;
}

}  // namespace

std::string CommonPrefix(const std::vector<std::string>& candidates) {
  if (candidates.empty()) return "";
  std::string prefix = candidates.front();
  for (const std::string& c : candidates) {
    std::size_t n = 0;
    while (n < prefix.size() && n < c.size() && prefix[n] == c[n]) ++n;
    prefix.resize(n);
  }
  // Do not end inside a multi-byte UTF-8 sequence: find the last lead byte and drop its
  // sequence when it is incomplete.
  std::size_t lead = prefix.size();
  while (lead > 0 && (static_cast<unsigned char>(prefix[lead - 1]) & 0xC0) == 0x80) --lead;
  if (lead > 0) {
    const auto byte = static_cast<unsigned char>(prefix[lead - 1]);
    const std::size_t length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
    if (prefix.size() - (lead - 1) < length) prefix.resize(lead - 1);
  }
  return prefix;
}

Completion Completer::CompleteDotCommand(std::string_view line) const {
  Completion result;
  const std::size_t space = line.find_first_of(" \t");
  if (space == std::string_view::npos) {
    for (const DotCommand& c : DotCommands()) {
      const std::string name = "." + std::string(c.name);
      if (name.starts_with(line)) result.candidates.push_back(name);
    }
    std::sort(result.candidates.begin(), result.candidates.end());
    return result;
  }
  const std::string_view command = line.substr(1, space - 1);
  const std::size_t word_start = line.find_last_of(" \t") + 1;
  const std::string_view word = line.substr(word_start);
  result.start = word_start;
  if (command == "read" || command == "output") {
    result.candidates = CompleteFileName(word);
    return result;
  }
  std::vector<std::string> options;
  if (command == "mode") options = {"box", "csv", "json", "nt", "table", "tsv", "ttl"};
  if (std::find(std::begin(kToggleCommands), std::end(kToggleCommands), command) !=
      std::end(kToggleCommands)) {
    options = {"off", "on"};
  }
  for (const std::string& option : options) {
    if (option.starts_with(word)) result.candidates.push_back(option);
  }
  return result;
}

Completion Completer::CompleteWord(std::string_view line) const {
  Completion result;
  // An open entity lookup @"... takes the rest of the line, spaces included.
  const std::size_t lookup = line.rfind("@\"");
  if (lookup != std::string_view::npos && line.find('"', lookup + 2) == std::string_view::npos) {
    result.start = lookup + 2;
    const std::string typed_key = text::MatchKey(line.substr(result.start));
    std::set<std::string> labels;
    if (source_ != nullptr) {
      for (const std::string& label : source_->EntityLabels()) {
        if (text::MatchKey(label).starts_with(typed_key)) labels.insert(label + "\"");
      }
    }
    result.candidates = Sorted(std::move(labels));
    return result;
  }
  std::size_t start = line.size();
  while (start > 0 && !IsWordBreak(line[start - 1])) --start;
  // An IRI in angle brackets keeps its '/' and '.': restart from the last blank.
  const std::size_t blank = line.find_last_of(" \t\n(){");
  const std::size_t token = blank == std::string_view::npos ? 0 : blank + 1;
  if (token < line.size() && line[token] == '<') start = token;
  result.start = start;
  const std::string_view word = line.substr(start);
  std::set<std::string> found;
  if (word.starts_with('?') || word.starts_with('$')) {
    for (const std::string& v : VariablesIn(line.substr(0, start))) {
      if (v.starts_with(word)) found.insert(v);
    }
    result.candidates = Sorted(std::move(found));
    return result;
  }
  if (word.empty()) return result;
  std::vector<std::string> predicates;
  if (source_ != nullptr) predicates = source_->PredicateIris();
  for (const std::string& iri : predicates) {
    const std::string written =
        word.starts_with('<') ? "<" + iri + ">" : AbbreviateIri(iri, DefaultPrefixes());
    if (written.starts_with(word)) found.insert(written);
  }
  if (!word.starts_with('<')) {
    for (const auto& [prefix, ns] : DefaultPrefixes()) {
      if ((prefix + ":").starts_with(word) && word.find(':') == std::string_view::npos) {
        found.insert(prefix + ":");
      }
    }
    const bool lower = IsLowercaseWord(word);
    for (std::string_view keyword : kKeywords) {
      if (!StartsWithIgnoringCase(keyword, word)) continue;
      std::string shown(keyword);
      if (lower) std::transform(shown.begin(), shown.end(), shown.begin(), ::tolower);
      found.insert(shown);
    }
  }
  result.candidates = Sorted(std::move(found));
  return result;
}

Completion Completer::Complete(std::string_view before_cursor, bool statement_pending) const {
  const std::size_t first = before_cursor.find_first_not_of(" \t");
  if (!statement_pending && first != std::string_view::npos && before_cursor[first] == '.') {
    Completion c = CompleteDotCommand(before_cursor.substr(first));
    c.start += first;
    return c;
  }
  return CompleteWord(before_cursor);
}

}  // namespace marsad::shell
