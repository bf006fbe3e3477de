// PEGTL actions for turtle_grammar.h: each maps one rule onto a TurtleState call. Actions only
// build terms and triples; they never touch a store. Include only from parse_turtle.cc.
#pragma once

#include <cstddef>
#include <tao/pegtl.hpp>

#include "grammar/rdf/turtle_grammar.h"
#include "grammar/rdf/turtle_state.h"
#include "marsad/term.h"

namespace marsad::grammar::turtle {

// The state an action sees: the builder plus where the document starts, so that actions can
// report byte offsets.
struct ActionState {
  rdf::TurtleState& builder;
  const char* document_begin;

  template <typename ActionInput>
  std::size_t Offset(const ActionInput& in) const {
    return static_cast<std::size_t>(in.begin() - document_begin);
  }
};

template <typename Rule>
struct action : tao::pegtl::nothing<Rule> {};

// Calls `Method` on the builder when the rule matches.
template <void (rdf::TurtleState::*Method)()>
struct call {
  template <typename ActionInput>
  static void apply(const ActionInput&, ActionState& s) {
    (s.builder.*Method)();
  }
};

template <>
struct action<iri_body> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ActionState& s) {
    s.builder.SetIri(in.string_view(), s.Offset(in));
  }
};
template <>
struct action<prefixed_name> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ActionState& s) {
    s.builder.SetPrefixedName(in.string_view(), s.Offset(in));
  }
};
template <>
struct action<blank_label> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ActionState& s) {
    s.builder.SetBlankLabel(in.string_view().substr(2));  // drop "_:"
  }
};

// String bodies: all four quoting styles decode the same way.
template <typename ActionInput>
void ApplyStringBody(const ActionInput& in, ActionState& s) {
  s.builder.SetLexical(in.string_view(), s.Offset(in));
}
template <>
struct action<quote_body> {
  template <typename I>
  static void apply(const I& in, ActionState& s) {
    ApplyStringBody(in, s);
  }
};
template <>
struct action<single_quote_body> {
  template <typename I>
  static void apply(const I& in, ActionState& s) {
    ApplyStringBody(in, s);
  }
};
template <>
struct action<long_quote_body> {
  template <typename I>
  static void apply(const I& in, ActionState& s) {
    ApplyStringBody(in, s);
  }
};
template <>
struct action<long_single_quote_body> {
  template <typename I>
  static void apply(const I& in, ActionState& s) {
    ApplyStringBody(in, s);
  }
};
template <>
struct action<lang> {
  template <typename I>
  static void apply(const I& in, ActionState& s) {
    s.builder.SetLanguage(in.string_view());
  }
};

// Numbers and booleans keep their lexical form (RDF 1.1 Turtle §7.2).
template <std::string_view const& Datatype>
struct typed_literal {
  template <typename I>
  static void apply(const I& in, ActionState& s) {
    s.builder.SetTypedLiteral(in.string_view(), Datatype);
  }
};
template <>
struct action<integer_literal> : typed_literal<xsd::kInteger> {};
template <>
struct action<decimal_literal> : typed_literal<xsd::kDecimal> {};
template <>
struct action<double_literal> : typed_literal<xsd::kDouble> {};
template <>
struct action<boolean_literal> : typed_literal<xsd::kBoolean> {};

template <>
struct action<bnpl_open> {
  template <typename I>
  static void apply(const I& in, ActionState& s) {
    s.builder.OpenPropertyList(s.Offset(in));
  }
};
template <>
struct action<collection_open> {
  template <typename I>
  static void apply(const I& in, ActionState& s) {
    s.builder.OpenCollection(s.Offset(in));
  }
};

template <>
struct action<anon_blank> : call<&rdf::TurtleState::SetFreshBlank> {};
template <>
struct action<verb_a> : call<&rdf::TurtleState::SetRdfType> {};
template <>
struct action<datatype> : call<&rdf::TurtleState::SetDatatypeFromTerm> {};
template <>
struct action<rdf_literal> : call<&rdf::TurtleState::FinishRdfLiteral> {};
template <>
struct action<prefix_iri> : call<&rdf::TurtleState::DeclarePrefixFromTerm> {};
template <>
struct action<base_iri> : call<&rdf::TurtleState::SetBaseFromTerm> {};
template <>
struct action<subject> : call<&rdf::TurtleState::SetSubject> {};
template <>
struct action<bnpl_subject> : call<&rdf::TurtleState::SetSubject> {};
template <>
struct action<verb> : call<&rdf::TurtleState::SetPredicate> {};
template <>
struct action<object> : call<&rdf::TurtleState::EmitObject> {};
template <>
struct action<collection_item> : call<&rdf::TurtleState::AddCollectionItem> {};
template <>
struct action<bnpl_close> : call<&rdf::TurtleState::ClosePropertyList> {};
template <>
struct action<collection_close> : call<&rdf::TurtleState::CloseCollection> {};
template <>
struct action<triples_statement> : call<&rdf::TurtleState::EndStatement> {};

template <>
struct action<prefix_name> {
  template <typename I>
  static void apply(const I& in, ActionState& s) {
    s.builder.SetPendingPrefix(in.string_view());
  }
};

}  // namespace marsad::grammar::turtle
