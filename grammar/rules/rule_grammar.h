// PEGTL grammar of the rule language (rules only; actions live in rule_parser.cc).
// Private to the marsad_grammar_rules library: never include it outside grammar/rules.
#pragma once

#include <tao/pegtl.hpp>

namespace marsad::rules::peg {

namespace pegtl = tao::pegtl;

struct comment : pegtl::seq<pegtl::one<'#'>, pegtl::until<pegtl::eolf>> {};
struct blank : pegtl::sor<pegtl::space, comment> {};
struct sps : pegtl::star<blank> {};

struct ident_first : pegtl::ranges<'a', 'z', 'A', 'Z', '_', '_'> {};
struct ident_rest : pegtl::ranges<'a', 'z', 'A', 'Z', '0', '9', '_', '_'> {};
struct ident : pegtl::seq<ident_first, pegtl::star<ident_rest>> {};

template <typename Word>
struct keyword : pegtl::seq<Word, pegtl::not_at<ident_rest>> {};
struct kw_rule : keyword<TAO_PEGTL_STRING("rule")> {};
struct kw_phase : keyword<TAO_PEGTL_STRING("phase")> {};
struct kw_match : keyword<TAO_PEGTL_STRING("match")> {};
struct kw_emit : keyword<TAO_PEGTL_STRING("emit")> {};
struct kw_end : keyword<TAO_PEGTL_STRING("end")> {};

// Rule ids: letters, digits, '.', '_' and '-' ("event.phone_call.with").
struct rule_id : pegtl::plus<pegtl::ranges<'a', 'z', 'A', 'Z', '0', '9', '.', '.', '_', '_',
                                           '-', '-'>> {};

// "..." on one line; the body is any text but a quote or a line break.
struct literal_body : pegtl::star<pegtl::not_one<'"', '\n', '\r'>> {};
struct literal_close : pegtl::one<'"'> {};
struct literal : pegtl::seq<pegtl::one<'"'>, literal_body, pegtl::must<literal_close>> {};
struct pattern_literal : literal {};
struct arg_literal : literal {};

struct class_name : pegtl::seq<ident, pegtl::opt<pegtl::one<'.'>, ident>> {};
struct class_ref : pegtl::seq<pegtl::one<'@'>, pegtl::must<class_name>> {};

struct test_name : ident {};
struct test_value : pegtl::plus<pegtl::not_one<'>', '\n', '\r'>> {};
struct test_close : pegtl::one<'>'> {};
struct token_test : pegtl::seq<pegtl::one<'<'>, pegtl::must<test_name>,
                               pegtl::opt<pegtl::one<'='>, pegtl::must<test_value>>,
                               pegtl::must<test_close>> {};

struct alternation;
struct group_open : pegtl::one<'('> {};
struct group_close : pegtl::one<')'> {};
struct group : pegtl::seq<group_open, sps, pegtl::must<alternation>, sps,
                          pegtl::must<group_close>> {};

struct primary : pegtl::sor<group, pattern_literal, class_ref, token_test> {};

struct count : pegtl::plus<pegtl::digit> {};
struct range_min : count {};
struct range_max : count {};
struct range_comma : pegtl::one<','> {};
struct range_close : pegtl::one<'}'> {};
struct quant_range : pegtl::seq<pegtl::one<'{'>, pegtl::must<range_min>,
                                pegtl::opt<range_comma, pegtl::opt<range_max>>,
                                pegtl::must<range_close>> {};
struct quant_opt : pegtl::one<'?'> {};
struct quant_star : pegtl::one<'*'> {};
struct quant_plus : pegtl::one<'+'> {};
struct quantifier : pegtl::sor<quant_opt, quant_star, quant_plus, quant_range> {};

struct capture_name : ident {};
struct capture : pegtl::seq<pegtl::one<':'>, pegtl::must<capture_name>> {};

// The quantifier may come before or after the capture: <name>+:holder or @nisba:of?.
struct item : pegtl::seq<primary, pegtl::opt<quantifier>, pegtl::opt<capture>,
                         pegtl::opt<quantifier>> {};
struct sequence : pegtl::seq<item, pegtl::star<sps, item>> {};
struct alt_sep : pegtl::one<'|'> {};
struct alternation
    : pegtl::seq<sequence, pegtl::star<sps, alt_sep, sps, pegtl::must<sequence>>> {};

struct phase_name : ident {};
struct phase_clause : pegtl::seq<kw_phase, sps, pegtl::must<phase_name>> {};

struct match_clause : pegtl::seq<kw_match, sps, pegtl::must<alternation>> {};

struct arg_key : ident {};
struct arg_ident : ident {};
struct arg_equals : pegtl::one<'='> {};
struct arg : pegtl::seq<arg_key, sps, pegtl::must<arg_equals>, sps,
                        pegtl::must<pegtl::sor<arg_literal, arg_ident>>> {};
struct arg_comma : pegtl::one<','> {};
struct emission_kind : ident {};
struct emission_open : pegtl::one<'('> {};
struct emission_close : pegtl::one<')'> {};
struct emission
    : pegtl::seq<emission_kind, sps, pegtl::must<emission_open>, sps,
                 pegtl::opt<arg, pegtl::star<sps, arg_comma, sps, pegtl::must<arg>>>, sps,
                 pegtl::must<emission_close>> {};
struct emit_clause : pegtl::seq<kw_emit, sps, pegtl::must<emission>> {};

struct clause : pegtl::sor<phase_clause, match_clause, emit_clause> {};
struct rule_end : kw_end {};
struct rule_decl : pegtl::seq<kw_rule, sps, pegtl::must<rule_id>,
                              pegtl::star<sps, clause>, sps, pegtl::must<rule_end>> {};
struct file_end : pegtl::eof {};
struct file : pegtl::seq<sps, pegtl::star<rule_decl, sps>, pegtl::must<file_end>> {};

}  // namespace marsad::rules::peg
