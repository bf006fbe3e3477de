#include "tools/shell/statement_splitter.h"

#include <utility>

#include "grammar/query/parse_query.h"

namespace marsad::shell {

std::string_view TrimWhitespace(std::string_view text) {
  constexpr std::string_view kBlanks = " \t\r\n\f\v";
  const std::size_t begin = text.find_first_not_of(kBlanks);
  if (begin == std::string_view::npos) return {};
  const std::size_t end = text.find_last_not_of(kBlanks);
  return text.substr(begin, end - begin + 1);
}

std::optional<std::string> StatementSplitter::AddLine(std::string_view line) {
  const std::string_view trimmed = TrimWhitespace(line);
  if (buffer_.empty() && (trimmed.empty() || trimmed == ";")) return std::nullopt;
  if (!buffer_.empty()) buffer_.push_back('\n');
  buffer_.append(line);
  if (trimmed.empty() || trimmed.back() != ';') return std::nullopt;

  // The candidate statement is everything before the line's last ';'.
  const std::size_t semicolon = buffer_.find_last_of(';');
  std::string_view candidate = TrimWhitespace(std::string_view(buffer_).substr(0, semicolon));
  if (candidate.empty()) {
    buffer_.clear();
    return std::nullopt;
  }
  if (!query::IsComplete(candidate)) return std::nullopt;
  std::string statement(candidate);
  buffer_.clear();
  return statement;
}

std::string StatementSplitter::TakePending() {
  std::string rest(TrimWhitespace(buffer_));
  buffer_.clear();
  return rest;
}

}  // namespace marsad::shell
