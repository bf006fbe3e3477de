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

// An OK Status is one null pointer: hot loops (a parser's per-quad callbacks, the encoder's
// per-term results) make and drop millions of them, and an inline code, message and location
// took over 100 bytes to clear and destroy each time. Errors are rare and carry the rest on
// the heap.
class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message, std::optional<SourceLocation> where = {})
      : error_(code == StatusCode::kOk && message.empty() && !where
                   ? nullptr
                   : new Error{code, std::move(message), std::move(where)}) {}
  Status(const Status& other) : error_(other.error_ ? new Error(*other.error_) : nullptr) {}
  Status(Status&& other) noexcept : error_(std::exchange(other.error_, nullptr)) {}
  Status& operator=(const Status& other) {
    if (this != &other) Status(other).swap(*this);
    return *this;
  }
  Status& operator=(Status&& other) noexcept {
    Status(std::move(other)).swap(*this);
    return *this;
  }
  ~Status() { delete error_; }
  void swap(Status& other) noexcept { std::swap(error_, other.error_); }

  static Status Ok() { return Status(); }

  bool ok() const { return error_ == nullptr || error_->code == StatusCode::kOk; }
  StatusCode code() const { return error_ ? error_->code : StatusCode::kOk; }
  const std::string& message() const;
  const std::optional<SourceLocation>& where() const;

  // "syntax error: file.nt:3:14: expected '>'" -- the form printed by the command-line tool.
  std::string ToString() const;

 private:
  struct Error {
    StatusCode code;
    std::string message;
    std::optional<SourceLocation> where;
  };
  Error* error_ = nullptr;  // null: OK, with no message
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
