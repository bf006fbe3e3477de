// N-Triples and N-Quads (RDF 1.1), one line at a time: the reader splits the input into lines
// and parses each with `ntriples_line` or `nquads_line`, so memory stays bounded and a bad line
// can be skipped. Rules only; actions live in ntriples_actions.h, messages in rdf_errors.h.
#pragma once

#include <tao/pegtl.hpp>

#include "grammar/common/lexical.h"
#include "grammar/rdf/token_rules.h"

namespace marsad::grammar::ntriples {

namespace pegtl = tao::pegtl;

using rdf_tokens::iri_body;
using rdf_tokens::lang;
using rdf_tokens::quote_body;
using iri = rdf_tokens::iriref_token;

struct blank : blank_node_label {};
struct datatype : iri {};
struct datatype_iri : pegtl::seq<pegtl::at<pegtl::one<'<'>>, datatype> {};
struct literal
    : pegtl::seq<
          rdf_tokens::string_quote,
          pegtl::opt<pegtl::sor<pegtl::seq<pegtl::one<'@'>, pegtl::must<lang>>,
                                pegtl::seq<pegtl::string<'^', '^'>, pegtl::must<datatype_iri>>>>> {
};

// Horizontal whitespace; the line break is handled by the reader.
struct hspace : pegtl::star<pegtl::one<' ', '\t'>> {};

struct subject : pegtl::sor<iri, blank> {};
struct predicate : iri {};
struct object : pegtl::sor<iri, blank, literal> {};
struct graph_label : pegtl::sor<iri, blank> {};
struct dot : pegtl::one<'.'> {};

struct triple : pegtl::seq<subject, hspace, pegtl::must<predicate>, hspace, pegtl::must<object>,
                           hspace, pegtl::must<dot>> {};
struct quad_dot : dot {};
struct quad : pegtl::seq<subject, hspace, pegtl::must<predicate>, hspace, pegtl::must<object>,
                         hspace, pegtl::opt<graph_label, hspace>, pegtl::must<quad_dot>> {};

struct end_after_statement : pegtl::eof {};
struct end_of_line : pegtl::eof {};

template <typename Statement>
struct line
    : pegtl::seq<hspace, pegtl::sor<pegtl::seq<Statement, hspace, pegtl::opt<comment>,
                                               pegtl::must<end_after_statement>>,
                                    pegtl::seq<pegtl::opt<comment>, pegtl::must<end_of_line>>>> {};

struct ntriples_line : line<triple> {};
struct nquads_line : line<quad> {};

}  // namespace marsad::grammar::ntriples
