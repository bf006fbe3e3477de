#include "text/regex.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include "text/icu_status.h"

namespace marsad::text {

struct Regex::Impl {
  // RegexPattern is immutable after compilation and documented as thread-safe; each call
  // makes its own RegexMatcher.
  std::unique_ptr<icu::RegexPattern> pattern;
};

namespace {

icu::UnicodeString FromUtf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// XPath's replacement-string rules; ICU would accept more ("${name}", "\n").
Status CheckReplacement(std::string_view replacement) {
  for (std::size_t i = 0; i < replacement.size(); ++i) {
    const char c = replacement[i];
    const char next = i + 1 < replacement.size() ? replacement[i + 1] : '\0';
    if (c == '\\') {
      if (next != '\\' && next != '$') {
        return Status(StatusCode::kInvalidArgument,
                      "replacement: '\\' must be followed by '\\' or '$'");
      }
      ++i;
    } else if (c == '$' && !(next >= '0' && next <= '9')) {
      return Status(StatusCode::kInvalidArgument, "replacement: '$' must be followed by a digit");
    }
  }
  return Status::Ok();
}

}  // namespace

Regex::Regex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;
Regex::~Regex() = default;

Result<Regex> Regex::Compile(std::string_view pattern, std::string_view flags) {
  uint32_t icu_flags = 0;
  for (const char f : flags) {
    switch (f) {
      case 'i': icu_flags |= UREGEX_CASE_INSENSITIVE; break;
      case 's': icu_flags |= UREGEX_DOTALL; break;
      case 'm': icu_flags |= UREGEX_MULTILINE; break;
      case 'x': icu_flags |= UREGEX_COMMENTS; break;
      case 'q': icu_flags |= UREGEX_LITERAL; break;
      default:
        return Status(StatusCode::kInvalidArgument,
                      "unknown regular-expression flag '" + std::string(1, f) + "'");
    }
  }
  UErrorCode err = U_ZERO_ERROR;
  UParseError where{};
  auto impl = std::make_unique<Impl>();
  impl->pattern.reset(icu::RegexPattern::compile(FromUtf8(pattern), icu_flags, where, err));
  if (U_FAILURE(err)) {
    return Status(StatusCode::kInvalidArgument,
                  "bad regular expression '" + std::string(pattern) + "' at offset " +
                      std::to_string(where.offset) + ": " + u_errorName(err));
  }
  return Regex(std::move(impl));
}

bool Regex::Search(std::string_view text) const {
  const icu::UnicodeString input = FromUtf8(text);
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> matcher(impl_->pattern->matcher(input, err));
  if (U_FAILURE(err)) return false;
  return matcher->find(err) && U_SUCCESS(err);
}

Result<std::string> Regex::ReplaceAll(std::string_view text, std::string_view replacement) const {
  if (Search("")) {
    return Status(StatusCode::kInvalidArgument, "REPLACE: the pattern matches the empty string");
  }
  if (Status s = CheckReplacement(replacement); !s.ok()) return s;
  const icu::UnicodeString input = FromUtf8(text);
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> matcher(impl_->pattern->matcher(input, err));
  if (U_FAILURE(err)) return internal::IcuStatus(err, "regex matcher");
  const icu::UnicodeString out = matcher->replaceAll(FromUtf8(replacement), err);
  if (U_FAILURE(err)) return internal::IcuStatus(err, "regex replace");
  return ToUtf8(out);
}

}  // namespace marsad::text
