// N-Triples and N-Quads (RDF 1.1), one line at a time: the reader splits the input into lines
// and parses each with `ntriples_line` or `nquads_line`, so memory stays bounded and a bad line
// can be skipped. Rules only; actions live in ntriples_actions.h, messages in rdf_errors.h.
//
// The terms reuse the shared lexical rules, with one difference: IRI and string bodies end in
// an explicit `raise` on a backslash that starts no valid escape, so "a\zb" is reported as a bad
// escape at the backslash rather than as an unclosed string further on.
#pragma once

#include <tao/pegtl.hpp>

#include "grammar/common/lexical.h"

namespace marsad::grammar::ntriples {

namespace pegtl = tao::pegtl;

// Error tags: never match, only name a message (rdf_errors.h).
struct invalid_escape {};
struct invalid_iri_escape {};

struct iri_body
    : pegtl::star<pegtl::sor<iriref_char, pegtl::seq<pegtl::at<pegtl::one<'\\'>>,
                                                     pegtl::raise<invalid_iri_escape>>>> {};
struct iri_close : pegtl::one<'>'> {};
struct iri : pegtl::seq<pegtl::one<'<'>, iri_body, pegtl::must<iri_close>> {};
struct blank : blank_node_label {};

struct string_body
    : pegtl::star<pegtl::sor<pegtl::utf8::not_one<'"', '\\', '\n', '\r'>, echar, uchar,
                             pegtl::seq<pegtl::at<pegtl::one<'\\'>>,
                                        pegtl::raise<invalid_escape>>>> {};
struct string_close : pegtl::one<'"'> {};
struct lang : langtag_name {};
struct datatype : iri {};
struct datatype_iri : pegtl::seq<pegtl::at<pegtl::one<'<'>>, datatype> {};
struct literal
    : pegtl::seq<pegtl::one<'"'>, string_body, pegtl::must<string_close>,
                 pegtl::opt<pegtl::sor<
                     pegtl::seq<pegtl::one<'@'>, pegtl::must<lang>>,
                     pegtl::seq<pegtl::string<'^', '^'>, pegtl::must<datatype_iri>>>>> {};

// Horizontal whitespace; the line break is handled by the reader.
struct hspace : pegtl::star<pegtl::one<' ', '\t'>> {};

struct subject : pegtl::sor<iri, blank> {};
struct predicate : iri {};
struct object : pegtl::sor<iri, blank, literal> {};
struct graph_label : pegtl::sor<iri, blank> {};
struct dot : pegtl::one<'.'> {};

struct triple
    : pegtl::seq<subject, hspace, pegtl::must<predicate>, hspace, pegtl::must<object>, hspace,
                 pegtl::must<dot>> {};
struct quad_dot : dot {};
struct quad
    : pegtl::seq<subject, hspace, pegtl::must<predicate>, hspace, pegtl::must<object>, hspace,
                 pegtl::opt<graph_label, hspace>, pegtl::must<quad_dot>> {};

struct end_after_statement : pegtl::eof {};
struct end_of_line : pegtl::eof {};

template <typename Statement>
struct line
    : pegtl::seq<hspace,
                 pegtl::sor<pegtl::seq<Statement, hspace, pegtl::opt<comment>,
                                       pegtl::must<end_after_statement>>,
                            pegtl::seq<pegtl::opt<comment>, pegtl::must<end_of_line>>>> {};

struct ntriples_line : line<triple> {};
struct nquads_line : line<quad> {};

}  // namespace marsad::grammar::ntriples
