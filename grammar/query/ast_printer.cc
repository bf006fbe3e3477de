#include "grammar/query/ast_printer.h"

#include <string>
#include <variant>

#include "grammar/query/overloaded.h"

namespace marsad::query::ast {
namespace {

std::string Print(const Iri& iri) { return iri.iri.empty() ? iri.written : "<" + iri.iri + ">"; }

std::string Quote(const std::string& text) { return "\"" + text + "\""; }

std::string Print(const Literal& literal) {
  switch (literal.kind) {
    case LiteralKind::kString:
      return Quote(literal.lexical);
    case LiteralKind::kLangString:
      return Quote(literal.lexical) + "@" + literal.language;
    case LiteralKind::kTyped:
      return Quote(literal.lexical) + "^^" + Print(*literal.datatype);
    default:
      return literal.lexical;
  }
}

std::string Print(const VarOrIri& name) {
  return std::holds_alternative<Variable>(name) ? "?" + std::get<Variable>(name).name
                                                : Print(std::get<Iri>(name));
}

std::string Print(const Verb& verb) {
  return std::holds_alternative<Variable>(verb) ? "?" + std::get<Variable>(verb).name
                                                : ToSExpression(std::get<Path>(verb));
}

std::string Print(const TriplePattern& triple) {
  return "(triple " + ToSExpression(triple.subject) + " " + Print(triple.predicate) + " " +
         ToSExpression(triple.object) + ")";
}

std::string Print(const InlineData& data) {
  std::string out = "(values (";
  for (std::size_t i = 0; i < data.vars.size(); ++i) {
    out += (i ? " ?" : "?") + data.vars[i].name;
  }
  out += ")";
  for (const auto& row : data.rows) {
    out += " (";
    for (std::size_t i = 0; i < row.size(); ++i) {
      out += (i ? " " : "") + (row[i] ? ToSExpression(*row[i]) : std::string("undef"));
    }
    out += ")";
  }
  return out + ")";
}

std::string Print(const SolutionModifier& modifiers) {
  std::string out;
  for (const auto& group : modifiers.group_by) {
    out +=
        " (group-by " + ToSExpression(group.expr) + (group.as ? " ?" + group.as->name : "") + ")";
  }
  for (const auto& having : modifiers.having) out += " (having " + ToSExpression(having) + ")";
  for (const auto& order : modifiers.order_by) {
    out += std::string(order.descending ? " (desc " : " (asc ") + ToSExpression(order.expr) + ")";
  }
  if (modifiers.limit) out += " (limit " + std::to_string(*modifiers.limit) + ")";
  if (modifiers.offset) out += " (offset " + std::to_string(*modifiers.offset) + ")";
  return out;
}

std::string Print(const std::vector<DatasetClause>& datasets) {
  std::string out;
  for (const auto& dataset : datasets) {
    out += std::string(dataset.named ? " (from-named " : " (from ") + Print(dataset.iri) + ")";
  }
  return out;
}

std::string Print(const SelectQuery& select) {
  std::string out = "(select";
  if (select.modifier == SelectModifier::kDistinct) out += " distinct";
  if (select.modifier == SelectModifier::kReduced) out += " reduced";
  out += " (";
  if (select.star) out += "*";
  for (std::size_t i = 0; i < select.projections.size(); ++i) {
    const Projection& p = select.projections[i];
    out += i ? " " : "";
    out += p.expr ? "(as " + ToSExpression(*p.expr) + " ?" + p.var.name + ")" : "?" + p.var.name;
  }
  out += ")" + Print(select.datasets) + " " + ToSExpression(select.where) + Print(select.modifiers);
  if (select.values) out += " " + Print(*select.values);
  return out + ")";
}

std::string Print(const std::vector<QuadBlock>& quads) {
  std::string out;
  for (const auto& block : quads) {
    out += " (quads";
    if (block.graph) out += " (graph " + Print(*block.graph) + ")";
    for (const auto& triple : block.triples) out += " " + Print(triple);
    out += ")";
  }
  return out;
}

std::string Print(const QueryForm& form) {
  return std::visit(
      Overloaded{[](const SelectQuery& q) { return Print(q); },
                 [](const ConstructQuery& q) {
                   std::string out = q.short_form ? "(construct-where (" : "(construct (";
                   for (std::size_t i = 0; i < q.construct_template.size(); ++i) {
                     out += (i ? " " : "") + Print(q.construct_template[i]);
                   }
                   out += ")" + Print(q.datasets);
                   if (!q.short_form) out += " " + ToSExpression(q.where);
                   return out + Print(q.modifiers) + (q.values ? " " + Print(*q.values) : "") + ")";
                 },
                 [](const AskQuery& q) {
                   return "(ask" + Print(q.datasets) + " " + ToSExpression(q.where) +
                          Print(q.modifiers) + (q.values ? " " + Print(*q.values) : "") + ")";
                 },
                 [](const DescribeQuery& q) {
                   std::string out = "(describe (";
                   if (q.star) out += "*";
                   for (std::size_t i = 0; i < q.targets.size(); ++i) {
                     out += (i ? " " : "") + Print(q.targets[i]);
                   }
                   out += ")" + Print(q.datasets);
                   if (q.where) out += " " + ToSExpression(*q.where);
                   return out + Print(q.modifiers) + (q.values ? " " + Print(*q.values) : "") + ")";
                 }},
      form);
}

std::string Print(const UpdateOperation& operation) {
  return std::visit(Overloaded{[](const QuadData& data) {
                                 const char* name =
                                     data.kind == QuadDataKind::kInsertData   ? "(insert-data"
                                     : data.kind == QuadDataKind::kDeleteData ? "(delete-data"
                                                                              : "(delete-where";
                                 return name + Print(data.quads) + ")";
                               },
                               [](const Modify& m) {
                                 std::string out = "(modify";
                                 if (m.with) out += " (with " + Print(*m.with) + ")";
                                 if (m.has_delete) out += " (delete" + Print(m.delete_quads) + ")";
                                 if (m.has_insert) out += " (insert" + Print(m.insert_quads) + ")";
                                 for (const auto& u : m.using_clauses) {
                                   out += std::string(u.named ? " (using-named " : " (using ") +
                                          Print(u.iri) + ")";
                                 }
                                 return out + " " + ToSExpression(m.where) + ")";
                               },
                               [](const Clear& c) {
                                 std::string out = c.silent ? "(clear silent " : "(clear ";
                                 switch (c.target) {
                                   case GraphTarget::kGraph:
                                     return out + Print(*c.graph) + ")";
                                   case GraphTarget::kDefault:
                                     return out + "default)";
                                   case GraphTarget::kNamed:
                                     return out + "named)";
                                   case GraphTarget::kAll:
                                     return out + "all)";
                                 }
                                 return out + ")";
                               }},
                    operation);
}

const char* OperatorName(ExprOp op) {
  switch (op) {
    case ExprOp::kOr:
      return "||";
    case ExprOp::kAnd:
      return "&&";
    case ExprOp::kNot:
      return "!";
    case ExprOp::kEqual:
      return "=";
    case ExprOp::kNotEqual:
      return "!=";
    case ExprOp::kLess:
      return "<";
    case ExprOp::kGreater:
      return ">";
    case ExprOp::kLessEqual:
      return "<=";
    case ExprOp::kGreaterEqual:
      return ">=";
    case ExprOp::kIn:
      return "in";
    case ExprOp::kNotIn:
      return "not-in";
    case ExprOp::kAdd:
      return "+";
    case ExprOp::kSubtract:
      return "-";
    case ExprOp::kMultiply:
      return "*";
    case ExprOp::kDivide:
      return "/";
    case ExprOp::kNegate:
      return "neg";
    case ExprOp::kUnaryPlus:
      return "plus";
    case ExprOp::kExists:
      return "exists";
    case ExprOp::kNotExists:
      return "not-exists";
    default:
      return "?";
  }
}

}  // namespace

std::string ToSExpression(const PatternTerm& term) {
  return std::visit(Overloaded{[](const Variable& v) { return "?" + v.name; },
                               [](const Iri& iri) { return Print(iri); },
                               [](const Literal& literal) { return Print(literal); },
                               [](const BlankNode& b) {
                                 return b.anon_id ? "_:#" + std::to_string(b.anon_id)
                                                  : "_:" + b.label;
                               },
                               [](const EntityLookup& e) { return "@" + Quote(e.text); }},
                    term);
}

std::string ToSExpression(const Path& path) {
  std::string out;
  switch (path.kind) {
    case PathKind::kLink:
      return Print(*path.iri);
    case PathKind::kInverse:
      out = "(^";
      break;
    case PathKind::kSequence:
      out = "(/";
      break;
    case PathKind::kAlternative:
      out = "(|";
      break;
    case PathKind::kZeroOrMore:
      out = "(*";
      break;
    case PathKind::kOneOrMore:
      out = "(+";
      break;
    case PathKind::kZeroOrOne:
      out = "(?";
      break;
    case PathKind::kNegatedSet:
      out = "(!";
      for (const auto& link : path.negated) out += (link.inverse ? " ^" : " ") + Print(link.iri);
      return out + ")";
  }
  for (const auto& arg : path.args) out += " " + ToSExpression(arg);
  return out + ")";
}

std::string ToSExpression(const Expression& expr) {
  std::string out;
  switch (expr.op) {
    case ExprOp::kTerm:
      return ToSExpression(*expr.term);
    case ExprOp::kExists:
    case ExprOp::kNotExists:
      return std::string("(") + OperatorName(expr.op) + " " + ToSExpression(**expr.pattern) + ")";
    case ExprOp::kBuiltin:
      out = "(" + expr.name;
      break;
    case ExprOp::kFunction:
      out = "(call " + Print(*expr.function);
      break;
    case ExprOp::kAggregate:
      out = "(" + expr.name;
      break;
    default:
      out = std::string("(") + OperatorName(expr.op);
      break;
  }
  if (expr.distinct) out += " distinct";
  if (expr.star) out += " *";
  for (const auto& arg : expr.args) out += " " + ToSExpression(arg);
  if (expr.separator) out += " separator=" + Quote(*expr.separator);
  return out + ")";
}

std::string ToSExpression(const GroupGraphPattern& group) {
  std::string out = "(group";
  for (const auto& element : group.elements) {
    out += " ";
    out += std::visit(
        Overloaded{
            [](const TriplesBlock& b) {
              std::string bgp = "(bgp";
              for (const auto& t : b.triples) bgp += " " + Print(t);
              return bgp + ")";
            },
            [](const Filter& f) { return "(filter " + ToSExpression(f.expr) + ")"; },
            [](const OptionalPattern& o) { return "(optional " + ToSExpression(*o.pattern) + ")"; },
            [](const SubGroup& g) { return ToSExpression(*g.pattern); },
            [](const Union& u) {
              std::string alternatives = "(union";
              for (const auto& a : u.alternatives) alternatives += " " + ToSExpression(a);
              return alternatives + ")";
            },
            [](const Minus& m) { return "(minus " + ToSExpression(*m.pattern) + ")"; },
            [](const Bind& b) {
              return "(bind " + ToSExpression(b.expr) + " ?" + b.var.name + ")";
            },
            [](const InlineData& d) { return Print(d); },
            [](const GraphPattern& g) {
              return "(graph " + Print(g.graph) + " " + ToSExpression(*g.pattern) + ")";
            },
            [](const SubSelect& s) { return Print(*s.query); }},
        element);
  }
  return out + ")";
}

std::string ToSExpression(const Request& request) {
  std::string out;
  if (request.explain == ExplainMode::kExplain) out = "(explain ";
  if (request.explain == ExplainMode::kExplainAnalyze) out = "(explain-analyze ";
  const Prologue& prologue = std::holds_alternative<Query>(request.body)
                                 ? std::get<Query>(request.body).prologue
                                 : std::get<Update>(request.body).prologue;
  if (prologue.base) out += "(base <" + *prologue.base + ">) ";
  for (const auto& prefix : prologue.prefixes) {
    out += "(prefix " + prefix.prefix + ": <" + prefix.iri + ">) ";
  }
  if (const auto* query = std::get_if<Query>(&request.body)) {
    out += Print(query->form);
  } else {
    out += "(update";
    for (const auto& operation : std::get<Update>(request.body).operations) {
      out += " " + Print(operation);
    }
    out += ")";
  }
  if (request.explain != ExplainMode::kNone) out += ")";
  return out;
}

}  // namespace marsad::query::ast
