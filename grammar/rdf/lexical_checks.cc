#include "grammar/rdf/lexical_checks.h"

#include <tao/pegtl.hpp>

#include "grammar/common/lexical.h"

namespace marsad::grammar::rdf {

namespace {

namespace pegtl = tao::pegtl;

template <typename Rule>
bool MatchesWhole(std::string_view text) {
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(text.data(), text.size(), "");
  return pegtl::parse<pegtl::seq<Rule, pegtl::eof>>(in);
}

}  // namespace

bool MatchesPnLocal(std::string_view text) { return MatchesWhole<pn_local>(text); }
bool MatchesPnPrefix(std::string_view text) { return MatchesWhole<pn_prefix>(text); }
bool MatchesBlankNodeLabel(std::string_view label) {
  return MatchesWhole<blank_node_label_name>(label);
}
bool MatchesTurtleInteger(std::string_view text) { return MatchesWhole<signed_integer>(text); }
bool MatchesTurtleDecimal(std::string_view text) { return MatchesWhole<signed_decimal>(text); }
bool MatchesTurtleDouble(std::string_view text) { return MatchesWhole<signed_double>(text); }
bool MatchesLangTag(std::string_view tag) { return MatchesWhole<langtag_name>(tag); }

}  // namespace marsad::grammar::rdf
