#include "store/term_id.h"

#include <charconv>
#include <cstdio>
#include <string>
#include <string_view>

namespace marsad::store {
namespace {

constexpr std::int64_t kIntegerBias = std::int64_t{1} << 55;
constexpr int kMaxInlineStringBytes = 7;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Canonical xsd:integer: "0" or an optional '-' then a non-zero digit then digits.
std::optional<std::int64_t> CanonicalInteger(std::string_view text) {
  std::string_view digits = text;
  if (!digits.empty() && digits.front() == '-') digits.remove_prefix(1);
  if (digits.empty() || digits.size() > 17) return std::nullopt;
  for (char c : digits) {
    if (!IsDigit(c)) return std::nullopt;
  }
  if (digits.front() == '0' && (digits.size() > 1 || text.size() > 1)) return std::nullopt;
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if (value < -kIntegerBias || value >= kIntegerBias) return std::nullopt;
  return value;
}

int TwoDigits(std::string_view text, std::size_t at) {
  if (!IsDigit(text[at]) || !IsDigit(text[at + 1])) return -1;
  return (text[at] - '0') * 10 + (text[at + 1] - '0');
}

// Canonical xsd:date without timezone: exactly "YYYY-MM-DD", year 0001..9999.
std::optional<TermId> PackDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int high = TwoDigits(text, 0);
  int low = TwoDigits(text, 2);
  int month = TwoDigits(text, 5);
  int day = TwoDigits(text, 8);
  if (high < 0 || low < 0 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  int year = high * 100 + low;
  if (year == 0) return std::nullopt;
  return (TermId(year) << 9) | (TermId(month) << 5) | TermId(day);
}

std::optional<TermId> PackString(std::string_view text) {
  if (text.size() > kMaxInlineStringBytes) return std::nullopt;
  TermId payload = 0;
  for (std::size_t i = 0; i < kMaxInlineStringBytes; ++i) {
    unsigned char byte = 0;
    if (i < text.size()) {
      byte = static_cast<unsigned char>(text[i]);
      if (byte == 0) return std::nullopt;  // zero bytes are the padding
    }
    payload = (payload << 8) | byte;
  }
  return payload;
}

}  // namespace

IdTag DictionaryTagFor(const Term& term) {
  switch (term.kind()) {
    case TermKind::kIri:
      return IdTag::kIri;
    case TermKind::kBlankNode:
      return IdTag::kBlank;
    case TermKind::kLiteral:
      return IdTag::kLiteral;
  }
  return IdTag::kIri;
}

std::optional<TermId> InlineIdOf(const Term& term) {
  if (!term.is_literal() || !term.language().empty()) return std::nullopt;
  const std::string& type = term.datatype();
  const std::string& lexical = term.value();
  if (type == xsd::kString) {
    auto packed = PackString(lexical);
    if (packed) return MakeId(IdTag::kInlineString, *packed);
  } else if (type == xsd::kInteger) {
    auto value = CanonicalInteger(lexical);
    if (value) return MakeId(IdTag::kInlineInteger, TermId(*value + kIntegerBias));
  } else if (type == xsd::kBoolean) {
    if (lexical == "true") return MakeId(IdTag::kInlineBoolean, 1);
    if (lexical == "false") return MakeId(IdTag::kInlineBoolean, 0);
  } else if (type == xsd::kDate) {
    auto packed = PackDate(lexical);
    if (packed) return MakeId(IdTag::kInlineDate, *packed);
  }
  return std::nullopt;
}

std::optional<Term> DecodeInlineId(TermId id) {
  TermId payload = PayloadOf(id);
  switch (TagOf(id)) {
    case IdTag::kInlineInteger:
      return Term::Integer(static_cast<std::int64_t>(payload) - kIntegerBias);
    case IdTag::kInlineBoolean:
      if (payload > 1) return std::nullopt;
      return Term::Boolean(payload == 1);
    case IdTag::kInlineDate: {
      unsigned year = unsigned(payload >> 9);
      unsigned month = unsigned(payload >> 5) & 0xF;
      unsigned day = unsigned(payload) & 0x1F;
      if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
      char text[16];
      std::snprintf(text, sizeof(text), "%04u-%02u-%02u", year, month, day);
      return Term::Typed(text, std::string(xsd::kDate));
    }
    case IdTag::kInlineString: {
      std::string text;
      for (int shift = 48; shift >= 0; shift -= 8) {
        char byte = static_cast<char>((payload >> shift) & 0xFF);
        if (byte == 0) break;
        text.push_back(byte);
      }
      return Term::Literal(std::move(text));
    }
    default:
      return std::nullopt;
  }
}

}  // namespace marsad::store
