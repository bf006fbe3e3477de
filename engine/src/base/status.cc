#include "marsad/status.h"

namespace marsad {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid argument";
    case StatusCode::kSyntaxError: return "syntax error";
    case StatusCode::kNotFound: return "not found";
    case StatusCode::kAlreadyExists: return "already exists";
    case StatusCode::kCorruption: return "corruption";
    case StatusCode::kIOError: return "I/O error";
    case StatusCode::kNotSupported: return "not supported";
    case StatusCode::kBusy: return "busy";
    case StatusCode::kCancelled: return "cancelled";
    case StatusCode::kDeadlineExceeded: return "deadline exceeded";
    case StatusCode::kResourceExhausted: return "resource exhausted";
    case StatusCode::kInternal: return "internal error";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string out = StatusCodeName(code_);
  out += ": ";
  if (where_ && (where_->line > 0 || !where_->source.empty())) {
    out += where_->source.empty() ? std::string("<input>") : where_->source;
    if (where_->line > 0) {
      out += ':' + std::to_string(where_->line) + ':' + std::to_string(where_->column);
    }
    out += ": ";
  }
  out += message_;
  return out;
}

}  // namespace marsad
