// The error table of the query grammar: one message per commit point (expect_* rule), used by
// the must_if control (PEGTL contrib/json_errors.hpp style). When a rule listed here fails, the
// parse stops with a parse_error at the position where the rule was tried; ParseQuery() turns
// that into kSyntaxError with a code-point column.
#pragma once

#include <tao/pegtl.hpp>

#include "grammar/query/query_grammar.h"

namespace marsad::grammar::query {

template <typename Rule>
inline constexpr const char* error_message = nullptr;

#define MARSAD_QUERY_ERROR(rule, text) \
  template <>                          \
  inline constexpr const char* error_message<rule> = text

MARSAD_QUERY_ERROR(nesting_limit, "query nested too deeply (limit 256)");
// Literals and terms.
MARSAD_QUERY_ERROR(expect_close_long_quote, "expected '\"\"\"' to close the long string");
MARSAD_QUERY_ERROR(expect_close_long_single, "expected \"'''\" to close the long string");
MARSAD_QUERY_ERROR(expect_close_quote,
                   "expected '\"' to close the string (a short string ends on its line)");
MARSAD_QUERY_ERROR(expect_close_single,
                   "expected \"'\" to close the string (a short string ends on its line)");
MARSAD_QUERY_ERROR(expect_datatype_iri, "expected a datatype IRI after '^^'");
MARSAD_QUERY_ERROR(expect_entity_name,
                   "expected a name or a quoted string after '@' (entity lookup)");
MARSAD_QUERY_ERROR(expect_var, "expected a variable");
MARSAD_QUERY_ERROR(expect_iri, "expected an IRI");
MARSAD_QUERY_ERROR(expect_iriref, "expected an IRI in angle brackets");
MARSAD_QUERY_ERROR(expect_prefix_name,
                   "expected a prefix name ending in ':' (like marsad:) after PREFIX");
MARSAD_QUERY_ERROR(expect_var_or_iri, "expected a variable or an IRI after GRAPH");
MARSAD_QUERY_ERROR(expect_integer, "expected a non-negative integer");
// Expressions.
MARSAD_QUERY_ERROR(expect_expression, "expected an expression");
MARSAD_QUERY_ERROR(expect_rparen_expression, "expected ')' to close the expression");
MARSAD_QUERY_ERROR(expect_rparen_arguments, "expected ',' or ')' in the argument list");
MARSAD_QUERY_ERROR(expect_lparen_call, "expected '(' after the aggregate name");
MARSAD_QUERY_ERROR(expect_separator, "expected SEPARATOR = \"...\" after ';' in GROUP_CONCAT");
MARSAD_QUERY_ERROR(expect_builtin_arguments, "expected '(' and the arguments of the function");
MARSAD_QUERY_ERROR(expect_operand, "expected an operand after the unary operator");
MARSAD_QUERY_ERROR(expect_unary, "expected an operand after '*' or '/'");
MARSAD_QUERY_ERROR(expect_multiplicative, "expected an operand after '+' or '-'");
MARSAD_QUERY_ERROR(expect_additive, "expected an operand after the comparison operator");
MARSAD_QUERY_ERROR(expect_expression_list, "expected '(' and a list of expressions after IN");
MARSAD_QUERY_ERROR(expect_relational, "expected an operand after '&&'");
MARSAD_QUERY_ERROR(expect_conditional_and, "expected an operand after '||'");
MARSAD_QUERY_ERROR(expect_constraint, "expected a bracketed expression or a function call");
MARSAD_QUERY_ERROR(expect_as, "expected AS");
MARSAD_QUERY_ERROR(expect_lparen_bind, "expected '(' after BIND");
// Property paths.
MARSAD_QUERY_ERROR(expect_path, "expected a property path after '('");
MARSAD_QUERY_ERROR(expect_rparen_path, "expected ')' to close the path");
MARSAD_QUERY_ERROR(expect_path_one_in_property_set,
                   "expected an IRI, 'a' or '^' in the negated property set");
MARSAD_QUERY_ERROR(expect_path_negated_property_set, "expected an IRI, 'a' or '(' after '!'");
MARSAD_QUERY_ERROR(expect_path_elt, "expected a path element after '^'");
MARSAD_QUERY_ERROR(expect_path_elt_or_inverse, "expected a path element after '/'");
MARSAD_QUERY_ERROR(expect_path_sequence, "expected a path after '|'");
// Triples.
MARSAD_QUERY_ERROR(expect_object_path, "expected an object (a term, a variable, '[' or '(')");
MARSAD_QUERY_ERROR(expect_object, "expected an object in the template");
MARSAD_QUERY_ERROR(expect_property_list_path,
                   "expected a predicate (an IRI, a variable, 'a' or a path)");
MARSAD_QUERY_ERROR(expect_property_list,
                   "expected a predicate in the template (an IRI, a variable or 'a')");
MARSAD_QUERY_ERROR(expect_rbracket, "expected ']' to close the blank node property list");
MARSAD_QUERY_ERROR(expect_rparen_collection, "expected ')' to close the collection");
// Group patterns and VALUES.
MARSAD_QUERY_ERROR(expect_group_graph_pattern, "expected '{' to start a group pattern");
MARSAD_QUERY_ERROR(expect_rbrace_group, "expected '}' to close the group pattern");
MARSAD_QUERY_ERROR(expect_data_block, "expected a variable or '(' after VALUES");
MARSAD_QUERY_ERROR(expect_lbrace_values, "expected '{' to start the VALUES data block");
MARSAD_QUERY_ERROR(expect_rbrace_data, "expected '}' to close the VALUES data block");
MARSAD_QUERY_ERROR(expect_rparen_values, "expected ')' to close the VALUES row");
// Query forms and solution modifiers.
MARSAD_QUERY_ERROR(expect_projection,
                   "expected '*', a variable or '(expression AS ?variable)' after SELECT");
MARSAD_QUERY_ERROR(expect_construct_body,
                   "expected '{' to start the template, or WHERE, after CONSTRUCT");
MARSAD_QUERY_ERROR(expect_rbrace_template, "expected '}' to close the template");
MARSAD_QUERY_ERROR(expect_describe_targets, "expected '*', a variable or an IRI after DESCRIBE");
MARSAD_QUERY_ERROR(expect_by, "expected BY");
MARSAD_QUERY_ERROR(expect_group_condition,
                   "expected a variable, '(' or a function call after GROUP BY");
MARSAD_QUERY_ERROR(expect_order_condition,
                   "expected a variable, ASC(...), DESC(...) or a constraint after ORDER BY");
MARSAD_QUERY_ERROR(expect_bracketted_expression, "expected '(' after ASC or DESC");
// Updates.
MARSAD_QUERY_ERROR(expect_lbrace_quads, "expected '{' to start the quad data");
MARSAD_QUERY_ERROR(expect_rbrace_quads, "expected '}' to close the quad data");
MARSAD_QUERY_ERROR(expect_modify_clauses, "expected DELETE { ... } or INSERT { ... } after WITH");
MARSAD_QUERY_ERROR(expect_where, "expected WHERE after the DELETE / INSERT templates");
MARSAD_QUERY_ERROR(expect_graph_ref_all, "expected GRAPH <iri>, DEFAULT, NAMED or ALL after CLEAR");
MARSAD_QUERY_ERROR(expect_update1,
                   "expected an update operation (INSERT, DELETE, WITH or CLEAR) after ';'");
// Request level.
MARSAD_QUERY_ERROR(expect_end_of_query, "expected the end of the query");
MARSAD_QUERY_ERROR(expect_end_of_update, "expected ';' or the end of the update");
MARSAD_QUERY_ERROR(expect_request,
                   "expected SELECT, CONSTRUCT, DESCRIBE, ASK or an update operation");

#undef MARSAD_QUERY_ERROR

struct query_error_table {
  template <typename Rule>
  static constexpr const char* message = error_message<Rule>;
};

// Raises at every rule that has a message; other rules fail locally as usual.
template <typename Rule>
using query_control = pegtl::must_if<query_error_table, pegtl::normal, false>::control<Rule>;

}  // namespace marsad::grammar::query
