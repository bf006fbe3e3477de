// A compact S-expression rendering of the AST, for tests, debugging and the binder's messages.
// Example: SELECT ?s WHERE { ?s a marsad:Person } prints as
//   (select (?s) (group (bgp (triple ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>
//   marsad:Person))))
// IRIs print as <resolved> when resolved, else as written (an undeclared prefixed name).
#pragma once

#include <string>

#include "grammar/query/ast.h"

namespace marsad::query::ast {

std::string ToSExpression(const Request& request);
std::string ToSExpression(const Expression& expression);
std::string ToSExpression(const Path& path);
std::string ToSExpression(const PatternTerm& term);
std::string ToSExpression(const GroupGraphPattern& group);

}  // namespace marsad::query::ast
