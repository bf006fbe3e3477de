#include "tools/shell/session_prefixes.h"

#include <algorithm>
#include <cctype>
#include <variant>

#include "grammar/query/parse_query.h"
#include "text/utf8.h"

namespace marsad::shell {
namespace {

// Skips blanks and '#' comments from `pos`.
std::size_t SkipBlanksAndComments(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    if (std::isspace(static_cast<unsigned char>(text[pos])) != 0) {
      ++pos;
    } else if (text[pos] == '#') {
      while (pos < text.size() && text[pos] != '\n') ++pos;
    } else {
      break;
    }
  }
  return pos;
}

// True (and `pos` moved past it and the blanks after) when `keyword` starts at `pos`, in any
// case, as a whole word.
bool ConsumeKeyword(std::string_view text, std::string_view keyword, std::size_t* pos) {
  if (text.size() - *pos <= keyword.size()) return false;
  for (std::size_t i = 0; i < keyword.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(text[*pos + i])) != keyword[i]) return false;
  }
  if (std::isspace(static_cast<unsigned char>(text[*pos + keyword.size()])) == 0) return false;
  *pos = SkipBlanksAndComments(text, *pos + keyword.size());
  return true;
}

// Where the prologue of `statement` starts: after a leading EXPLAIN [ANALYZE].
std::size_t PrologueStart(std::string_view statement) {
  std::size_t pos = SkipBlanksAndComments(statement, 0);
  const std::size_t before_explain = pos;
  if (!ConsumeKeyword(statement, "EXPLAIN", &pos)) return before_explain;
  ConsumeKeyword(statement, "ANALYZE", &pos);
  return pos;
}

const query::ast::Prologue& PrologueOf(const query::ast::Request& request) {
  return std::visit([](const auto& body) -> const query::ast::Prologue& { return body.prologue; },
                    request.body);
}

}  // namespace

SessionPrefixes::SessionPrefixes() : all_(DefaultPrefixes()) {}

void SessionPrefixes::Remember(std::string_view statement) {
  Result<query::ast::Request> request = query::ParseQuery(statement);
  if (!request.ok() || PrologueOf(*request).prefixes.empty()) return;
  for (const query::ast::PrefixDecl& decl : PrologueOf(*request).prefixes) {
    auto same = std::find_if(declared_.begin(), declared_.end(),
                             [&](const auto& entry) { return entry.first == decl.prefix; });
    if (same != declared_.end()) declared_.erase(same);
    declared_.emplace_back(decl.prefix, decl.iri);
  }
  all_ = declared_;
  for (const auto& entry : DefaultPrefixes()) {
    const bool shadowed = std::any_of(declared_.begin(), declared_.end(),
                                      [&](const auto& d) { return d.first == entry.first; });
    if (!shadowed) all_.push_back(entry);
  }
}

PreparedStatement SessionPrefixes::Prepare(std::string_view statement) const {
  PreparedStatement prepared;
  prepared.text = std::string(statement);
  if (declared_.empty()) return prepared;
  std::string declarations;
  for (const auto& [prefix, ns] : declared_) {
    declarations += "PREFIX " + prefix + ": <" + ns + "> ";
  }
  declarations.back() = '\n';
  prepared.inserted_at = PrologueStart(statement);
  prepared.inserted_size = declarations.size();
  prepared.text.insert(prepared.inserted_at, declarations);
  return prepared;
}

Status MapToOriginal(const Status& status, const PreparedStatement& prepared,
                     std::string_view original) {
  if (prepared.inserted_size == 0 || !status.where()) return status;
  const std::size_t offset = status.where()->offset;
  if (offset < prepared.inserted_at) return status;  // before the insertion: unchanged
  if (offset < prepared.inserted_at + prepared.inserted_size || status.where()->line == 0) {
    return Status(status.code(), status.message());
  }
  // Recount line and column up to the same byte of what the user typed.
  SourceLocation where = *status.where();
  where.offset = std::min<std::size_t>(offset - prepared.inserted_size, original.size());
  const std::string_view before = original.substr(0, where.offset);
  const std::size_t line_start = before.rfind('\n') == std::string_view::npos
                                     ? 0
                                     : before.rfind('\n') + 1;
  where.line = 1 + static_cast<std::uint64_t>(std::count(before.begin(), before.end(), '\n'));
  where.column = 1 + text::CodePointLength(before.substr(line_start));
  return Status(status.code(), status.message(), where);
}

}  // namespace marsad::shell
