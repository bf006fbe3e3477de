// Whole-string checks against the shared lexical rules, for writers that must decide whether a
// value can be written in a short form (a prefixed name, a bare number) and still read back to
// the same term. Implemented with the very rules the readers use; no PEGTL in this header.
#pragma once

#include <string_view>

namespace marsad::grammar::rdf {

bool MatchesPnLocal(std::string_view text);          // Turtle PN_LOCAL (may be "" too: false)
bool MatchesPnPrefix(std::string_view text);         // PN_PREFIX (non-empty)
bool MatchesBlankNodeLabel(std::string_view label);  // BLANK_NODE_LABEL without "_:"
bool MatchesTurtleInteger(std::string_view text);    // [+-]?[0-9]+
bool MatchesTurtleDecimal(std::string_view text);    // [+-]?[0-9]*.[0-9]+
bool MatchesTurtleDouble(std::string_view text);     // Turtle DOUBLE
bool MatchesLangTag(std::string_view tag);           // LANGTAG without '@'

}  // namespace marsad::grammar::rdf
