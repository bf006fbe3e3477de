// PEGTL actions for ntriples_grammar.h: terms are built into a scratch Term and swapped into
// the quad's slot when the position rule (subject, predicate, object, graph_label) matches.
// The LineState lives as long as its LineParser, and terms are filled with Term's Assign*
// setters, so the scratch and the quad hand their string buffers back and forth: parsing a
// line allocates nothing once the buffers have grown to the input's term sizes. Include only
// from parse_ntriples.cc.
#pragma once

#include <cstddef>
#include <string>
#include <tao/pegtl.hpp>
#include <utility>

#include "grammar/common/escapes.h"
#include "grammar/rdf/action_error.h"
#include "grammar/rdf/iri.h"
#include "grammar/rdf/ntriples_grammar.h"
#include "marsad/term.h"

namespace marsad::grammar::ntriples {

struct LineState {
  Quad* quad = nullptr;
  const char* line_begin = nullptr;
  Term term;
  std::string unescaped;  // an IRI with \u escapes, decoded
  std::string lexical;
  std::string language;
  std::string datatype;
  bool has_language = false;
  bool has_datatype = false;
  bool has_statement = false;

  template <typename ActionInput>
  std::size_t Offset(const ActionInput& in) const {
    return static_cast<std::size_t>(in.begin() - line_begin);
  }
};

template <typename Rule>
struct action : tao::pegtl::nothing<Rule> {};

template <>
struct action<iri_body> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, LineState& s) {
    std::string_view text = in.string_view();
    if (text.find('\\') != std::string_view::npos) {
      s.unescaped.clear();
      if (auto error = AppendUnescapedIri(text, &s.unescaped)) {
        throw rdf::ActionError{s.Offset(in) + error->offset, std::move(error->message)};
      }
      text = s.unescaped;
    }
    if (!rdf::HasIriScheme(text)) {
      throw rdf::ActionError{s.Offset(in) - 1, "relative IRI <" + std::string(text) +
                                                   ">: N-Triples and N-Quads need absolute IRIs"};
    }
    s.term.AssignIri(text);
  }
};

template <>
struct action<blank> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, LineState& s) {
    s.term.AssignBlank(in.string_view().substr(2));  // drop "_:"
  }
};

template <>
struct action<quote_body> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, LineState& s) {
    const std::string_view body = in.string_view();
    s.has_language = false;
    s.has_datatype = false;
    s.lexical.clear();
    if (auto error = AppendUnescapedString(body, &s.lexical)) {
      throw rdf::ActionError{s.Offset(in) + error->offset, std::move(error->message)};
    }
  }
};

template <>
struct action<lang> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, LineState& s) {
    s.language.assign(in.string_view());
    s.has_language = true;
  }
};

template <>
struct action<datatype> {
  template <typename ActionInput>
  static void apply(const ActionInput&, LineState& s) {
    s.datatype = s.term.value();
    s.has_datatype = true;
  }
};

template <>
struct action<literal> {
  template <typename ActionInput>
  static void apply(const ActionInput&, LineState& s) {
    if (s.has_language) {
      s.term.AssignLangLiteral(s.lexical, s.language);
    } else if (s.has_datatype) {
      s.term.AssignTyped(s.lexical, s.datatype);
    } else {
      s.term.AssignLiteral(s.lexical);
    }
  }
};

// Swaps the scratch term into one slot of the quad: the scratch takes over the slot's old
// buffers for the next term.
template <Term Quad::*Slot>
struct store_term {
  template <typename ActionInput>
  static void apply(const ActionInput&, LineState& s) {
    using std::swap;
    swap(s.quad->*Slot, s.term);
  }
};
template <>
struct action<subject> : store_term<&Quad::subject> {};
template <>
struct action<predicate> : store_term<&Quad::predicate> {};
template <>
struct action<object> : store_term<&Quad::object> {};
template <>
struct action<graph_label> : store_term<&Quad::graph> {};

template <typename ActionInput>
void MarkStatement(const ActionInput&, LineState& s) {
  s.has_statement = true;
}
template <>
struct action<triple> {
  template <typename I>
  static void apply(const I& in, LineState& s) {
    MarkStatement(in, s);
  }
};
template <>
struct action<quad> {
  template <typename I>
  static void apply(const I& in, LineState& s) {
    MarkStatement(in, s);
  }
};

}  // namespace marsad::grammar::ntriples
