// AstBuilder: expressions, built-in calls, aggregates, function calls.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/query/ast_builder.h"
#include "grammar/query/parse_query.h"

namespace marsad::grammar::query {
namespace {

constexpr std::size_t kUnbounded = 1000;

// Depth of an expression tree, measured without recursion (the tree may be as deep as the
// limit that this is used to enforce).
std::size_t ExpressionDepth(const ast::Expression& root) {
  std::size_t deepest = 0;
  std::vector<std::pair<const ast::Expression*, std::size_t>> pending{{&root, 1}};
  while (!pending.empty()) {
    const auto [expr, depth] = pending.back();
    pending.pop_back();
    deepest = std::max(deepest, depth);
    for (const ast::Expression& arg : expr->args) pending.emplace_back(&arg, depth + 1);
  }
  return deepest;
}

struct BuiltinArity {
  std::string_view name;  // upper-case
  std::size_t min;
  std::size_t max;
};

// SPARQL 1.1 §17.4 signatures. A wrong count is a syntax error in SPARQL's grammar too.
constexpr BuiltinArity kBuiltins[] = {
    {"STR", 1, 1},         {"LANG", 1, 1},
    {"LANGMATCHES", 2, 2}, {"DATATYPE", 1, 1},
    {"BOUND", 1, 1},       {"IRI", 1, 1},
    {"URI", 1, 1},         {"BNODE", 0, 1},
    {"RAND", 0, 0},        {"ABS", 1, 1},
    {"CEIL", 1, 1},        {"FLOOR", 1, 1},
    {"ROUND", 1, 1},       {"CONCAT", 0, kUnbounded},
    {"SUBSTR", 2, 3},      {"STRLEN", 1, 1},
    {"REPLACE", 3, 4},     {"UCASE", 1, 1},
    {"LCASE", 1, 1},       {"ENCODE_FOR_URI", 1, 1},
    {"CONTAINS", 2, 2},    {"STRSTARTS", 2, 2},
    {"STRENDS", 2, 2},     {"STRBEFORE", 2, 2},
    {"STRAFTER", 2, 2},    {"YEAR", 1, 1},
    {"MONTH", 1, 1},       {"DAY", 1, 1},
    {"HOURS", 1, 1},       {"MINUTES", 1, 1},
    {"SECONDS", 1, 1},     {"TIMEZONE", 1, 1},
    {"TZ", 1, 1},          {"NOW", 0, 0},
    {"UUID", 0, 0},        {"STRUUID", 0, 0},
    {"MD5", 1, 1},         {"SHA1", 1, 1},
    {"SHA256", 1, 1},      {"SHA384", 1, 1},
    {"SHA512", 1, 1},      {"COALESCE", 0, kUnbounded},
    {"IF", 3, 3},          {"STRLANG", 2, 2},
    {"STRDT", 2, 2},       {"SAMETERM", 2, 2},
    {"ISIRI", 1, 1},       {"ISURI", 1, 1},
    {"ISBLANK", 1, 1},     {"ISLITERAL", 1, 1},
    {"ISNUMERIC", 1, 1},   {"REGEX", 2, 3},
};

std::string UpperCase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

std::string ArityMessage(const BuiltinArity& arity, std::size_t given) {
  std::string expected;
  if (arity.min == arity.max) {
    expected = std::to_string(arity.min);
  } else if (arity.max == kUnbounded) {
    expected = "at least " + std::to_string(arity.min);
  } else {
    expected = std::to_string(arity.min) + " to " + std::to_string(arity.max);
  }
  return std::string(arity.name) + " takes " + expected + " argument" +
         (expected == "1" ? "" : "s") + ", got " + std::to_string(given);
}

}  // namespace

ast::Expression AstBuilder::BuildExpression(const Node& node) {
  if (node.is_type<conditional_or_expression>() || node.is_type<conditional_and_expression>() ||
      node.is_type<additive_expression>() || node.is_type<multiplicative_expression>()) {
    return BuildBinaryChain(node);
  }
  if (node.is_type<relational_expression>()) return BuildRelational(node);
  if (node.is_type<unary_expression>()) return BuildUnary(node);
  if (node.is_type<expression>()) return BuildExpression(*node.children.at(0));
  if (node.is_type<builtin_function>()) return BuildBuiltin(node);
  if (node.is_type<aggregate>()) return BuildAggregate(node);
  if (node.is_type<function_call>() || node.is_type<iri_or_function>()) {
    if (node.children.size() == 1) return BuildExpression(*node.children.front());
    return BuildFunctionCall(node);
  }
  ast::Expression expr;
  expr.pos = PositionOf(node);
  if (node.is_type<exists_function>() || node.is_type<not_exists_function>()) {
    expr.op = node.is_type<exists_function>() ? ast::ExprOp::kExists : ast::ExprOp::kNotExists;
    expr.pattern = ast::Box<ast::GroupGraphPattern>(BuildGroup(*node.children.at(0)));
    return expr;
  }
  expr.op = ast::ExprOp::kTerm;
  expr.term = BuildTerm(node);
  return expr;
}

ast::Expression AstBuilder::BuildBinaryChain(const Node& node) {
  ast::Expression result = BuildExpression(*node.children.at(0));
  std::size_t depth = ExpressionDepth(result);
  for (std::size_t i = 1; i + 1 < node.children.size(); i += 2) {
    const Node& op = *node.children[i];
    ast::Expression right = BuildExpression(*node.children[i + 1]);
    depth = std::max(depth, ExpressionDepth(right)) + 1;
    if (depth > ::marsad::query::kMaxExpressionDepth) {
      throw BuildError("expression nested too deeply (limit " +
                           std::to_string(::marsad::query::kMaxExpressionDepth) +
                           " levels; a long chain of || or + nests one level per operator, "
                           "IN (...) does not)",
                       PositionOf(op).offset);
    }
    ast::Expression combined;
    combined.pos = PositionOf(op);
    if (op.is_type<op_or>()) {
      combined.op = ast::ExprOp::kOr;
    } else if (op.is_type<op_and>()) {
      combined.op = ast::ExprOp::kAnd;
    } else if (op.is_type<op_plus>()) {
      combined.op = ast::ExprOp::kAdd;
    } else if (op.is_type<op_minus>()) {
      combined.op = ast::ExprOp::kSubtract;
    } else if (op.is_type<op_times>()) {
      combined.op = ast::ExprOp::kMultiply;
    } else {
      combined.op = ast::ExprOp::kDivide;
    }
    combined.args.push_back(std::move(result));
    combined.args.push_back(std::move(right));
    result = std::move(combined);
  }
  return result;
}

ast::Expression AstBuilder::BuildRelational(const Node& node) {
  const Node& op = *node.children.at(1);
  ast::Expression expr;
  expr.pos = PositionOf(op);
  expr.args.push_back(BuildExpression(*node.children.at(0)));
  if (op.is_type<op_in>() || op.is_type<op_not_in>()) {
    expr.op = op.is_type<op_in>() ? ast::ExprOp::kIn : ast::ExprOp::kNotIn;
    for (const auto& item : node.children.at(2)->children) {
      if (!item->is_type<nil_token>()) expr.args.push_back(BuildExpression(*item));
    }
    return expr;
  }
  if (op.is_type<op_equal>()) {
    expr.op = ast::ExprOp::kEqual;
  } else if (op.is_type<op_not_equal>()) {
    expr.op = ast::ExprOp::kNotEqual;
  } else if (op.is_type<op_less>()) {
    expr.op = ast::ExprOp::kLess;
  } else if (op.is_type<op_greater>()) {
    expr.op = ast::ExprOp::kGreater;
  } else if (op.is_type<op_less_equal>()) {
    expr.op = ast::ExprOp::kLessEqual;
  } else {
    expr.op = ast::ExprOp::kGreaterEqual;
  }
  expr.args.push_back(BuildExpression(*node.children.at(2)));
  return expr;
}

ast::Expression AstBuilder::BuildUnary(const Node& node) {
  const Node& op = *node.children.at(0);
  ast::Expression expr;
  expr.pos = PositionOf(op);
  if (op.is_type<op_not>()) {
    expr.op = ast::ExprOp::kNot;
  } else if (op.is_type<op_minus>()) {
    expr.op = ast::ExprOp::kNegate;
  } else {
    expr.op = ast::ExprOp::kUnaryPlus;
  }
  expr.args.push_back(BuildExpression(*node.children.at(1)));
  return expr;
}

ast::Expression AstBuilder::BuildBuiltin(const Node& node) {
  ast::Expression expr;
  expr.pos = PositionOf(node);
  expr.op = ast::ExprOp::kBuiltin;
  expr.name = UpperCase(node.children.at(0)->string_view());
  for (std::size_t i = 1; i < node.children.size(); ++i) {
    if (!node.children[i]->is_type<nil_token>()) {
      expr.args.push_back(BuildExpression(*node.children[i]));
    }
  }
  const auto arity = std::find_if(std::begin(kBuiltins), std::end(kBuiltins),
                                  [&](const BuiltinArity& a) { return a.name == expr.name; });
  if (arity != std::end(kBuiltins) &&
      (expr.args.size() < arity->min || expr.args.size() > arity->max)) {
    Fail(node, ArityMessage(*arity, expr.args.size()));
  }
  if (expr.name == "BOUND" && !(expr.args[0].op == ast::ExprOp::kTerm &&
                                std::holds_alternative<ast::Variable>(*expr.args[0].term))) {
    Fail(*node.children[1], "BOUND takes a variable");
  }
  return expr;
}

ast::Expression AstBuilder::BuildAggregate(const Node& node) {
  ast::Expression expr;
  expr.pos = PositionOf(node);
  expr.op = ast::ExprOp::kAggregate;
  expr.name = UpperCase(node.children.at(0)->string_view());
  for (std::size_t i = 1; i < node.children.size(); ++i) {
    const Node& child = *node.children[i];
    if (child.is_type<kw_distinct>()) {
      expr.distinct = true;
    } else if (child.is_type<star_token>()) {
      if (expr.name != "COUNT") Fail(child, "only COUNT accepts '*'");
      expr.star = true;
    } else if (child.is_type<string_token>()) {
      if (expr.name != "GROUP_CONCAT") Fail(child, "SEPARATOR is only allowed in GROUP_CONCAT");
      expr.separator = StringValue(child);
    } else {
      expr.args.push_back(BuildExpression(child));
    }
  }
  return expr;
}

ast::Expression AstBuilder::BuildFunctionCall(const Node& node) {
  ast::Expression expr;
  expr.pos = PositionOf(node);
  expr.op = ast::ExprOp::kFunction;
  expr.function = BuildIri(*node.children.at(0));
  for (const auto& arg : node.children.at(1)->children) {
    if (arg->is_type<kw_distinct>()) {
      expr.distinct = true;
    } else if (!arg->is_type<nil_token>()) {
      expr.args.push_back(BuildExpression(*arg));
    }
  }
  return expr;
}

}  // namespace marsad::grammar::query
