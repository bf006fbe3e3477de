#include "text/icu_status.h"

#include <string>

namespace marsad::text::internal {

Status IcuStatus(UErrorCode code, std::string_view what) {
  if (U_SUCCESS(code)) return Status::Ok();
  StatusCode status_code = StatusCode::kInternal;
  switch (code) {
    case U_MEMORY_ALLOCATION_ERROR:
      status_code = StatusCode::kResourceExhausted;
      break;
    case U_ILLEGAL_ARGUMENT_ERROR:
    case U_INVALID_CHAR_FOUND:
    case U_ILLEGAL_CHAR_FOUND:
    case U_PARSE_ERROR:
      status_code = StatusCode::kInvalidArgument;
      break;
    default:
      break;
  }
  return Status(status_code, std::string(what) + ": ICU error " + u_errorName(code));
}

}  // namespace marsad::text::internal
