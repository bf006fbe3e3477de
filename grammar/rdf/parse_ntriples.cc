#include "grammar/rdf/parse_ntriples.h"

#include <string>
#include <tao/pegtl.hpp>

#include "grammar/common/utf8.h"
#include "grammar/rdf/action_error.h"
#include "grammar/rdf/ntriples_actions.h"
#include "grammar/rdf/ntriples_grammar.h"
#include "grammar/rdf/rdf_errors.h"
#include "grammar/rdf/source_position.h"

namespace marsad::grammar::rdf {

namespace pegtl = tao::pegtl;

namespace {

// True when the line holds nothing but spaces and tabs: the common case for blank lines,
// answered without starting a parse.
bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

}  // namespace

LineParser::LineParser(bool quads)
    : quads_(quads), state_(std::make_unique<ntriples::LineState>()) {}

LineParser::~LineParser() = default;

Result<bool> LineParser::ParseLine(std::string_view line, Quad* quad) {
  if (IsBlank(line)) return false;
  if (const std::size_t bad = FindInvalidUtf8(line); bad != std::string_view::npos) {
    return InvalidUtf8Error(line, bad, "");
  }
  quad->graph.AssignIri("");  // the default graph (a null term), keeping the buffer
  ntriples::LineState& state = *state_;
  state.quad = quad;
  state.line_begin = line.data();
  state.has_statement = false;
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(line.data(), line.size(), "");
  std::size_t error_offset = 0;
  std::string message;
  try {
    // Both alternatives of `line` end in must<>, so a line either matches or raises; the
    // false branch is only a safety net.
    const bool matched =
        quads_ ? pegtl::parse<ntriples::nquads_line, ntriples::action, Control>(in, state)
               : pegtl::parse<ntriples::ntriples_line, ntriples::action, Control>(in, state);
    if (matched) return state.has_statement;
    message = "unexpected input";
  } catch (const pegtl::parse_error& e) {
    error_offset = e.positions().empty() ? 0 : e.positions().front().byte;
    message = std::string(e.message());
  } catch (const ActionError& e) {
    error_offset = e.offset;
    message = e.message;
  }
  return Status(StatusCode::kSyntaxError, std::move(message), LocateOffset(line, error_offset, ""));
}

}  // namespace marsad::grammar::rdf
