// PEGTL rules for the query language: a SPARQL 1.1 subset plus Marsad's extensions.
//
// Design. Rules only, no actions: ParseQuery() runs them through pegtl::parse_tree with the
// selector in query_tree.h, so a node exists only for a rule that succeeded (backtracked
// branches leave nothing behind), and AstBuilder (build_*.cc) turns the tree into the AST.
//  - Rules are named after the SPARQL 1.1 productions (§19.8), in snake_case; the lexical
//    terminals shared with Turtle come from grammar/common/lexical.h.
//  - Every token rule swallows the whitespace and comments after it (`skip`), so a node starts at
//    its first character and the grammar never mentions whitespace elsewhere.
//  - Keywords are case-insensitive with a not-identifier guard (`SELECTED` is not `SELECT`).
//  - Commit points are the expect_* rules: when one fails, the must_if control of
//    query_errors.h raises a parse_error with its message ("expected '}' to close the group
//    pattern"). They sit only where no other alternative could still match.
//  - nested<> bounds recursion (groups, expressions, paths, blank-node lists, collections) to
//    kMaxNestingDepth so hostile input gets an error instead of a stack overflow.
//  - Extensions: EXPLAIN [ANALYZE] before a request, and the entity-lookup term @"name" /
//    @Name wherever a pattern term may stand. A language tag must follow its string directly
//    ("x"@en), so `"x" @Name` in a collection stays a string followed by a lookup.
//  - Not supported: SERVICE, LOAD, DROP, CREATE, ADD, MOVE, COPY (they fail to parse).
#pragma once

#include <cstddef>
#include <tao/pegtl.hpp>

#include "grammar/common/lexical.h"

