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

const std::string& Status::message() const {
  static const std::string* const kNone = new std::string();
  return error_ ? error_->message : *kNone;
}

const std::optional<SourceLocation>& Status::where() const {
  static const auto* const kNowhere = new std::optional<SourceLocation>();
  return error_ ? error_->where : *kNowhere;
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string out = StatusCodeName(code());
  out += ": ";
  const std::optional<SourceLocation>& at = where();
  if (at && (at->line > 0 || !at->source.empty())) {
    out += at->source.empty() ? std::string("<input>") : at->source;
    if (at->line > 0) {
      out += ':' + std::to_string(at->line) + ':' + std::to_string(at->column);
    }
    out += ": ";
  }
  out += message();
  return out;
}

}  // namespace marsad
