// How one term shows in a table cell: IRIs abbreviated with the knowledge base's prefixes,
// literals by their lexical form, long values cut at a display width with '…'.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "marsad/term.h"

namespace marsad::shell {

// (prefix, namespace IRI) pairs, e.g. ("marsad", "http://marsad.dev/ns#").
using PrefixList = std::vector<std::pair<std::string, std::string>>;

// The prefixes every query may use without declaring them (the query binder's defaults).
const PrefixList& DefaultPrefixes();

// "marsad:mentions" when a prefix covers `iri` and the rest is a plain local name, else
// "<iri>".
std::string AbbreviateIri(std::string_view iri, const PrefixList& prefixes);

// Cell text: prefixed name or <iri>, _:label, the lexical form of strings (language tags
// omitted), numbers, booleans and dates, "lex"^^prefixed:type for other datatypes, and the
// empty string for an unbound value.
std::string CellText(const Term& term, const PrefixList& prefixes);

// True for numeric literals, which tables right-align.
bool IsNumericLiteral(const Term& term);

// `utf8` on one line: '\n' becomes '↵' and other control characters a space, so a value
// cannot break a table row.
std::string FlattenControls(std::string_view utf8);

// The extended grapheme clusters of `utf8`, in order (views into it): what a reader sees as
// one character, e.g. a letter with its harakat or a flag.
std::vector<std::string_view> SplitGraphemes(std::string_view utf8);

// `utf8` cut so that it takes at most `max_width` display columns, ending in '…' when cut.
// Cuts only between grapheme clusters. max_width 0 = no limit.
std::string TruncateToWidth(std::string_view utf8, std::size_t max_width);

// `utf8` broken into lines of at most `max_width` display columns each: after the last space
// that fits (the space itself is dropped), else between two grapheme clusters inside a word
// longer than the line. One line when it fits or when max_width is 0. The lines hold every
// cluster of `utf8` in logical order except the spaces broken at.
std::vector<std::string> WrapToWidth(std::string_view utf8, std::size_t max_width);

// `utf8` followed by its Latin transliteration in angle quotes when it holds Arabic text
// ("بوتين ‹bwtyn›"); unchanged otherwise.
std::string WithTransliteration(std::string_view utf8);

}  // namespace marsad::shell
