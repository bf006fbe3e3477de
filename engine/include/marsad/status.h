// Error convention for the whole library: every fallible call returns a Status or a
// Result<T>. No exception crosses a public function.
//
// A Status carries a code, a human-readable message, and, where the error points into some
// input (a query, a file being imported, a rule file), a SourceLocation. Lines and columns are
// 1-based and count Unicode code points, not bytes, so a caret drawn under column N sits under
// the right character even in Arabic text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace marsad {

enum class StatusCode : std::uint8_t {
  kOk = 0,
  kInvalidArgument,
  kSyntaxError,
  kNotFound,
  kAlreadyExists,
  kCorruption,
  kIOError,
  kNotSupported,
  kBusy,  // e.g. the database directory is locked by another process
  kCancelled,
  kDeadlineExceeded,
  kResourceExhausted,
  kInternal,
};

const char* StatusCodeName(StatusCode code);

struct SourceLocation {
  std::string source;       // file name, "<query>", "<stdin>"; may be empty
  std::uint64_t line = 0;    // 1-based; 0 when unknown
  std::uint64_t column = 0;  // 1-based, in code points
  std::uint64_t offset = 0;  // 0-based byte offset into the input
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message, std::optional<SourceLocation> where = {})
      : code_(code), message_(std::move(message)), where_(std::move(where)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::optional<SourceLocation>& where() const { return where_; }

  // "syntax error: file.nt:3:14: expected '>'" -- the form printed by the command-line tool.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::optional<SourceLocation> where_;
};

// A value or the Status explaining why there is none (in the spirit of absl::StatusOr).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : state_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  // REQUIRES: !ok() for a meaningful error; returns OK when a value is held.
  Status status() const { return ok() ? Status() : std::get<Status>(state_); }

  // REQUIRES: ok()
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace marsad
