// The logical plan the binder produces and the planner turns into operators: SPARQL algebra
// with variables as row slots and constants as ids.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "query/exec/group_op.h"
#include "query/exec/modifier_ops.h"
#include "query/exec/path_op.h"
#include "query/exec/scan_op.h"
#include "query/expr/expr.h"

namespace marsad::query::plan {

struct LSelect;
struct LGroup;

enum class ElementKind : std::uint8_t {
  kTriple, kPath, kFilter, kBind, kValues, kOptional, kUnion, kMinus, kGroup, kSubSelect,
};

struct LElement {
  ElementKind kind = ElementKind::kTriple;
  exec::ScanSpec scan;                        // kTriple; kPath uses its graph fields
  exec::PatternSlot subject, object;          // kPath
  exec::CompiledPath path;                    // kPath
  std::optional<expr::Expr> expr;             // kFilter, kBind; kOptional: its filter
  int slot = -1;                              // kBind target
  std::vector<exec::Row> values;              // kValues
  std::vector<LGroup> groups;                 // kOptional/kMinus/kGroup: 1; kUnion: n
  std::shared_ptr<LSelect> select;            // kSubSelect
  std::vector<int> certain;  // slots bound in every solution of this element
  std::vector<int> reads;    // kFilter / kBind: slots the expression reads
  bool has_exists = false;   // kFilter: contains EXISTS (placed at the end of its group)
  std::string text;          // for EXPLAIN
};

struct LGroup {
  std::vector<LElement> elements;  // in written order; filters are group-wide
};

struct LSelect {
  LGroup where;
  bool aggregated = false;
  std::vector<exec::GroupKey> group_keys;
  std::vector<exec::AggregateSpec> aggregates;
  std::vector<expr::Expr> having;
  std::vector<std::pair<expr::Expr, int>> extends;  // (expr AS ?v), in order
  std::vector<exec::SortKey> order;
  std::vector<int> projection;  // slots, in output order
  std::vector<std::string> names;  // output names, parallel to projection
  bool distinct = false;
  std::uint64_t offset = 0;
  std::optional<std::uint64_t> limit;
};

// A template triple of CONSTRUCT / an update: each position a constant term or a slot.
struct TemplateTerm {
  Term constant;
  int slot = -1;
  bool blank = false;  // a template blank node: fresh per solution
};
struct TemplateQuad {
  TemplateTerm s, p, o, g;  // g null constant = default graph
};

// Everything the planner builds from, plus the EXISTS groups expressions refer to.
struct LQuery {
  LSelect select;
  int slot_count = 0;
  std::vector<LGroup> exists;  // indexed by expr::Expr::sub_plan
};

}  // namespace marsad::query::plan
