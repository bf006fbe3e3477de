// How ParseQuery() runs the grammar: the input type (with the nesting counter nested<> needs)
// and the parse-tree selector that decides which rules leave a node for the AST builder.
//
// Only selected rules make nodes; the others are transparent (their selected descendants are
// attached to the nearest selected ancestor). Nodes keep their matched text. Expression levels
// fold away when they hold a single child, so `?x` is a var_token node, not a chain of seven.
#pragma once

#include <cstddef>
#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/parse_tree.hpp>

#include "grammar/query/query_grammar.h"

namespace marsad::grammar::query {

namespace parse_tree = pegtl::parse_tree;

class QueryInput : public pegtl::memory_input<> {
 public:
  using pegtl::memory_input<>::memory_input;
  std::size_t nesting = 0;  // current depth of nested<> rules
};

// A parse-tree node allocated from a per-thread free list. PEGTL's parse tree allocates a
// node when any rule that is selected, or has selected descendants, starts, and frees it when
// the rule fails (every backtracking alternative) or only passes its children up: parsing
// even a two-pattern query makes and drops hundreds of them, which malloc made a large part
// of the parse. The free lists hold plain heap blocks, so any thread may free any node.
struct Node : parse_tree::basic_node<Node> {
  static void* operator new(std::size_t size);
  static void operator delete(void* node, std::size_t size) noexcept;
};

template <typename Rule>
using tree_selector = parse_tree::selector<
    Rule,
    parse_tree::store_content::on<
        // terms
        var_token, iri_token, rdf_type_a, string_token, grammar::langtag, rdf_literal,
        unsigned_number, signed_number, boolean_token, grammar::blank_node_label, grammar::anon,
        nil_token, entity_lookup, entity_name, kw_undef,
        // expressions
        op_or, op_and, op_not, op_equal, op_not_equal, op_less_equal, op_greater_equal, op_less,
        op_greater, op_plus, op_minus, op_times, op_divide, op_in, op_not_in, arg_list,
        expression_list, aggregate_name, builtin_name, builtin_function, aggregate, kw_distinct,
        star_token, exists_function, not_exists_function, iri_or_function, function_call,
        // paths
        path_alternative, path_sequence, path_inverse, path_elt, path_mod, path_negation,
        path_one_in_property_set,
        // triples
        triples_same_subject_path, verb_path, object_list_path, collection_path,
        blank_node_property_list_path, triples_same_subject, verb, object_list, collection,
        blank_node_property_list,
        // group patterns
        group_graph_pattern, sub_select, triples_block, optional_graph_pattern, minus_graph_pattern,
        graph_graph_pattern, group_or_union_graph_pattern, filter, bind, values_clause,
        inline_data_one_var, inline_data_full, data_block_vars, data_block_row,
        // query forms and modifiers
        query_body, select_query, select_clause, select_modifier, projection_expression,
        construct_query, construct_template, construct_where, construct_full, describe_query,
        describe_targets, ask_query, dataset_clause, named_graph_clause, solution_modifier,
        group_clause, group_condition, having_clause, order_clause, order_condition, kw_asc,
        kw_desc, limit_clause, offset_clause, integer_token,
        // prologue, updates, request
        prefix_decl, base_decl, prefix_token, grammar::iriref, insert_data, delete_data,
        delete_where, modify, with_clause, delete_clause, insert_clause, using_clause,
        quads_not_triples, clear, kw_silent, graph_ref, kw_default_graph, kw_named, kw_all, explain,
        kw_analyze>,
    parse_tree::fold_one::on<expression, conditional_or_expression, conditional_and_expression,
                             relational_expression, additive_expression, multiplicative_expression,
                             unary_expression>>;

}  // namespace marsad::grammar::query
