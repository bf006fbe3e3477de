// ParseQuery(), IsComplete() and FormatErrorWithCaret(): the only place that runs the PEGTL
// parse and the only place where its exceptions (and the builder's) are caught.
#include "grammar/query/parse_query.h"

#include <algorithm>
#include <string>
#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/parse_tree.hpp>

#include "grammar/common/utf8.h"
#include "grammar/query/ast_builder.h"
#include "grammar/query/lean_parse_tree.h"
#include "grammar/query/query_errors.h"
#include "grammar/query/query_grammar.h"
#include "grammar/query/query_tree.h"
#include "grammar/query/scope_check.h"
#include "grammar/query/text_columns.h"

namespace marsad::query {
namespace {

namespace gq = ::marsad::grammar::query;
namespace pegtl = ::tao::pegtl;

constexpr const char* kSource = "<query>";

static_assert(gq::kNestingLimit == static_cast<std::size_t>(kMaxNestingDepth),
              "the grammar's nesting limit and the public constant must agree");

std::uint64_t LineAt(std::string_view text, std::uint64_t offset) {
  return 1 + static_cast<std::uint64_t>(std::count(
                 text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

Status SyntaxError(std::string_view text, std::string message, std::uint64_t offset) {
  offset = std::min<std::uint64_t>(offset, text.size());
  gq::TextColumns columns(text);
  return Status(StatusCode::kSyntaxError, std::move(message),
                SourceLocation{kSource, LineAt(text, offset), columns.ColumnAt(offset), offset});
}

}  // namespace

Result<ast::Request> ParseQuery(std::string_view text) {
  if (text.size() > kMaxQueryBytes) {
    return Status(StatusCode::kResourceExhausted, "query too long: " + std::to_string(text.size()) +
                                                      " bytes (limit " +
                                                      std::to_string(kMaxQueryBytes) + ")");
  }
  if (const std::size_t bad = grammar::FindInvalidUtf8(text); bad != std::string_view::npos) {
    return SyntaxError(text, "invalid UTF-8", bad);
  }
  gq::QueryInput input(text.data(), text.data() + text.size(), kSource);
  try {
    const std::unique_ptr<gq::Node> root =
        gq::ParseLeanTree<gq::request, gq::Node, gq::tree_selector, pegtl::nothing,
                          gq::query_control>(input);
    if (!root) return SyntaxError(text, "expected a query or an update", 0);
    gq::AstBuilder builder(text);
    ast::Request request = builder.BuildRequest(*root);
    if (const auto error = ast::CheckScopes(request)) {
      return SyntaxError(text, error->message, error->pos.offset);
    }
    return request;
  } catch (const pegtl::parse_error& error) {
    return SyntaxError(text, std::string(error.message()), error.positions().front().byte);
  } catch (const gq::BuildError& error) {
    return SyntaxError(text, error.what(), error.offset());
  }
}

bool IsComplete(std::string_view text) {
  const Result<ast::Request> parsed = ParseQuery(text);
  if (parsed.ok()) return true;
  const Status status = parsed.status();
  if (status.code() != StatusCode::kSyntaxError || !status.where()) return true;
  // The grammar stopped at the very end: more input could still complete the request.
  return status.where()->offset < text.size();
}

std::string FormatErrorWithCaret(std::string_view text, const Status& status) {
  std::string out = status.ToString();
  if (!status.where() || status.where()->line == 0) return out;
  const std::size_t offset = std::min<std::size_t>(status.where()->offset, text.size());
  const std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  const std::size_t begin =
      (line_start == std::string_view::npos || line_start >= offset) ? 0 : line_start + 1;
  std::size_t end = text.find('\n', offset);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(begin, end - begin);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  out += '\n';
  out += line;
  out += '\n';
  out += gq::CaretPadding(text.substr(begin, offset - begin));
  out += '^';
  return out;
}

}  // namespace marsad::query
