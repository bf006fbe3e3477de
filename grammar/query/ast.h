// The query language's abstract syntax tree: plain structs and std::variant, no PEGTL.
//
// Produced by ParseQuery() (grammar/query/parse_query.h); consumed by query/binder, which turns
// it into ids and reports every semantic error at the node's `pos`.
//
// Name resolution contract (what the parser does, what it leaves to the binder):
//  - A prefixed name keeps what was written (`prefix`, `local`, `written`). When the prefix was
//    declared by a PREFIX earlier in the same request, the parser also fills `iri` with the
//    resolved IRI. When it was not (the knowledge base's default prefixes such as `marsad:`, or
//    an unknown prefix), `iri` is empty and the binder resolves it or reports "unknown prefix".
//  - An IRIREF keeps its text between < > with \u escapes decoded. A relative IRI is resolved by
//    the binder against Prologue::base (resolved IRIs compare equal only after that step).
//  - Syntactic sugar is expanded by the parser, as in the SPARQL 1.1 spec's translation:
//    `;` and `,` lists give one TriplePattern each, `a` becomes rdf:type, `[ ... ]` blank-node
//    property lists and `( ... )` collections become fresh BlankNodes (anon_id > 0) plus their
//    triples (rdf:first / rdf:rest / rdf:nil for collections).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace marsad::query::ast {

// Where a node starts in the query text: 1-based line and column (column in code points, so it
// matches marsad::SourceLocation), 0-based byte offset.
struct Position {
  std::uint64_t line = 0;
  std::uint64_t column = 0;
  std::uint64_t offset = 0;
  friend bool operator==(const Position&, const Position&) = default;
};

// A deep-copying owning pointer, so recursive nodes stay value types. Never null unless moved
// from.
template <typename T>
class Box {
 public:
  Box() : ptr_(std::make_unique<T>()) {}
  Box(T value) : ptr_(std::make_unique<T>(std::move(value))) {}  // NOLINT: implicit by design
  Box(const Box& other) : ptr_(std::make_unique<T>(*other.ptr_)) {}
  Box(Box&&) noexcept = default;
  Box& operator=(const Box& other) {
    if (this != &other) ptr_ = std::make_unique<T>(*other.ptr_);
    return *this;
  }
  Box& operator=(Box&&) noexcept = default;
  ~Box() = default;

  T& operator*() { return *ptr_; }
  const T& operator*() const { return *ptr_; }
  T* operator->() { return ptr_.get(); }
  const T* operator->() const { return ptr_.get(); }

 private:
  std::unique_ptr<T> ptr_;
};

// ---------------------------------------------------------------------------------- terms

struct Variable {
  Position pos;
  std::string name;  // without the leading '?' or '$'
};

struct Iri {
  Position pos;
  std::string iri;  // see the resolution contract above; empty = unresolved prefixed name
  bool prefixed = false;
  std::string prefix;   // prefixed names only: "marsad" for marsad:matches ("" for ":x")
  std::string local;    // prefixed names only: local part with \-escapes removed
  std::string written;  // exactly as written: "<http://x>", "marsad:matches", "a"
};

enum class LiteralKind : std::uint8_t {
  kString,      // "x" (xsd:string)
  kLangString,  // "x"@ar
  kTyped,       // "x"^^<dt>
  kInteger,     // 12
  kDecimal,     // 1.5
  kDouble,      // 1e3
  kBoolean,     // true / false
};

struct Literal {
  Position pos;
  LiteralKind kind = LiteralKind::kString;
  std::string lexical;          // string escapes decoded; numbers and booleans as written
  std::string language;         // kLangString only, as written (the binder lower-cases)
  std::optional<Iri> datatype;  // kTyped only
};

struct BlankNode {
  Position pos;
  std::string label;          // "x" for _:x; empty for [] and generated nodes
  std::uint32_t anon_id = 0;  // > 0 for [] / [ ... ] / collection nodes; unique per request
};

// Extension: @"كاراباخ" or @Rouhani, every entity whose label or alias matches `text` under the
// Arabic-aware match key. Usable wherever a term goes in a pattern.
struct EntityLookup {
  Position pos;
  std::string text;  // string escapes decoded
  bool quoted = false;
};

using PatternTerm = std::variant<Variable, Iri, Literal, BlankNode, EntityLookup>;
using VarOrIri = std::variant<Variable, Iri>;

