#include "tools/shell/printers/cell_format.h"

#include <algorithm>
#include <cctype>

#include "query/binder/binder.h"
#include "text/display_width.h"
#include "text/transliterator.h"
#include "text/utf8.h"
#include "tools/shell/printers/bidi.h"

namespace marsad::shell {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

// A local name that reads back as a prefixed name without escapes.
bool IsPlainLocalName(std::string_view local) {
  if (local.empty()) return false;
  return std::all_of(local.begin(), local.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) != 0 || c == '_' || c == '-';
  });
}

bool ShowsBare(std::string_view datatype) {
  return datatype == xsd::kString || datatype == xsd::kLangString || datatype == xsd::kInteger ||
         datatype == xsd::kDecimal || datatype == xsd::kDouble || datatype == xsd::kBoolean ||
         datatype == xsd::kDate;
}

}  // namespace

const PrefixList& DefaultPrefixes() { return query::binder::DefaultPrefixes(); }

std::string AbbreviateIri(std::string_view iri, const PrefixList& prefixes) {
  for (const auto& [prefix, ns] : prefixes) {
    if (iri.size() > ns.size() && iri.starts_with(ns) && IsPlainLocalName(iri.substr(ns.size()))) {
      return prefix + ":" + std::string(iri.substr(ns.size()));
    }
  }
  return "<" + std::string(iri) + ">";
}

std::string CellText(const Term& term, const PrefixList& prefixes) {
  if (term.is_null()) return "";
  if (term.is_iri()) return AbbreviateIri(term.value(), prefixes);
  if (term.is_blank()) return "_:" + term.value();
  if (ShowsBare(term.datatype())) return term.value();
  return "\"" + term.value() + "\"^^" + AbbreviateIri(term.datatype(), prefixes);
}

bool IsNumericLiteral(const Term& term) {
  if (!term.is_literal()) return false;
  const std::string& dt = term.datatype();
  return dt == xsd::kInteger || dt == xsd::kDecimal || dt == xsd::kDouble;
}

std::string FlattenControls(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (char c : utf8) {
    if (c == '\n') {
      out.append("\xE2\x86\xB5");  // U+21B5
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string TruncateToWidth(std::string_view utf8, std::size_t max_width) {
  if (max_width == 0 || text::DisplayWidth(utf8) <= max_width) return std::string(utf8);
  // Keep whole code points while they fit in max_width - 1 columns (one is for '…'). A
  // combining mark takes no column, so it stays with the base character before it.
  std::string out;
  std::size_t used = 0;
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const std::size_t start = pos;
    text::DecodeUtf8(utf8, &pos);
    const std::string_view piece = utf8.substr(start, pos - start);
    const std::size_t width = text::DisplayWidth(piece);
    if (used + width > max_width - 1) break;
    used += width;
    out.append(piece);
  }
  out.append(kEllipsis);
  return out;
}

std::string WithTransliteration(std::string_view utf8) {
  if (!ContainsRightToLeft(utf8)) return std::string(utf8);
  Result<std::string> latin = text::TransliterateArabic(utf8);
  if (!latin.ok() || latin->empty()) return std::string(utf8);
  return std::string(utf8) + " \xE2\x80\xB9" + *latin + "\xE2\x80\xBA";
}

}  // namespace marsad::shell
