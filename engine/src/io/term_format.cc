#include "io/term_format.h"

#include "base/ntriples_escape.h"
#include "base/status_macros.h"
#include "grammar/common/escapes.h"
#include "grammar/rdf/lexical_checks.h"

namespace marsad::io {

Status AppendIriRef(const std::string& iri, std::string* out) {
  for (const char c : iri) {
    if (grammar::IsForbiddenInIriref(static_cast<unsigned char>(c))) {
      return Status(StatusCode::kInvalidArgument,
                    "cannot write IRI <" + iri + ">: it contains a character IRIs do not allow");
    }
  }
  out->push_back('<');
  out->append(iri);
  out->push_back('>');
  return Status::Ok();
}

void AppendBlankNode(const std::string& label, std::string* out) {
  out->append("_:");
  if (grammar::rdf::MatchesBlankNodeLabel(label)) {
    out->append(label);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('x');
  for (const char c : label) {
    const auto byte = static_cast<unsigned char>(c);
    out->push_back(kHex[byte >> 4]);
    out->push_back(kHex[byte & 0xF]);
  }
}

Status AppendNTriplesTerm(const Term& term, std::string* out) {
  switch (term.kind()) {
    case TermKind::kIri:
      if (term.is_null()) return Status(StatusCode::kInvalidArgument, "cannot write an unset term");
      return AppendIriRef(term.value(), out);
    case TermKind::kBlankNode:
      AppendBlankNode(term.value(), out);
      return Status::Ok();
    case TermKind::kLiteral:
      out->push_back('"');
      AppendEscapedString(term.value(), out);
      out->push_back('"');
      if (!term.language().empty()) {
        if (!grammar::rdf::MatchesLangTag(term.language())) {
          return Status(StatusCode::kInvalidArgument,
                        "cannot write language tag '" + term.language() + "'");
        }
        out->push_back('@');
        out->append(term.language());
      } else if (term.datatype() != xsd::kString) {
        out->append("^^");
        MARSAD_RETURN_IF_ERROR(AppendIriRef(term.datatype(), out));
      }
      return Status::Ok();
  }
  return Status(StatusCode::kInternal, "unknown term kind");
}

}  // namespace marsad::io
