// The builder state the Turtle actions drive: prefixes, base IRI, the stack of open subjects
// (nested blank node property lists and collections), and the triples of the statement being
// parsed. No PEGTL here; turtle_actions.h maps grammar rules onto these calls.
//
// Contract: triples are buffered per statement and handed to the handler only when the
// statement's final '.' has been parsed, so a statement with a syntax error delivers nothing.
// Errors are thrown as ActionError{offset, message} (offsets are byte offsets into the
// document) and turned into a Status by ParseTurtle; a failing handler throws HandlerStop.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "grammar/rdf/parse_turtle.h"
#include "marsad/status.h"
#include "marsad/term.h"

namespace marsad::grammar::rdf {

class TurtleState {
 public:
  // REQUIRES: `handler` outlives the state.
  TurtleState(std::string base_iri, const TripleHandler& handler);

  Status handler_status() const { return handler_status_; }

  // Terms: each sets the scratch term that the structural calls below consume.
  void SetIri(std::string_view escaped_body, std::size_t offset);
  void SetPrefixedName(std::string_view text, std::size_t offset);
  void SetBlankLabel(std::string_view label);
  void SetFreshBlank();
  void SetRdfType();
  void SetLexical(std::string_view escaped_body, std::size_t offset);
  void SetLanguage(std::string_view language);
  void SetDatatypeFromTerm();
  void FinishRdfLiteral();
  void SetTypedLiteral(std::string_view lexical, std::string_view datatype);

  // Directives.
  void SetPendingPrefix(std::string_view pname_ns);
  void DeclarePrefixFromTerm();
  void SetBaseFromTerm();

  // Structure.
  void SetSubject();
  void SetPredicate();
  void EmitObject();
  void OpenPropertyList(std::size_t offset);
  void ClosePropertyList();
  void OpenCollection(std::size_t offset);
  void AddCollectionItem();
  void CloseCollection();
  // Hands the statement's triples to the handler; throws HandlerStop when it fails.
  void EndStatement();

 private:
  // One open subject: the top-level triples, a [ ... ] list, or a ( ... ) collection.
  struct Frame {
    Term subject;
    Term predicate;
    bool is_collection = false;
    std::vector<Term> items;
  };

  Term NewBlank();
  void Emit(const Term& subject, const Term& predicate, Term object);
  void Push(Frame frame, std::size_t offset);

  std::string base_;
  const TripleHandler& handler_;
  Status handler_status_;
  std::unordered_map<std::string, std::string> prefixes_;
  std::string pending_prefix_;
  std::vector<Frame> frames_;
  std::vector<Quad> pending_;
  std::uint64_t next_blank_ = 0;

  Term term_;  // the last term parsed
  std::string lexical_;
  std::string language_;
  std::string datatype_;
  bool has_language_ = false;
  bool has_datatype_ = false;
};

}  // namespace marsad::grammar::rdf
