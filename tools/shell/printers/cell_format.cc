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

std::vector<std::string_view> SplitGraphemes(std::string_view utf8) {
  // The text layer counts clusters but does not hand them out (its header stays free of ICU
  // types), so a code point joins the cluster before it exactly when the two still count as
  // one. Checking the whole cluster so far keeps context-dependent rules right (regional
  // indicator pairs, emoji ZWJ sequences). Cells are short, so the quadratic cost is bounded.
  std::vector<std::string_view> clusters;
  std::size_t start = 0;
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const std::size_t next_start = pos;
    text::DecodeUtf8(utf8, &pos);
    if (next_start > start && text::GraphemeCount(utf8.substr(start, pos - start)) > 1) {
      clusters.push_back(utf8.substr(start, next_start - start));
      start = next_start;
    }
  }
  if (pos > start) clusters.push_back(utf8.substr(start, pos - start));
  return clusters;
}

std::string TruncateToWidth(std::string_view utf8, std::size_t max_width) {
  if (max_width == 0 || text::DisplayWidth(utf8) <= max_width) return std::string(utf8);
  // Keep whole clusters while they fit in max_width - 1 columns (one is for '…').
  std::string out;
  std::size_t used = 0;
  for (std::string_view cluster : SplitGraphemes(utf8)) {
    const std::size_t width = text::DisplayWidth(cluster);
    if (used + width > max_width - 1) break;
    used += width;
    out.append(cluster);
  }
  out.append(kEllipsis);
  return out;
}

std::vector<std::string> WrapToWidth(std::string_view utf8, std::size_t max_width) {
  if (max_width == 0 || text::DisplayWidth(utf8) <= max_width) return {std::string(utf8)};
  std::vector<std::string> lines;
  std::vector<std::string_view> line;  // clusters of the line being filled
  std::size_t used = 0;
  // Ends the line before clusters [from, line.size()), which start the next one; the space
  // a line breaks at is dropped.
  auto break_line = [&](std::size_t from) {
    std::size_t end = from;
    while (end > 0 && line[end - 1] == " ") --end;
    std::string text;
    for (std::size_t i = 0; i < end; ++i) text.append(line[i]);
    lines.push_back(std::move(text));
    line.erase(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(from));
    used = 0;
    for (std::string_view c : line) used += text::DisplayWidth(c);
  };
  for (std::string_view cluster : SplitGraphemes(utf8)) {
    if (line.empty() && cluster == " " && !lines.empty()) continue;  // no leading space
    const std::size_t width = text::DisplayWidth(cluster);
    if (used + width > max_width && !line.empty()) {
      if (cluster == " ") {  // the line ends exactly before a space: break there
        break_line(line.size());
        continue;
      }
      // Break after the last space of the line when there is one, else inside the word.
      std::size_t after_space = line.size();
      while (after_space > 0 && line[after_space - 1] != " ") --after_space;
      break_line(after_space > 1 ? after_space : line.size());
      if (used + width > max_width && !line.empty()) break_line(line.size());
      if (line.empty() && cluster == " ") continue;
    }
    line.push_back(cluster);
    used += width;
  }
  if (!line.empty()) break_line(line.size());
  return lines;
}

std::string WithTransliteration(std::string_view utf8) {
  if (!ContainsRightToLeft(utf8)) return std::string(utf8);
  Result<std::string> latin = text::TransliterateArabic(utf8);
  if (!latin.ok() || latin->empty()) return std::string(utf8);
  return std::string(utf8) + " \xE2\x80\xB9" + *latin + "\xE2\x80\xBA";
}

}  // namespace marsad::shell
