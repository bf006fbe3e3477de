// Byte encoding of a term in the dictionary: the key of `term2id` and the value of `id2term`.
//
// DO NOT CHANGE (on-disk format, docs/storage-format.md "Dictionary"):
//   0x01 iri                                 IRI
//   0x02 label                               blank node
//   0x03 lexical                             literal of type xsd:string
//   0x04 language 0x00 lexical               language-tagged literal (language lower-case)
//   0x05 datatype-iri 0x00 lexical           literal of any other datatype
// The language or datatype comes before the lexical form so that a lexical form containing
// a NUL byte stays unambiguous (languages and IRIs cannot contain NUL; EncodeTerm rejects them).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "marsad/status.h"
#include "marsad/term.h"

namespace marsad::store {

enum class TermCodeByte : unsigned char {
  kIri = 0x01,
  kBlank = 0x02,
  kString = 0x03,
  kLangString = 0x04,
  kTyped = 0x05,
};

// Appends the encoding of `term` to `*out`. kInvalidArgument for a null term, an empty blank
// label, a literal without datatype, or a NUL in a language tag or datatype IRI.
Status EncodeTerm(const Term& term, std::string* out);
// Inverse of EncodeTerm; nullopt for bytes EncodeTerm cannot produce.
std::optional<Term> DecodeTerm(std::string_view bytes);
// DecodeTerm into an existing term, overwriting it (a decoder refilling the same terms batch
// after batch keeps their string buffers). False, leaving `*term` unspecified, for bytes
// EncodeTerm cannot produce.
bool DecodeTermInto(std::string_view bytes, Term* term);

}  // namespace marsad::store
