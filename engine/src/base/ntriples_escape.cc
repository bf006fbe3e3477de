#include "base/ntriples_escape.h"

// Header-only plain C++ shared with the readers (no grammar library dependency), so writer
// and readers agree on what IRIREF forbids and what valid UTF-8 is.
#include "grammar/common/escapes.h"
#include "grammar/common/utf8.h"

namespace marsad {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

void AppendUcharEscape(unsigned char c, std::string* out) {
  out->append("\\u00");
  out->push_back(kHex[c >> 4]);
  out->push_back(kHex[c & 0xF]);
}

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// A label AppendBlankNode writes as is: a subset of BLANK_NODE_LABEL that never starts with
// '_', so it cannot collide with the "_x" hex form.
bool IsPlainBlankLabel(std::string_view label) {
  if (label.empty() || !(IsAsciiAlpha(label.front()) || IsAsciiDigit(label.front()))) {
    return false;
  }
  for (char c : label) {
    if (!IsAsciiAlpha(c) && !IsAsciiDigit(c) && c != '_' && c != '-') return false;
  }
  return true;
}

Status InvalidUtf8(std::string_view what, std::size_t offset) {
  return Status(StatusCode::kInvalidArgument, "cannot write " + std::string(what) +
                                                  ": invalid UTF-8 at byte " +
                                                  std::to_string(offset));
}

}  // namespace

void AppendEscapedString(std::string_view text, std::string* out) {
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default:
        if (c < 0x20 || c == 0x7F) {
          AppendUcharEscape(c, out);
        } else {
          out->push_back(ch);
        }
    }
  }
}

// Copies the runs between forbidden bytes whole, into room reserved once: byte-by-byte
// push_back regrew a fresh string three times for a typical IRI (ExecContext::Intern keys every
// query constant by its N-Triples form).
Status AppendIriRef(std::string_view iri, std::string* out) {
  Status status;
  out->reserve(out->size() + iri.size() + 2);
  out->push_back('<');
  std::size_t run_start = 0;
  for (std::size_t i = 0; i < iri.size(); ++i) {
    const auto c = static_cast<unsigned char>(iri[i]);
    if (!grammar::IsForbiddenInIriref(c)) continue;
    out->append(iri.substr(run_start, i - run_start));
    AppendUcharEscape(c, out);
    run_start = i + 1;
    if (status.ok()) {
      status = Status(StatusCode::kInvalidArgument,
                      "cannot write IRI <" + std::string(iri) +
                          ">: it contains a character IRIs do not allow");
    }
  }
  out->append(iri.substr(run_start));
  out->push_back('>');
  if (const std::size_t bad = grammar::FindInvalidUtf8(iri);
      status.ok() && bad != std::string_view::npos) {
    status = InvalidUtf8("IRI", bad);
  }
  return status;
}

void AppendBlankNode(std::string_view label, std::string* out) {
  out->append("_:");
  if (IsPlainBlankLabel(label)) {
    out->append(label);
    return;
  }
  static constexpr char kLowerHex[] = "0123456789abcdef";
  out->append("_x");
  for (const char c : label) {
    const auto byte = static_cast<unsigned char>(c);
    out->push_back(kLowerHex[byte >> 4]);
    out->push_back(kLowerHex[byte & 0xF]);
  }
}

bool IsLangTag(std::string_view tag) {
  std::size_t i = 0;
  while (i < tag.size() && IsAsciiAlpha(tag[i])) ++i;
  if (i == 0) return false;
  while (i < tag.size()) {
    if (tag[i++] != '-') return false;
    const std::size_t start = i;
    while (i < tag.size() && (IsAsciiAlpha(tag[i]) || IsAsciiDigit(tag[i]))) ++i;
    if (i == start) return false;
  }
  return true;
}

Status AppendNTriplesTerm(const Term& term, std::string* out) {
  switch (term.kind()) {
    case TermKind::kIri:
      if (term.is_null()) {
        out->append("<>");
        return Status(StatusCode::kInvalidArgument, "cannot write an unset term");
      }
      return AppendIriRef(term.value(), out);
    case TermKind::kBlankNode:
      AppendBlankNode(term.value(), out);
      return Status::Ok();
    case TermKind::kLiteral:
      break;
  }
  Status status;
  out->push_back('"');
  AppendEscapedString(term.value(), out);
  out->push_back('"');
  if (const std::size_t bad = grammar::FindInvalidUtf8(term.value());
      bad != std::string_view::npos) {
    status = InvalidUtf8("a literal", bad);
  }
  if (!term.language().empty()) {
    out->push_back('@');
    out->append(term.language());
    if (status.ok() && !IsLangTag(term.language())) {
      status = Status(StatusCode::kInvalidArgument,
                      "cannot write language tag '" + term.language() + "'");
    }
  } else if (term.datatype() != xsd::kString) {
    out->append("^^");
    Status datatype = AppendIriRef(term.datatype(), out);
    if (term.datatype().empty()) {
      datatype = Status(StatusCode::kInvalidArgument, "cannot write a literal without datatype");
    }
    if (status.ok()) status = std::move(datatype);
  }
  return status;
}

}  // namespace marsad
