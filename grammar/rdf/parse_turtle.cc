#include "grammar/rdf/parse_turtle.h"

#include <tao/pegtl.hpp>

#include "grammar/common/utf8.h"
#include "grammar/rdf/action_error.h"
#include "grammar/rdf/rdf_errors.h"
#include "grammar/rdf/source_position.h"
#include "grammar/rdf/turtle_actions.h"
#include "grammar/rdf/turtle_grammar.h"
#include "grammar/rdf/turtle_state.h"

namespace marsad::grammar::rdf {

namespace pegtl = tao::pegtl;

Status ParseTurtle(std::string_view document, const TurtleOptions& options,
                   const TripleHandler& handler) {
  if (const std::size_t bad = FindInvalidUtf8(document); bad != std::string_view::npos) {
    return InvalidUtf8Error(document, bad, options.source_name);
  }
  TurtleState builder(options.base_iri, handler);
  turtle::ActionState state{builder, document.data()};
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(document.data(), document.size(),
                                                     options.source_name);
  std::size_t error_offset = 0;
  std::string message;
  try {
    if (pegtl::parse<turtle::document, turtle::action, Control>(in, state)) return Status::Ok();
    // Unreachable in practice: `document` ends in must<eof>.
    error_offset = document.size();
    message = "unexpected input";
  } catch (const pegtl::parse_error& e) {
    error_offset = e.positions().empty() ? 0 : e.positions().front().byte;
    message = std::string(e.message());
  } catch (const ActionError& e) {
    error_offset = e.offset;
    message = e.message;
  } catch (const HandlerStop&) {
    return builder.handler_status();
  }
  return Status(StatusCode::kSyntaxError, std::move(message),
                LocateOffset(document, error_offset, options.source_name));
}

}  // namespace marsad::grammar::rdf
