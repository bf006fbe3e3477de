// Unicode regular expressions (ICU) for SPARQL's REGEX and REPLACE, which follow XPath's
// fn:matches / fn:replace: the pattern and text are UTF-8 and '.' matches one code point, so an
// Arabic letter is never split. The header is free of ICU types.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "marsad/status.h"

namespace marsad::text {

class Regex {
 public:
  // Compiles `pattern` with XPath flags: 'i' case-insensitive, 's' dot matches line ends,
  // 'm' ^ and $ match at line boundaries, 'x' whitespace in the pattern is ignored, 'q' the
  // pattern is a literal string. kInvalidArgument (naming the code-point offset) for a bad
  // pattern or an unknown flag.
  static Result<Regex> Compile(std::string_view pattern, std::string_view flags);

  Regex(Regex&&) noexcept;
  Regex& operator=(Regex&&) noexcept;
  ~Regex();

  // True when some substring of `text` matches. Safe to call from many threads at once.
  bool Search(std::string_view text) const;

  // fn:replace: every non-overlapping match replaced by `replacement`, in which $N (N a digit)
  // is the N-th group, "\$" a dollar and "\\" a backslash. kInvalidArgument when the pattern
  // matches the empty string or the replacement has another '\' or a '$' without a digit.
  Result<std::string> ReplaceAll(std::string_view text, std::string_view replacement) const;

 private:
  struct Impl;
  explicit Regex(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::text
