// Fuzzes the query grammar's parse entry (grammar/query/parse_query.h) on arbitrary bytes.
// Contract checked: never crashes or throws; an error is a syntax error (or the size limit) whose
// location lies inside the input and whose caret rendering works; a parsed request prints.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "grammar/query/ast_printer.h"
#include "grammar/query/parse_query.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = marsad::fuzz::AsText(data, size);
  marsad::Result<marsad::query::ast::Request> parsed = marsad::query::ParseQuery(text);
  (void)marsad::query::IsComplete(text);
  if (parsed.ok()) {
    MARSAD_FUZZ_CHECK(!marsad::query::ast::ToSExpression(*parsed).empty());
    return 0;
  }
  const marsad::Status status = parsed.status();
  MARSAD_FUZZ_CHECK_STATUS(status.code() == marsad::StatusCode::kSyntaxError ||
                               status.code() == marsad::StatusCode::kResourceExhausted,
                           status);
  MARSAD_FUZZ_CHECK_STATUS(marsad::fuzz::LocationInside(status, size), status);
  MARSAD_FUZZ_CHECK(!marsad::query::FormatErrorWithCaret(text, status).empty());
  return 0;
}
