// The SPARQL 1.1 syntax restrictions that need the whole AST rather than one rule (§18.2.1 and
// the grammar notes of §19.8): checked by ParseQuery() after building, so they are syntax errors
// with a position, like in other SPARQL implementations.
//  - BIND and (expr AS ?v) may not assign a variable already in scope;
//  - SELECT * is not allowed with GROUP BY, and with GROUP BY or an aggregate a projection may
//    only use grouped variables outside aggregates;
//  - a blank node label may not be shared by two basic graph patterns (or two operations of an
//    update request). Templates (CONSTRUCT, DELETE/INSERT) are not patterns and are exempt.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "grammar/query/ast.h"

namespace marsad::query::ast {

struct ScopeError {
  std::string message;
  Position pos;
};

std::optional<ScopeError> CheckScopes(const Request& request);

// Adds the variables in scope after `group` (SPARQL 1.1 §18.2.1) to `vars`.
void AddInScopeVariables(const GroupGraphPattern& group, std::set<std::string>* vars);

}  // namespace marsad::query::ast
