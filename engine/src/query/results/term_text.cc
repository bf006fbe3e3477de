// ParseTermText: one RDF term in N-Triples / Turtle syntax.
#include <cctype>
#include <string>

#include "query/results/result_reader.h"
#include "text/utf8.h"

namespace marsad::query::results {
namespace {

Status Bad(std::string_view text, const char* what) {
  return Status(StatusCode::kSyntaxError,
                std::string("bad term '") + std::string(text.substr(0, 40)) + "': " + what);
}

// Reads up to `close` decoding \-escapes (ECHAR and UCHAR); *pos ends after `close`.
bool ReadEscaped(std::string_view s, std::size_t* pos, char close, std::string* out) {
  while (*pos < s.size() && s[*pos] != close) {
    char c = s[(*pos)++];
    if (c != '\\') {
      *out += c;
      continue;
    }
    if (*pos >= s.size()) return false;
    c = s[(*pos)++];
    if (c == 'u' || c == 'U') {
      const std::size_t n = c == 'u' ? 4 : 8;
      if (*pos + n > s.size()) return false;
      text::AppendUtf8(std::stoul(std::string(s.substr(*pos, n)), nullptr, 16), out);
      *pos += n;
      continue;
    }
    static constexpr std::string_view kFrom = "tbnrf\"'\\", kTo = "\t\b\n\r\f\"'\\";
    const std::size_t k = kFrom.find(c);
    if (k == std::string_view::npos) return false;
    *out += kTo[k];
  }
  if (*pos >= s.size()) return false;
  ++*pos;
  return true;
}

}  // namespace

Result<Term> ParseTermText(std::string_view s, std::size_t* consumed) {
  std::size_t pos = 0;
  if (s.empty()) return Bad(s, "empty");
  if (s[0] == '<') {
    std::string iri;
    ++pos;
    if (!ReadEscaped(s, &pos, '>', &iri)) return Bad(s, "unterminated IRI");
    *consumed = pos;
    return Term::Iri(std::move(iri));
  }
  if (s.starts_with("_:")) {
    pos = 2;
    while (pos < s.size() && !std::isspace(static_cast<unsigned char>(s[pos]))) ++pos;
    *consumed = pos;
    return Term::Blank(std::string(s.substr(2, pos - 2)));
  }
  if (s[0] == '"') {
    std::string lex;
    ++pos;
    if (!ReadEscaped(s, &pos, '"', &lex)) return Bad(s, "unterminated string");
    if (pos < s.size() && s[pos] == '@') {
      const std::size_t start = ++pos;
      while (pos < s.size() && (std::isalnum(static_cast<unsigned char>(s[pos])) || s[pos] == '-')) {
        ++pos;
      }
      *consumed = pos;
      return Term::LangLiteral(std::move(lex), std::string(s.substr(start, pos - start)));
    }
    if (s.substr(pos, 3) == "^^<") {
      pos += 3;
      std::string dt;
      if (!ReadEscaped(s, &pos, '>', &dt)) return Bad(s, "unterminated datatype");
      *consumed = pos;
      return Term::Typed(std::move(lex), std::move(dt));
    }
    *consumed = pos;
    return Term::Literal(std::move(lex));
  }
  while (pos < s.size() && !std::isspace(static_cast<unsigned char>(s[pos]))) ++pos;
  std::string word(s.substr(0, pos));
  *consumed = pos;
  if (word == "true" || word == "false") return Term::Boolean(word == "true");
  if (word.find_first_of("eE") != std::string::npos) return Term::Typed(word, std::string(xsd::kDouble));
  if (word.find('.') != std::string::npos) return Term::Typed(word, std::string(xsd::kDecimal));
  if (!word.empty() && (std::isdigit(static_cast<unsigned char>(word.back())))) {
    return Term::Typed(word, std::string(xsd::kInteger));
  }
  return Bad(s, "unknown term syntax");
}

}  // namespace marsad::query::results
