#include "store/term_codec.h"

namespace marsad::store {
namespace {

void Put(TermCodeByte code, std::string* out) { out->push_back(static_cast<char>(code)); }

}  // namespace

Status EncodeTerm(const Term& term, std::string* out) {
  switch (term.kind()) {
    case TermKind::kIri:
      if (term.is_null()) return Status(StatusCode::kInvalidArgument, "cannot store a null term");
      Put(TermCodeByte::kIri, out);
      out->append(term.value());
      return Status();
    case TermKind::kBlankNode:
      if (term.value().empty()) {
        return Status(StatusCode::kInvalidArgument, "blank node with an empty label");
      }
      Put(TermCodeByte::kBlank, out);
      out->append(term.value());
      return Status();
    case TermKind::kLiteral:
      break;
  }
  const std::string& suffix = term.language().empty() ? term.datatype() : term.language();
  if (suffix.find('\0') != std::string::npos) {
    return Status(StatusCode::kInvalidArgument, "NUL byte in a literal's language or datatype");
  }
  if (!term.language().empty()) {
    Put(TermCodeByte::kLangString, out);
  } else if (term.datatype() == xsd::kString) {
    Put(TermCodeByte::kString, out);
    out->append(term.value());
    return Status();
  } else if (term.datatype().empty()) {
    return Status(StatusCode::kInvalidArgument, "literal without a datatype");
  } else {
    Put(TermCodeByte::kTyped, out);
  }
  out->append(suffix);
  out->push_back('\0');
  out->append(term.value());
  return Status();
}

bool DecodeTermInto(std::string_view bytes, Term* term) {
  if (bytes.empty()) return false;
  auto code = static_cast<TermCodeByte>(bytes.front());
  std::string_view rest = bytes.substr(1);
  switch (code) {
    case TermCodeByte::kIri:
      if (rest.empty()) return false;
      term->AssignIri(rest);
      return true;
    case TermCodeByte::kBlank:
      if (rest.empty()) return false;
      term->AssignBlank(rest);
      return true;
    case TermCodeByte::kString:
      term->AssignLiteral(rest);
      return true;
    case TermCodeByte::kLangString:
    case TermCodeByte::kTyped: {
      std::size_t nul = rest.find('\0');
      if (nul == std::string_view::npos || nul == 0) return false;
      if (code == TermCodeByte::kLangString) {
        term->AssignLangLiteral(rest.substr(nul + 1), rest.substr(0, nul));
      } else {
        term->AssignTyped(rest.substr(nul + 1), rest.substr(0, nul));
      }
      return true;
    }
  }
  return false;
}

std::optional<Term> DecodeTerm(std::string_view bytes) {
  Term term;
  if (!DecodeTermInto(bytes, &term)) return std::nullopt;
  return term;
}

}  // namespace marsad::store
