// Token rules shared by the N-Triples/N-Quads and Turtle grammars: IRIREF and string bodies
// whose actions decode escapes, and the language tag. Rules only (messages: rdf_errors.h).
//
// Unlike the plain lexical rules, the bodies end in an explicit `raise` on a backslash that
// starts no valid escape, so "a\zb" is reported as a bad escape at the backslash rather than
// as an unclosed string further on.
#pragma once

#include <tao/pegtl.hpp>

#include "grammar/common/lexical.h"

namespace marsad::grammar::rdf_tokens {

namespace pegtl = tao::pegtl;

// Error tags: never match, only name a message.
struct invalid_escape {};
struct invalid_iri_escape {};

struct bad_escape : pegtl::seq<pegtl::at<pegtl::one<'\\'>>, pegtl::raise<invalid_escape>> {};
struct bad_iri_escape : pegtl::seq<pegtl::at<pegtl::one<'\\'>>, pegtl::raise<invalid_iri_escape>> {
};

// IRIREF; the action on iri_body builds the IRI.
struct iri_body : pegtl::star<pegtl::sor<iriref_char, bad_iri_escape>> {};
struct iri_close : pegtl::one<'>'> {};
struct iriref_token : pegtl::seq<pegtl::one<'<'>, iri_body, pegtl::must<iri_close>> {};

// String bodies (the text between the quotes); the actions decode them.
template <char Q>
struct short_body
    : pegtl::star<pegtl::sor<byte_run<kShortStringAsciiTable<Q>>,
                             pegtl::utf8::not_one<Q, '\\', '\n', '\r'>, echar, uchar, bad_escape>> {
};
template <char Q>
struct long_body
    : pegtl::star<pegtl::opt<pegtl::one<Q>, pegtl::opt<pegtl::one<Q>>>,
                  pegtl::sor<pegtl::utf8::not_one<Q, '\\'>, echar, uchar, bad_escape>> {};
struct quote_body : short_body<'"'> {};
struct string_close_quote : pegtl::one<'"'> {};
struct string_quote : pegtl::seq<pegtl::one<'"'>, quote_body, pegtl::must<string_close_quote>> {};

// LANGTAG without its '@'.
struct lang : langtag_name {};

}  // namespace marsad::grammar::rdf_tokens