namespace marsad::grammar::query {

namespace pegtl = tao::pegtl;

using grammar::skip;
using pegtl::at;
using pegtl::eof;
using pegtl::list;
using pegtl::not_at;
using pegtl::one;
using pegtl::opt;
using pegtl::plus;
using pegtl::seq;
using pegtl::sor;
using pegtl::star;

inline constexpr std::size_t kNestingLimit = 256;

// ------------------------------------------------------------------ nesting depth guard

// Raised (through the control's error table) when nesting exceeds kNestingLimit.
struct nesting_limit : pegtl::failure {};

// Matches Rule, counting one nesting level on the input (which must have a `nesting` member,
// see QueryInput in query_tree.h).
template <typename Rule>
struct nested {
  using rule_t = nested;
  using subs_t = pegtl::type_list<Rule>;

  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput, typename... States>
  [[nodiscard]] static bool match(ParseInput& in, States&&... st) {
    if (in.nesting >= kNestingLimit) Control<nesting_limit>::raise(in, st...);
    ++in.nesting;
    const bool matched = Control<Rule>::template match<A, M, Action, Control>(in, st...);
    --in.nesting;
    return matched;
  }
};

// --------------------------------------------------------------------- commit points

// Matches Rule or raises the error message of Self (query_errors.h). Unlike relying on the
// must_if control's failure hook, this also fires for rules whose nodes the parse tree keeps
// (the parse-tree control does not forward their failure hook).
template <typename Self, typename Rule>
struct expect {
  using rule_t = expect;
  using subs_t = pegtl::type_list<Rule>;

  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput, typename... States>
  [[nodiscard]] static bool match(ParseInput& in, States&&... st) {
    // Rewind on failure, so the error points where the expected construct should start.
    if (!Control<Rule>::template match<A, pegtl::rewind_mode::required, Action, Control>(
            in, st...)) {
      Control<Self>::raise(in, st...);
    }
    return true;
  }
};

// ---------------------------------------------------------------------- tokens

// A keyword: case-insensitive, not followed by a character that would continue a name.
struct name_char : sor<pegtl::ascii::alnum, one<'_', ':', '-'>> {};
template <typename Str>
struct keyword : seq<Str, not_at<name_char>, skip> {};
template <char C>
struct symbol : seq<one<C>, skip> {};

#define MARSAD_QUERY_KEYWORD(name, text) \
  struct kw_##name : keyword<TAO_PEGTL_ISTRING(text)> {}

MARSAD_QUERY_KEYWORD(all, "ALL");
MARSAD_QUERY_KEYWORD(analyze, "ANALYZE");
MARSAD_QUERY_KEYWORD(as, "AS");
MARSAD_QUERY_KEYWORD(asc, "ASC");
MARSAD_QUERY_KEYWORD(ask, "ASK");
MARSAD_QUERY_KEYWORD(base, "BASE");
MARSAD_QUERY_KEYWORD(bind, "BIND");
MARSAD_QUERY_KEYWORD(by, "BY");
MARSAD_QUERY_KEYWORD(clear, "CLEAR");
MARSAD_QUERY_KEYWORD(construct, "CONSTRUCT");
MARSAD_QUERY_KEYWORD(data, "DATA");
MARSAD_QUERY_KEYWORD(default_graph, "DEFAULT");
MARSAD_QUERY_KEYWORD(delete_, "DELETE");
MARSAD_QUERY_KEYWORD(desc, "DESC");
MARSAD_QUERY_KEYWORD(describe, "DESCRIBE");
MARSAD_QUERY_KEYWORD(distinct, "DISTINCT");
MARSAD_QUERY_KEYWORD(exists, "EXISTS");
MARSAD_QUERY_KEYWORD(explain, "EXPLAIN");
MARSAD_QUERY_KEYWORD(filter, "FILTER");
MARSAD_QUERY_KEYWORD(from, "FROM");
MARSAD_QUERY_KEYWORD(graph, "GRAPH");
MARSAD_QUERY_KEYWORD(group, "GROUP");
MARSAD_QUERY_KEYWORD(having, "HAVING");
MARSAD_QUERY_KEYWORD(in, "IN");
MARSAD_QUERY_KEYWORD(insert, "INSERT");
MARSAD_QUERY_KEYWORD(limit, "LIMIT");
MARSAD_QUERY_KEYWORD(minus, "MINUS");
MARSAD_QUERY_KEYWORD(named, "NAMED");
MARSAD_QUERY_KEYWORD(not_, "NOT");
MARSAD_QUERY_KEYWORD(offset, "OFFSET");
MARSAD_QUERY_KEYWORD(optional, "OPTIONAL");
MARSAD_QUERY_KEYWORD(order, "ORDER");
MARSAD_QUERY_KEYWORD(prefix, "PREFIX");
MARSAD_QUERY_KEYWORD(reduced, "REDUCED");
MARSAD_QUERY_KEYWORD(select, "SELECT");
MARSAD_QUERY_KEYWORD(separator, "SEPARATOR");
MARSAD_QUERY_KEYWORD(silent, "SILENT");
MARSAD_QUERY_KEYWORD(undef, "UNDEF");
MARSAD_QUERY_KEYWORD(union_, "UNION");
MARSAD_QUERY_KEYWORD(using_, "USING");
MARSAD_QUERY_KEYWORD(values, "VALUES");
MARSAD_QUERY_KEYWORD(where, "WHERE");
MARSAD_QUERY_KEYWORD(with, "WITH");

#undef MARSAD_QUERY_KEYWORD

struct lbrace : symbol<'{'> {};
struct rbrace : symbol<'}'> {};
struct lparen : symbol<'('> {};
struct rparen : symbol<')'> {};
struct lbracket : symbol<'['> {};
struct rbracket : symbol<']'> {};
struct dot : symbol<'.'> {};
struct comma : symbol<','> {};
struct semicolon : symbol<';'> {};
struct star_token : symbol<'*'> {};

// --------------------------------------------------------------------- terms

// [108] Var, [166] VARNAME. The token (without skip) carries the content.
struct varname_char : sor<grammar::pn_chars_u, pegtl::ascii::digit,
                          pegtl::utf8::ranges<0x00B7, 0x00B7, 0x0300, 0x036F, 0x203F, 0x2040>> {};
struct var_token : seq<one<'?', '$'>, plus<varname_char>> {};
struct var : seq<var_token, skip> {};

// [136] iri, [137] PrefixedName
struct prefixed_name : sor<grammar::pname_ln, grammar::pname_ns> {};
struct iri_token : sor<grammar::iriref, prefixed_name> {};
struct iri : seq<iri_token, skip> {};
// The keyword 'a' (case-sensitive, unlike every other keyword).
struct rdf_type_a : seq<one<'a'>, not_at<name_char>> {};
struct a_token : seq<rdf_type_a, skip> {};

// [145] String with a commit after the opening quote. Long forms first.
struct expect_close_long_quote : expect<expect_close_long_quote, pegtl::string<'"', '"', '"'>> {};
struct expect_close_long_single
    : expect<expect_close_long_single, pegtl::string<'\'', '\'', '\''>> {};
struct expect_close_quote : expect<expect_close_quote, one<'"'>> {};
struct expect_close_single : expect<expect_close_single, one<'\''>> {};
struct string_token
    : sor<seq<pegtl::string<'"', '"', '"'>, grammar::string_literal_long_quote_body,
              expect_close_long_quote>,
          seq<pegtl::string<'\'', '\'', '\''>, grammar::string_literal_long_single_quote_body,
              expect_close_long_single>,
          seq<one<'"'>, grammar::string_literal_quote_body, expect_close_quote>,
          seq<one<'\''>, grammar::string_literal_single_quote_body, expect_close_single>> {};
struct datatype_mark : seq<pegtl::two<'^'>, skip> {};
struct expect_datatype_iri : expect<expect_datatype_iri, iri> {};
// [129] RDFLiteral
struct rdf_literal
    : seq<string_token,
          sor<grammar::langtag, seq<skip, datatype_mark, expect_datatype_iri>, pegtl::success>,
          skip> {};
// [130]-[133] numeric literals. Signed forms are terms (VALUES, patterns); in expressions
// the sign is a unary operator, so `?a -1` reads as `?a - 1`.
struct unsigned_number : sor<grammar::double_, grammar::decimal, grammar::integer> {};
struct numeric_literal : seq<unsigned_number, skip> {};
struct signed_number : seq<opt<grammar::sign>, unsigned_number> {};
struct signed_numeric_literal : seq<signed_number, skip> {};
// [134] BooleanLiteral
struct boolean_token
    : seq<sor<TAO_PEGTL_ISTRING("true"), TAO_PEGTL_ISTRING("false")>, not_at<name_char>> {};
struct boolean_literal : seq<boolean_token, skip> {};
// [138] BlankNode, [161] NIL
struct blank_node : seq<sor<grammar::blank_node_label, grammar::anon>, skip> {};
struct nil_token : seq<one<'('>, skip, one<')'>> {};
struct nil : seq<nil_token, skip> {};

// Extension: entity lookup, @"قره باغ" or @Rouhani.
struct entity_name : plus<grammar::pn_chars> {};
struct expect_entity_name : expect<expect_entity_name, sor<string_token, entity_name>> {};
struct entity_lookup : seq<one<'@'>, expect_entity_name, skip> {};

// [109] GraphTerm, [106] VarOrTerm, [107] VarOrIri
struct graph_term
    : sor<iri, rdf_literal, signed_numeric_literal, boolean_literal, blank_node, nil> {};
struct var_or_term : sor<var, graph_term, entity_lookup> {};
struct var_or_iri : sor<var, iri> {};

// ---------------------------------------------------------------- expressions

struct expression;
struct group_graph_pattern;

struct expect_expression : expect<expect_expression, expression> {};
struct expect_rparen_expression : expect<expect_rparen_expression, rparen> {};
struct expect_rparen_arguments : expect<expect_rparen_arguments, rparen> {};

// [71] ArgList, [72] ExpressionList
struct arguments_open : seq<lparen, opt<kw_distinct>, expect_expression,
                            star<comma, expect_expression>, expect_rparen_arguments> {};
struct arg_list : sor<nil, arguments_open> {};
struct expression_list
    : sor<nil,
          seq<lparen, expect_expression, star<comma, expect_expression>, expect_rparen_arguments>> {
};

// [120] BrackettedExpression
struct bracketted_expression : seq<lparen, expect_expression, expect_rparen_expression> {};

// [127] Aggregate. The name distinguishes the aggregates; COUNT(*) is the only '*' argument.
struct aggregate_name
    : sor<TAO_PEGTL_ISTRING("COUNT"), TAO_PEGTL_ISTRING("SUM"), TAO_PEGTL_ISTRING("MIN"),
          TAO_PEGTL_ISTRING("MAX"), TAO_PEGTL_ISTRING("AVG"), TAO_PEGTL_ISTRING("SAMPLE"),
          TAO_PEGTL_ISTRING("GROUP_CONCAT")> {};
struct aggregate_keyword : seq<aggregate_name, not_at<name_char>, skip> {};
struct expect_lparen_call : expect<expect_lparen_call, lparen> {};
struct separator_string : seq<string_token, skip> {};
struct expect_separator
    : expect<expect_separator, seq<kw_separator, symbol<'='>, separator_string>> {};
struct aggregate_separator : seq<semicolon, expect_separator> {};
struct aggregate
    : seq<aggregate_keyword, expect_lparen_call, opt<kw_distinct>,
          sor<star_token, expect_expression>, opt<aggregate_separator>, expect_rparen_arguments> {};

// [121] BuiltInCall (every SPARQL 1.1 builtin; the builder checks arity, the binder support).
#define MARSAD_I(text) TAO_PEGTL_ISTRING(text)
struct builtin_name
    : sor<MARSAD_I("LANGMATCHES"), MARSAD_I("LANG"), MARSAD_I("DATATYPE"), MARSAD_I("BOUND"),
          MARSAD_I("IRI"), MARSAD_I("URI"), MARSAD_I("BNODE"), MARSAD_I("RAND"), MARSAD_I("ABS"),
          MARSAD_I("CEIL"), MARSAD_I("FLOOR"), MARSAD_I("ROUND"), MARSAD_I("CONCAT"),
          MARSAD_I("SUBSTR"), MARSAD_I("STRLEN"), MARSAD_I("REPLACE"), MARSAD_I("UCASE"),
          MARSAD_I("LCASE"), MARSAD_I("ENCODE_FOR_URI"), MARSAD_I("CONTAINS"),
          MARSAD_I("STRSTARTS"), MARSAD_I("STRENDS"), MARSAD_I("STRBEFORE"), MARSAD_I("STRAFTER"),
          MARSAD_I("YEAR"), MARSAD_I("MONTH"), MARSAD_I("DAY"), MARSAD_I("HOURS"),
          MARSAD_I("MINUTES"), MARSAD_I("SECONDS"), MARSAD_I("TIMEZONE"), MARSAD_I("TZ"),
          MARSAD_I("NOW"), MARSAD_I("UUID"), MARSAD_I("STRUUID"), MARSAD_I("MD5"), MARSAD_I("SHA1"),
          MARSAD_I("SHA256"), MARSAD_I("SHA384"), MARSAD_I("SHA512"), MARSAD_I("COALESCE"),
          MARSAD_I("IF"), MARSAD_I("STRLANG"), MARSAD_I("STRDT"), MARSAD_I("STR"),
          MARSAD_I("sameTerm"), MARSAD_I("isIRI"), MARSAD_I("isURI"), MARSAD_I("isBLANK"),
          MARSAD_I("isLITERAL"), MARSAD_I("isNUMERIC"), MARSAD_I("REGEX")> {};
#undef MARSAD_I
struct builtin_keyword : seq<builtin_name, not_at<name_char>, skip> {};
struct builtin_arguments
    : sor<nil,
          seq<lparen, opt<expression, star<comma, expect_expression>>, expect_rparen_arguments>> {};
struct expect_builtin_arguments : expect<expect_builtin_arguments, builtin_arguments> {};
struct builtin_function : seq<builtin_keyword, expect_builtin_arguments> {};

struct expect_group_graph_pattern;
struct exists_function : seq<kw_exists, expect_group_graph_pattern> {};
struct not_exists_function : seq<kw_not_, kw_exists, expect_group_graph_pattern> {};
struct built_in_call : sor<aggregate, exists_function, not_exists_function, builtin_function> {};

// [128] iriOrFunction
struct iri_or_function : seq<iri, opt<arg_list>> {};
struct function_call : seq<iri, arg_list> {};

// [119] PrimaryExpression
struct primary_expression : sor<bracketted_expression, built_in_call, iri_or_function, rdf_literal,
                                numeric_literal, boolean_literal, var> {};

// Operators are selected nodes, so the builder reads "operand (op operand)*" sequences.
struct op_or : seq<pegtl::two<'|'>, skip> {};
struct op_and : seq<pegtl::two<'&'>, skip> {};
struct op_not : seq<one<'!'>, not_at<one<'='>>, skip> {};
struct op_equal : symbol<'='> {};
struct op_not_equal : seq<pegtl::string<'!', '='>, skip> {};
// '<' is an operator only where no IRIREF starts (the longest-token rule: `?x<?a&&?b>?y`
// holds the IRI <?a&&?b>, SPARQL 1.0 syn-bad-26).
struct op_less_equal : seq<not_at<grammar::iriref>, pegtl::string<'<', '='>, skip> {};
struct op_greater_equal : seq<pegtl::string<'>', '='>, skip> {};
struct op_less : seq<not_at<grammar::iriref>, one<'<'>, skip> {};
struct op_greater : symbol<'>'> {};
struct op_plus : symbol<'+'> {};
struct op_minus : symbol<'-'> {};
struct op_times : symbol<'*'> {};
struct op_divide : symbol<'/'> {};
struct op_in : kw_in {};
struct op_not_in : seq<kw_not_, kw_in> {};

struct expect_operand : expect<expect_operand, primary_expression> {};
// [118] UnaryExpression
struct unary_expression : sor<seq<op_not, expect_operand>, seq<op_plus, expect_operand>,
                              seq<op_minus, expect_operand>, primary_expression> {};
struct expect_unary : expect<expect_unary, unary_expression> {};
// [116] MultiplicativeExpression, [115] AdditiveExpression
struct multiplicative_expression
    : seq<unary_expression, star<sor<op_times, op_divide>, expect_unary>> {};
struct expect_multiplicative : expect<expect_multiplicative, multiplicative_expression> {};
struct additive_expression
    : seq<multiplicative_expression, star<sor<op_plus, op_minus>, expect_multiplicative>> {};
struct expect_additive : expect<expect_additive, additive_expression> {};
// [114] RelationalExpression
struct relational_operator
    : sor<op_equal, op_not_equal, op_less_equal, op_greater_equal, op_less, op_greater> {};
struct expect_expression_list : expect<expect_expression_list, expression_list> {};
struct relational_expression
    : seq<additive_expression,
          opt<sor<seq<relational_operator, expect_additive>, seq<op_in, expect_expression_list>,
                  seq<op_not_in, expect_expression_list>>>> {};
struct expect_relational : expect<expect_relational, relational_expression> {};
// [112] ConditionalAndExpression, [111] ConditionalOrExpression, [110] Expression
struct conditional_and_expression : seq<relational_expression, star<op_and, expect_relational>> {};
struct expect_conditional_and : expect<expect_conditional_and, conditional_and_expression> {};
struct conditional_or_expression
    : seq<conditional_and_expression, star<op_or, expect_conditional_and>> {};
struct expression : nested<conditional_or_expression> {};

// [69] Constraint
struct constraint : sor<bracketted_expression, built_in_call, function_call> {};
struct expect_constraint : expect<expect_constraint, constraint> {};

// ---------------------------------------------------------------------- paths

struct path;
struct expect_rparen_path : expect<expect_rparen_path, rparen> {};
// [96] PathOneInPropertySet, [95] PathNegatedPropertySet
struct path_one_in_property_set : sor<iri, a_token, seq<symbol<'^'>, sor<iri, a_token>>> {};
struct expect_path_one_in_property_set
    : expect<expect_path_one_in_property_set, path_one_in_property_set> {};
struct path_negated_property_set
    : sor<path_one_in_property_set,
          seq<lparen,
              opt<path_one_in_property_set, star<symbol<'|'>, expect_path_one_in_property_set>>,
              expect_rparen_path>> {};
struct expect_path_negated_property_set
    : expect<expect_path_negated_property_set, path_negated_property_set> {};
struct path_negation : seq<symbol<'!'>, expect_path_negated_property_set> {};
struct expect_path : expect<expect_path, path> {};
// [94] PathPrimary
struct path_primary
    : sor<iri, a_token, path_negation, seq<lparen, expect_path, expect_rparen_path>> {};
// [93] PathMod; '?' must not start a variable.
struct path_mod : seq<sor<seq<one<'?'>, not_at<varname_char>>, one<'*'>,
                          seq<one<'+'>, not_at<unsigned_number>>>,
                      skip> {};
// [91] PathElt, [92] PathEltOrInverse, [90] PathSequence, [89] PathAlternative
struct path_elt : seq<path_primary, opt<path_mod>> {};
struct expect_path_elt : expect<expect_path_elt, path_elt> {};
struct path_inverse : seq<symbol<'^'>, expect_path_elt> {};
struct path_elt_or_inverse : sor<path_inverse, path_elt> {};
struct expect_path_elt_or_inverse : expect<expect_path_elt_or_inverse, path_elt_or_inverse> {};
struct path_sequence : seq<path_elt_or_inverse, star<symbol<'/'>, expect_path_elt_or_inverse>> {};
struct expect_path_sequence : expect<expect_path_sequence, path_sequence> {};
struct path_alternative : seq<path_sequence, star<symbol<'|'>, expect_path_sequence>> {};
struct path : nested<path_alternative> {};

// -------------------------------------------------------------------- triples

// Patterns (with paths): [75]-[88]. Templates (no paths): [75]-[105] without "Path".
struct graph_node_path;
struct triples_node_path;
struct expect_object_path : expect<expect_object_path, graph_node_path> {};
struct object_list_path : seq<expect_object_path, star<comma, expect_object_path>> {};
struct verb_path : sor<var, path> {};
struct property_list_path_not_empty
    : seq<verb_path, object_list_path, star<semicolon, opt<verb_path, object_list_path>>> {};
struct expect_property_list_path : expect<expect_property_list_path, property_list_path_not_empty> {
};
struct expect_rbracket : expect<expect_rbracket, rbracket> {};
struct expect_rparen_collection : expect<expect_rparen_collection, rparen> {};
struct blank_node_property_list_path : seq<lbracket, expect_property_list_path, expect_rbracket> {};
struct collection_path : seq<lparen, plus<graph_node_path>, expect_rparen_collection> {};
struct triples_node_path : nested<sor<collection_path, blank_node_property_list_path>> {};
struct graph_node_path : sor<var_or_term, triples_node_path> {};
struct triples_same_subject_path : sor<seq<var_or_term, expect_property_list_path>,
                                       seq<triples_node_path, opt<property_list_path_not_empty>>> {
};

struct graph_node;
struct expect_object : expect<expect_object, graph_node> {};
struct object_list : seq<expect_object, star<comma, expect_object>> {};
struct verb : sor<var_or_iri, a_token> {};
struct property_list_not_empty : seq<verb, object_list, star<semicolon, opt<verb, object_list>>> {};
struct expect_property_list : expect<expect_property_list, property_list_not_empty> {};
struct blank_node_property_list : seq<lbracket, expect_property_list, expect_rbracket> {};
struct collection : seq<lparen, plus<graph_node>, expect_rparen_collection> {};
struct triples_node : nested<sor<collection, blank_node_property_list>> {};
struct graph_node : sor<var_or_term, triples_node> {};
struct triples_same_subject
    : sor<seq<var_or_term, expect_property_list>, seq<triples_node, opt<property_list_not_empty>>> {
};
// [52] TriplesTemplate: '.'-separated, optional final '.'.
struct triples_template : seq<triples_same_subject, star<dot, triples_same_subject>, opt<dot>> {};

// ------------------------------------------------------------- graph patterns

struct expect_rbrace_group : expect<expect_rbrace_group, rbrace> {};
struct expect_rbrace_data : expect<expect_rbrace_data, rbrace> {};
struct expect_rparen_values : expect<expect_rparen_values, rparen> {};
struct expect_lbrace_values : expect<expect_lbrace_values, lbrace> {};
struct expect_var : expect<expect_var, var> {};

// [63] DataBlockValue, [61] InlineDataOneVar, [62] InlineDataFull, [64] DataBlock
struct data_block_value : sor<iri, rdf_literal, signed_numeric_literal, boolean_literal, kw_undef> {
};
struct data_block_row : sor<nil, seq<lparen, star<data_block_value>, expect_rparen_values>> {};
struct data_block_vars : sor<nil, seq<lparen, star<var>, expect_rparen_values>> {};
struct inline_data_one_var
    : seq<var, expect_lbrace_values, star<data_block_value>, expect_rbrace_data> {};
struct inline_data_full
    : seq<data_block_vars, expect_lbrace_values, star<data_block_row>, expect_rbrace_data> {};
struct data_block : sor<inline_data_one_var, inline_data_full> {};
struct expect_data_block : expect<expect_data_block, data_block> {};
// [28] ValuesClause, [60] InlineData
struct values_clause : seq<kw_values, expect_data_block> {};

struct expect_lparen_bind : expect<expect_lparen_bind, lparen> {};
struct expect_as : expect<expect_as, kw_as> {};
// [60] Bind, [68] Filter
struct bind : seq<kw_bind, expect_lparen_bind, expect_expression, expect_as, expect_var,
                  expect_rparen_expression> {};
struct filter : seq<kw_filter, expect_constraint> {};
// [57]-[59], [66], [67]
struct optional_graph_pattern : seq<kw_optional, expect_group_graph_pattern> {};
struct minus_graph_pattern : seq<kw_minus, expect_group_graph_pattern> {};
struct expect_var_or_iri : expect<expect_var_or_iri, var_or_iri> {};
struct graph_graph_pattern : seq<kw_graph, expect_var_or_iri, expect_group_graph_pattern> {};
struct group_or_union_graph_pattern
    : seq<group_graph_pattern, star<kw_union_, expect_group_graph_pattern>> {};
struct graph_pattern_not_triples
    : sor<group_or_union_graph_pattern, optional_graph_pattern, minus_graph_pattern,
          graph_graph_pattern, filter, bind, values_clause> {};
// [55] TriplesBlock
struct triples_block
    : seq<triples_same_subject_path, star<dot, triples_same_subject_path>, opt<dot>> {};
// [54] GroupGraphPatternSub
struct group_graph_pattern_sub
    : seq<opt<triples_block>, star<graph_pattern_not_triples, opt<dot>, opt<triples_block>>> {};
struct sub_select;
// [53] GroupGraphPattern
struct group_graph_pattern
    : nested<seq<lbrace, sor<sub_select, group_graph_pattern_sub>, expect_rbrace_group>> {};
struct expect_group_graph_pattern : expect<expect_group_graph_pattern, group_graph_pattern> {};

// -------------------------------------------------------- solution modifiers

struct expect_by : expect<expect_by, kw_by> {};
struct integer_token : grammar::integer {};
struct expect_integer : expect<expect_integer, seq<integer_token, skip>> {};
// [19] GroupCondition
struct group_as : seq<kw_as, expect_var> {};
struct group_condition
    : sor<built_in_call, function_call,
          seq<lparen, expect_expression, opt<group_as>, expect_rparen_expression>, var> {};
struct expect_group_condition : expect<expect_group_condition, group_condition> {};
struct group_clause : seq<kw_group, expect_by, expect_group_condition, star<group_condition>> {};
struct having_clause : seq<kw_having, expect_constraint, star<constraint>> {};
// [24] OrderCondition
struct order_direction : sor<kw_asc, kw_desc> {};
struct expect_bracketted_expression : expect<expect_bracketted_expression, bracketted_expression> {
};
struct order_condition : sor<seq<order_direction, expect_bracketted_expression>, constraint, var> {
};
struct expect_order_condition : expect<expect_order_condition, order_condition> {};
struct order_clause : seq<kw_order, expect_by, expect_order_condition, star<order_condition>> {};
struct limit_clause : seq<kw_limit, expect_integer> {};
struct offset_clause : seq<kw_offset, expect_integer> {};
struct solution_modifier
    : seq<opt<group_clause>, opt<having_clause>, opt<order_clause>,
          opt<sor<seq<limit_clause, opt<offset_clause>>, seq<offset_clause, opt<limit_clause>>>>> {
};

// ---------------------------------------------------------------- query forms

struct expect_iri : expect<expect_iri, iri> {};
// [13] DatasetClause
struct named_graph_clause : seq<kw_named, expect_iri> {};
struct dataset_clause : seq<kw_from, sor<named_graph_clause, expect_iri>> {};
// [17] WhereClause
struct where_clause : seq<opt<kw_where>, expect_group_graph_pattern> {};
// [9] SelectClause
struct select_modifier : sor<kw_distinct, kw_reduced> {};
struct projection_expression
    : seq<lparen, expect_expression, expect_as, expect_var, expect_rparen_expression> {};
struct projection : sor<var, projection_expression> {};
struct expect_projection
    : expect<expect_projection, sor<star_token, seq<projection, star<projection>>>> {};
struct select_clause : seq<kw_select, opt<select_modifier>, expect_projection> {};
// [8] SubSelect
struct sub_select : seq<select_clause, where_clause, solution_modifier, opt<values_clause>> {};
// [7] SelectQuery
struct select_query : seq<select_clause, star<dataset_clause>, where_clause, solution_modifier> {};
// [10] ConstructQuery
struct expect_rbrace_template : expect<expect_rbrace_template, rbrace> {};
struct construct_template : seq<lbrace, opt<triples_template>, expect_rbrace_template> {};
struct construct_where : seq<star<dataset_clause>, kw_where, lbrace, opt<triples_template>,
                             expect_rbrace_template, solution_modifier> {};
struct construct_full
    : seq<construct_template, star<dataset_clause>, where_clause, solution_modifier> {};
struct expect_construct_body : expect<expect_construct_body, sor<construct_full, construct_where>> {
};
struct construct_query : seq<kw_construct, expect_construct_body> {};
// [11] DescribeQuery
struct describe_targets : sor<star_token, plus<var_or_iri>> {};
struct expect_describe_targets : expect<expect_describe_targets, describe_targets> {};
struct describe_query
    : seq<kw_describe, expect_describe_targets, star<dataset_clause>,
          opt<sor<seq<kw_where, expect_group_graph_pattern>, group_graph_pattern>>,
          solution_modifier> {};
// [12] AskQuery
struct ask_query : seq<kw_ask, star<dataset_clause>, where_clause, solution_modifier> {};

// [4] Prologue
struct expect_iriref : expect<expect_iriref, seq<grammar::iriref, skip>> {};
struct prefix_token : grammar::pname_ns {};
struct expect_prefix_name : expect<expect_prefix_name, seq<prefix_token, skip>> {};
struct prefix_decl : seq<kw_prefix, expect_prefix_name, expect_iriref> {};
struct base_decl : seq<kw_base, expect_iriref> {};
struct prologue : star<sor<base_decl, prefix_decl>> {};

struct query_body
    : seq<sor<select_query, construct_query, describe_query, ask_query>, opt<values_clause>> {};

// ---------------------------------------------------------------------- updates

// [49]-[51] QuadPattern, QuadData, Quads, QuadsNotTriples
struct expect_lbrace_quads : expect<expect_lbrace_quads, lbrace> {};
struct expect_rbrace_quads : expect<expect_rbrace_quads, rbrace> {};
struct quads_not_triples : seq<kw_graph, expect_var_or_iri, expect_lbrace_quads,
                               opt<triples_template>, expect_rbrace_quads> {};
struct quads
    : seq<opt<triples_template>, star<quads_not_triples, opt<dot>, opt<triples_template>>> {};
struct quad_pattern : seq<expect_lbrace_quads, quads, expect_rbrace_quads> {};
// [38]-[44]
struct insert_data : seq<kw_insert, kw_data, quad_pattern> {};
struct delete_data : seq<kw_delete_, kw_data, quad_pattern> {};
struct delete_where : seq<kw_delete_, kw_where, quad_pattern> {};
struct delete_clause : seq<kw_delete_, quad_pattern> {};
struct insert_clause : seq<kw_insert, quad_pattern> {};
struct using_clause : seq<kw_using_, sor<named_graph_clause, expect_iri>> {};
struct with_clause : seq<kw_with, expect_iri> {};
struct modify_clauses : sor<seq<delete_clause, opt<insert_clause>>, insert_clause> {};
struct expect_modify_clauses : expect<expect_modify_clauses, modify_clauses> {};
struct expect_where : expect<expect_where, kw_where> {};
struct modify_body : seq<star<using_clause>, expect_where, expect_group_graph_pattern> {};
// Only WITH commits: a bare DELETE / INSERT falls through to the caller's error.
struct modify
    : sor<seq<with_clause, expect_modify_clauses, modify_body>, seq<modify_clauses, modify_body>> {
};
// [32] Clear, [46] GraphRefAll
struct graph_ref : seq<kw_graph, expect_iri> {};
struct graph_ref_all : sor<graph_ref, kw_default_graph, kw_named, kw_all> {};
struct expect_graph_ref_all : expect<expect_graph_ref_all, graph_ref_all> {};
struct clear : seq<kw_clear, opt<kw_silent>, expect_graph_ref_all> {};
// [30] Update1 (the subset); modify last because it may start with INSERT or DELETE too.
struct update1 : sor<clear, insert_data, delete_data, delete_where, modify> {};
struct expect_update1 : expect<expect_update1, update1> {};
// [29] Update, iterative so a long chain of operations does not recurse.
struct update_body : seq<update1, star<semicolon, prologue, sor<at<eof>, expect_update1>>> {};

// ---------------------------------------------------------------------- request

struct explain : seq<kw_explain, opt<kw_analyze>> {};
struct expect_end_of_query : expect<expect_end_of_query, eof> {};
struct expect_end_of_update : expect<expect_end_of_update, eof> {};
struct expect_request : expect<expect_request, eof> {};
struct request : seq<skip, opt<explain>, prologue,
                     sor<seq<query_body, expect_end_of_query>,
                         seq<update_body, expect_end_of_update>, expect_request>> {};

}  // namespace marsad::grammar::query