// ---------------------------------------------------------------------------- expressions

struct GroupGraphPattern;

enum class ExprOp : std::uint8_t {
  kOr,
  kAnd,
  kNot,
  kEqual,
  kNotEqual,
  kLess,
  kGreater,
  kLessEqual,
  kGreaterEqual,
  kIn,
  kNotIn,  // args[0] IN (args[1..])
  kAdd,
  kSubtract,
  kMultiply,
  kDivide,
  kNegate,
  kUnaryPlus,
  kTerm,       // a constant or variable: `term`
  kBuiltin,    // `name` upper-case ("STRLEN", "REGEX", "BNODE"...), `args`
  kFunction,   // `function`(args); `distinct` for DISTINCT in custom aggregates
  kAggregate,  // `name` in COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT; `star` for COUNT(*)
  kExists,
  kNotExists,  // `pattern`
};

struct Expression {
  Position pos;
  ExprOp op = ExprOp::kTerm;
  std::vector<Expression> args;
  std::optional<PatternTerm> term;                // kTerm: Variable, Iri or Literal
  std::string name;                               // kBuiltin / kAggregate
  std::optional<Iri> function;                    // kFunction
  bool distinct = false;                          // kAggregate / kFunction
  bool star = false;                              // COUNT(*)
  std::optional<std::string> separator;           // GROUP_CONCAT(...; SEPARATOR = "x")
  std::optional<Box<GroupGraphPattern>> pattern;  // kExists / kNotExists
};

// --------------------------------------------------------------------------------- paths

enum class PathKind : std::uint8_t {
  kLink,         // `iri`
  kInverse,      // ^args[0]
  kSequence,     // args[0] / args[1] / ...
  kAlternative,  // args[0] | args[1] | ...
  kZeroOrMore,
  kOneOrMore,
  kZeroOrOne,   // args[0]*, +, ?
  kNegatedSet,  // !(a | ^b): `negated`
};

struct NegatedLink {
  Iri iri;
  bool inverse = false;
};

struct Path {
  Position pos;
  PathKind kind = PathKind::kLink;
  std::optional<Iri> iri;
  std::vector<Path> args;
  std::vector<NegatedLink> negated;
};

// A predicate position: a variable or a path (a plain IRI is a kLink path).
using Verb = std::variant<Variable, Path>;

struct TriplePattern {
  Position pos;
  PatternTerm subject;
  Verb predicate;
  PatternTerm object;
};

// ------------------------------------------------------------------------ graph patterns

struct SelectQuery;

struct TriplesBlock {
  Position pos;
  std::vector<TriplePattern> triples;
};
struct Filter {
  Position pos;
  Expression expr;
};
struct OptionalPattern {
  Position pos;
  Box<GroupGraphPattern> pattern;
};
struct SubGroup {  // a nested { ... } that is not part of a UNION
  Position pos;
  Box<GroupGraphPattern> pattern;
};
struct Union {  // two or more alternatives
  Position pos;
  std::vector<GroupGraphPattern> alternatives;
};
struct Minus {
  Position pos;
  Box<GroupGraphPattern> pattern;
};
struct Bind {
  Position pos;
  Expression expr;
  Variable var;
};
// VALUES, inline in a group or trailing a query. A missing row value (UNDEF) is nullopt; other
// values are Iri or Literal.
struct InlineData {
  Position pos;
  std::vector<Variable> vars;
  std::vector<std::vector<std::optional<PatternTerm>>> rows;
};
struct GraphPattern {
  Position pos;
  VarOrIri graph;
  Box<GroupGraphPattern> pattern;
};
struct SubSelect {
  Position pos;
  Box<SelectQuery> query;
};

using PatternElement = std::variant<TriplesBlock, Filter, OptionalPattern, SubGroup, Union, Minus,
                                    Bind, InlineData, GraphPattern, SubSelect>;

struct GroupGraphPattern {
  Position pos;                          // the '{'
  std::vector<PatternElement> elements;  // in written order
};

// ------------------------------------------------------------------------------ queries

struct PrefixDecl {
  Position pos;
  std::string prefix;  // without ':'
  std::string iri;
};

struct Prologue {
  std::optional<std::string> base;   // the last BASE, as written between < >
  std::vector<PrefixDecl> prefixes;  // in order; a later one overrides an earlier one
};

