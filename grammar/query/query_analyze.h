// analyze_traits for the grammar's custom rules, so pegtl::analyze<request>() can check the
// grammar for loops that make no progress. Only the grammar test includes this.
#pragma once

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/query/query_grammar.h"

namespace tao::pegtl {

template <typename Name, typename Rule>
struct analyze_traits<Name, marsad::grammar::query::nested<Rule>>
    : analyze_traits<Name, typename seq<Rule>::rule_t> {};

template <typename Name, typename Self, typename Rule>
struct analyze_traits<Name, marsad::grammar::query::expect<Self, Rule>>
    : analyze_traits<Name, typename seq<Rule>::rule_t> {};

}  // namespace tao::pegtl
