// Blank node labels are local to the document they appear in (RDF 1.1 Concepts §3.4): _:b1 in
// two files, or in two imports of standard input, names two different nodes. A BlankNodeScope
// renames the labels of one document to labels no other scope produces, so that importing
// several documents into one database keeps their blank nodes apart.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

#include "marsad/term.h"

namespace marsad::io {

class BlankNodeScope {
 public:
  // A scope with a fresh random 64-bit token: two scopes collide with probability ~2^-64.
  BlankNodeScope();
  // A scope with a chosen token (tests: reproducible labels).
  explicit BlankNodeScope(std::uint64_t token);

  // Replaces every blank node of `quad` by this scope's node for its label: the same label
  // always gives the same node within a scope. Labels are "b<token hex>_<n>", valid
  // BLANK_NODE_LABELs that AppendBlankNode writes unchanged.
  void Apply(Quad* quad);

  std::uint64_t token() const { return token_; }
  // Distinct labels renamed so far.
  std::size_t size() const { return labels_.size(); }

 private:
  void Rename(Term* term);

  std::uint64_t token_;
  std::string prefix_;  // "b<token hex>_"
  std::unordered_map<std::string, std::string> labels_;
};

}  // namespace marsad::io