struct DatasetClause {  // FROM <g> / FROM NAMED <g> / USING [NAMED] <g>
  Position pos;
  bool named = false;
  Iri iri;
};

struct GroupCondition {  // GROUP BY ?x, GROUP BY STR(?x), GROUP BY (expr AS ?v)
  Position pos;
  Expression expr;
  std::optional<Variable> as;
};

struct OrderCondition {
  Position pos;
  Expression expr;
  bool descending = false;
};

struct SolutionModifier {
  std::vector<GroupCondition> group_by;
  std::vector<Expression> having;  // conjunction
  std::vector<OrderCondition> order_by;
  std::optional<std::uint64_t> limit;
  std::optional<std::uint64_t> offset;
};

enum class SelectModifier : std::uint8_t { kNone, kDistinct, kReduced };

struct Projection {  // ?v or (expr AS ?v)
  Position pos;
  std::optional<Expression> expr;
  Variable var;
};

struct SelectQuery {
  Position pos;
  SelectModifier modifier = SelectModifier::kNone;
  bool star = false;
  std::vector<Projection> projections;  // empty when star
  std::vector<DatasetClause> datasets;  // empty for sub-selects
  GroupGraphPattern where;
  SolutionModifier modifiers;
  std::optional<InlineData> values;  // trailing VALUES
};

struct ConstructQuery {
  Position pos;
  bool short_form = false;  // CONSTRUCT WHERE { ... }: the template is the pattern itself
  std::vector<TriplePattern> construct_template;
  std::vector<DatasetClause> datasets;
  GroupGraphPattern where;
  SolutionModifier modifiers;
  std::optional<InlineData> values;
};

struct AskQuery {
  Position pos;
  std::vector<DatasetClause> datasets;
  GroupGraphPattern where;
  SolutionModifier modifiers;
  std::optional<InlineData> values;
};

struct DescribeQuery {
  Position pos;
  bool star = false;
  std::vector<VarOrIri> targets;  // empty when star
  std::vector<DatasetClause> datasets;
  std::optional<GroupGraphPattern> where;
  SolutionModifier modifiers;
  std::optional<InlineData> values;
};

using QueryForm = std::variant<SelectQuery, ConstructQuery, AskQuery, DescribeQuery>;

struct Query {
  Prologue prologue;
  QueryForm form;
};

// ------------------------------------------------------------------------------- updates

// Triples, optionally inside GRAPH g { ... }, in INSERT DATA / DELETE DATA / templates.
struct QuadBlock {
  Position pos;
  std::optional<VarOrIri> graph;
  std::vector<TriplePattern> triples;
};

// INSERT DATA / DELETE DATA (ground quads) and DELETE WHERE (a pattern that is also the
// template to delete).
enum class QuadDataKind : std::uint8_t { kInsertData, kDeleteData, kDeleteWhere };

struct QuadData {
  Position pos;
  QuadDataKind kind = QuadDataKind::kInsertData;
  std::vector<QuadBlock> quads;
};
struct Modify {  // [WITH g] DELETE {..} INSERT {..} [USING ...] WHERE {..}
  Position pos;
  std::optional<Iri> with;
  bool has_delete = false;
  bool has_insert = false;
  std::vector<QuadBlock> delete_quads;
  std::vector<QuadBlock> insert_quads;
  std::vector<DatasetClause> using_clauses;
  GroupGraphPattern where;
};

enum class GraphTarget : std::uint8_t { kGraph, kDefault, kNamed, kAll };

struct Clear {
  Position pos;
  bool silent = false;
  GraphTarget target = GraphTarget::kDefault;
  std::optional<Iri> graph;  // kGraph only
};

using UpdateOperation = std::variant<QuadData, Modify, Clear>;

struct Update {
  Prologue prologue;                        // every PREFIX/BASE of the request, in order
  std::vector<UpdateOperation> operations;  // separated by ';', run in order
};

// ------------------------------------------------------------------------------ request

enum class ExplainMode : std::uint8_t { kNone, kExplain, kExplainAnalyze };

// What ParseQuery() returns: one query or one update request, maybe under EXPLAIN.
struct Request {
  ExplainMode explain = ExplainMode::kNone;
  std::variant<Query, Update> body;
};

}  // namespace marsad::query::ast
