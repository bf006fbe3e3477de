// Turtle (RDF 1.1 Turtle §6.5), rules only. Actions: turtle_actions.h; messages: rdf_errors.h.
//
// Design: `skip` (whitespace and comments) sits between tokens. Once a token commits to a
// construct (a directive keyword, a subject, '[', '(', ',', ';'), the rest is under must<>, so
// errors are reported where they happen and no action ever fires on a branch that is later
// abandoned, except for the terms of a failing alternative that is tried before the right one,
// which only set the state's scratch term. Blank node property lists and collections nest; the
// state bounds the depth. Keywords PREFIX and BASE are case-insensitive, @prefix and @base not.
#pragma once

#include <tao/pegtl.hpp>

#include "grammar/common/lexical.h"
#include "grammar/rdf/token_rules.h"

namespace marsad::grammar::turtle {

namespace pegtl = tao::pegtl;

// IRIs: IRIREF and prefixed names.
using rdf_tokens::iri_body;
using rdf_tokens::iriref_token;
using rdf_tokens::lang;
using rdf_tokens::quote_body;
struct prefixed_name : pegtl::sor<pname_ln, pname_ns> {};
struct iri : pegtl::sor<iriref_token, prefixed_name> {};

struct blank_label : blank_node_label {};
struct anon_blank : anon {};
struct blank_node : pegtl::sor<blank_label, anon_blank> {};

// Strings: the *_body rules carry the action that decodes escapes.
struct single_quote_body : rdf_tokens::short_body<'\''> {};
struct long_quote_body : rdf_tokens::long_body<'"'> {};
struct long_single_quote_body : rdf_tokens::long_body<'\''> {};
struct string_close_single_quote : pegtl::one<'\''> {};
struct string_close_long_quote : pegtl::string<'"', '"', '"'> {};
struct string_close_long_single_quote : pegtl::string<'\'', '\'', '\''> {};
struct string_value
    : pegtl::sor<
          pegtl::seq<pegtl::string<'"', '"', '"'>, long_quote_body,
                     pegtl::must<string_close_long_quote>>,
          rdf_tokens::string_quote,
          pegtl::seq<pegtl::string<'\'', '\'', '\''>, long_single_quote_body,
                     pegtl::must<string_close_long_single_quote>>,
          pegtl::seq<pegtl::one<'\''>, single_quote_body, pegtl::must<string_close_single_quote>>> {
};

// Literals.
struct datatype : iri {};
struct rdf_literal
    : pegtl::seq<string_value, pegtl::opt<pegtl::sor<pegtl::seq<pegtl::one<'@'>, pegtl::must<lang>>,
                                                     pegtl::seq<skip, pegtl::string<'^', '^'>, skip,
                                                                pegtl::must<datatype>>>>> {};
struct double_literal : signed_double {};
struct decimal_literal : signed_decimal {};
struct integer_literal : signed_integer {};
struct numeric_literal : pegtl::sor<double_literal, decimal_literal, integer_literal> {};
struct boolean_literal
    : pegtl::seq<
          pegtl::sor<pegtl::string<'t', 'r', 'u', 'e'>, pegtl::string<'f', 'a', 'l', 's', 'e'>>,
          pegtl::not_at<pn_chars>> {};
struct literal : pegtl::sor<rdf_literal, numeric_literal, boolean_literal> {};

// Nested structures: collections and blank node property lists.
struct collection_item;
struct predicate_object_list;
struct collection_open : pegtl::one<'('> {};
struct collection_close : pegtl::one<')'> {};
struct collection : pegtl::seq<collection_open, skip, pegtl::star<collection_item, skip>,
                               pegtl::must<collection_close>> {};
struct bnpl_open : pegtl::one<'['> {};
struct bnpl_close : pegtl::one<']'> {};
struct blank_node_property_list : pegtl::seq<bnpl_open, skip, pegtl::must<predicate_object_list>,
                                             skip, pegtl::must<bnpl_close>> {};

struct object_term : pegtl::sor<iri, blank_node, collection, blank_node_property_list, literal> {};
struct object : object_term {};
struct collection_item : object_term {};

struct predicate : iri {};
struct verb_a : pegtl::one<'a'> {};
struct verb : pegtl::sor<predicate, verb_a> {};
struct object_list
    : pegtl::seq<object, pegtl::star<skip, pegtl::one<','>, skip, pegtl::must<object>>> {};
struct predicate_object_list
    : pegtl::seq<verb, skip, pegtl::must<object_list>,
                 pegtl::star<skip, pegtl::one<';'>, skip,
                             pegtl::opt<verb, skip, pegtl::must<object_list>>>> {};

struct subject : pegtl::sor<iri, blank_node, collection> {};
struct bnpl_subject : blank_node_property_list {};
struct triples : pegtl::sor<pegtl::seq<subject, skip, pegtl::must<predicate_object_list>>,
                            pegtl::seq<bnpl_subject, skip, pegtl::opt<predicate_object_list>>> {};

// Directives.
struct keyword_end : pegtl::not_at<pegtl::sor<pn_chars, pegtl::one<':'>>> {};
struct prefix_name : pname_ns {};
struct prefix_iri : iriref_token {};
struct base_iri : iriref_token {};
struct directive_dot : pegtl::one<'.'> {};
struct prefix_id : pegtl::seq<pegtl::string<'@', 'p', 'r', 'e', 'f', 'i', 'x'>, keyword_end, skip,
                              pegtl::must<prefix_name>, skip, pegtl::must<prefix_iri>, skip,
                              pegtl::must<directive_dot>> {};
struct base_directive : pegtl::seq<pegtl::string<'@', 'b', 'a', 's', 'e'>, keyword_end, skip,
                                   pegtl::must<base_iri>, skip, pegtl::must<directive_dot>> {};
struct sparql_prefix : pegtl::seq<pegtl::istring<'P', 'R', 'E', 'F', 'I', 'X'>, keyword_end, skip,
                                  pegtl::must<prefix_name>, skip, pegtl::must<prefix_iri>> {};
struct sparql_base
    : pegtl::seq<pegtl::istring<'B', 'A', 'S', 'E'>, keyword_end, skip, pegtl::must<base_iri>> {};
struct directive : pegtl::sor<prefix_id, base_directive, sparql_prefix, sparql_base> {};

struct statement_dot : pegtl::one<'.'> {};
struct triples_statement : pegtl::seq<triples, skip, pegtl::must<statement_dot>> {};
struct statement : pegtl::sor<directive, triples_statement> {};
struct end_of_document : pegtl::eof {};
struct document : pegtl::seq<pegtl::opt<pegtl::utf8::bom>, skip, pegtl::star<statement, skip>,
                             pegtl::must<end_of_document>> {};

}  // namespace marsad::grammar::turtle
