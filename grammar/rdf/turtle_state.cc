#include "grammar/rdf/turtle_state.h"

#include <utility>

#include "grammar/rdf/action_error.h"
#include "grammar/rdf/iri.h"
#include "grammar/common/escapes.h"

namespace marsad::grammar::rdf {

namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
// Deeper nesting of [ ] and ( ) is rejected so hostile input cannot exhaust the stack.
constexpr std::size_t kMaxDepth = 256;
// Generated blank nodes are "anon<N>"; document labels in that namespace are renamed.
constexpr std::string_view kGeneratedPrefix = "anon";

}  // namespace

TurtleState::TurtleState(std::string base_iri, const TripleHandler& handler)
    : base_(std::move(base_iri)), handler_(handler) {
  frames_.emplace_back();
}

// `offset` is that of the body, just after '<'.
void TurtleState::SetIri(std::string_view escaped_body, std::size_t offset) {
  std::string text;
  if (auto error = AppendUnescapedIri(escaped_body, &text)) {
    throw ActionError{offset + error->offset, std::move(error->message)};
  }
  if (!HasIriScheme(text)) {
    if (base_.empty()) {
      throw ActionError{offset - 1, "relative IRI <" + text + "> but no base IRI is set"};
    }
    text = ResolveIri(base_, text);
  }
  term_ = Term::Iri(std::move(text));
}

void TurtleState::SetPrefixedName(std::string_view text, std::size_t offset) {
  const std::size_t colon = text.find(':');  // PN_PREFIX never contains ':'
  const auto it = prefixes_.find(std::string(text.substr(0, colon)));
  if (it == prefixes_.end()) {
    throw ActionError{offset, "undefined prefix '" + std::string(text.substr(0, colon + 1)) + "'"};
  }
  std::string iri = it->second;
  AppendUnescapedLocalName(text.substr(colon + 1), &iri);
  term_ = Term::Iri(std::move(iri));
}

void TurtleState::SetBlankLabel(std::string_view label) {
  std::string name;
  if (label.substr(0, kGeneratedPrefix.size()) == kGeneratedPrefix) {
    name.append(kGeneratedPrefix).push_back('_');
  }
  name.append(label);
  term_ = Term::Blank(std::move(name));
}

void TurtleState::SetFreshBlank() { term_ = NewBlank(); }

void TurtleState::SetRdfType() { term_ = Term::Iri(std::string(kRdf) + "type"); }

void TurtleState::SetLexical(std::string_view escaped_body, std::size_t offset) {
  lexical_.clear();
  has_language_ = false;
  has_datatype_ = false;
  if (auto error = AppendUnescapedString(escaped_body, &lexical_)) {
    throw ActionError{offset + error->offset, std::move(error->message)};
  }
}

void TurtleState::SetLanguage(std::string_view language) {
  language_.assign(language);
  has_language_ = true;
}

void TurtleState::SetDatatypeFromTerm() {
  datatype_ = term_.value();
  has_datatype_ = true;
}

void TurtleState::FinishRdfLiteral() {
  if (has_language_) {
    term_ = Term::LangLiteral(lexical_, language_);
  } else if (has_datatype_) {
    term_ = Term::Typed(lexical_, datatype_);
  } else {
    term_ = Term::Literal(lexical_);
  }
}

void TurtleState::SetTypedLiteral(std::string_view lexical, std::string_view datatype) {
  term_ = Term::Typed(std::string(lexical), std::string(datatype));
}

void TurtleState::SetPendingPrefix(std::string_view pname_ns) {
  pending_prefix_.assign(pname_ns.substr(0, pname_ns.size() - 1));  // drop the ':'
}

void TurtleState::DeclarePrefixFromTerm() { prefixes_[pending_prefix_] = term_.value(); }

void TurtleState::SetBaseFromTerm() { base_ = term_.value(); }

void TurtleState::SetSubject() { frames_.back().subject = std::move(term_); }

void TurtleState::SetPredicate() { frames_.back().predicate = std::move(term_); }

void TurtleState::EmitObject() {
  const Frame& frame = frames_.back();
  Emit(frame.subject, frame.predicate, std::move(term_));
}

void TurtleState::OpenPropertyList(std::size_t offset) {
  Frame frame;
  frame.subject = NewBlank();
  Push(std::move(frame), offset);
}

void TurtleState::ClosePropertyList() {
  term_ = std::move(frames_.back().subject);
  frames_.pop_back();
}

void TurtleState::OpenCollection(std::size_t offset) {
  Frame frame;
  frame.is_collection = true;
  Push(std::move(frame), offset);
}

void TurtleState::AddCollectionItem() { frames_.back().items.push_back(std::move(term_)); }

// ( a b ) becomes _:l1 rdf:first a; rdf:rest _:l2. _:l2 rdf:first b; rdf:rest rdf:nil, and the
// collection's term is _:l1 (rdf:nil when empty).
void TurtleState::CloseCollection() {
  std::vector<Term> items = std::move(frames_.back().items);
  frames_.pop_back();
  const Term first = Term::Iri(std::string(kRdf) + "first");
  const Term rest = Term::Iri(std::string(kRdf) + "rest");
  Term head = Term::Iri(std::string(kRdf) + "nil");
  if (!items.empty()) {
    head = NewBlank();
    Term node = head;
    for (std::size_t i = 0; i < items.size(); ++i) {
      Emit(node, first, std::move(items[i]));
      Term next = i + 1 < items.size() ? NewBlank() : Term::Iri(std::string(kRdf) + "nil");
      Emit(node, rest, next);
      node = std::move(next);
    }
  }
  term_ = std::move(head);
}

void TurtleState::EndStatement() {
  for (Quad& quad : pending_) {
    handler_status_ = handler_(quad);
    if (!handler_status_.ok()) throw HandlerStop{};
  }
  pending_.clear();
}

Term TurtleState::NewBlank() {
  return Term::Blank(std::string(kGeneratedPrefix) + std::to_string(++next_blank_));
}

void TurtleState::Emit(const Term& subject, const Term& predicate, Term object) {
  Quad& quad = pending_.emplace_back();
  quad.subject = subject;
  quad.predicate = predicate;
  quad.object = std::move(object);
}

void TurtleState::Push(Frame frame, std::size_t offset) {
  if (frames_.size() > kMaxDepth) {
    throw ActionError{offset, "nesting of [ ] and ( ) deeper than 256 levels"};
  }
  frames_.push_back(std::move(frame));
}

}  // namespace marsad::grammar::rdf
