#include "query/exec/group_op.h"

#include <map>
#include <set>

#include "query/exec/row_eval.h"

namespace marsad::query::exec {
namespace {

constexpr const char* kAggregateNames[] = {"COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE",
                                           "GROUP_CONCAT"};

expr::Value Add(const expr::Value& a, const expr::Value& b, expr::FunctionEnv& env) {
  static const expr::Builtin* plus = expr::FindBuiltin("+");
  const expr::Value args[] = {a, b};
  return plus->fn(std::span<const expr::Value>(args, 2), env);
}

}  // namespace

std::string GroupOp::Label() const {
  std::string label = "Group by " + std::to_string(keys_.size()) + " keys:";
  for (const AggregateSpec& a : aggregates_) {
    label += std::string(" ") + kAggregateNames[static_cast<int>(a.kind)];
  }
  return label;
}

void GroupOp::DoOpen(const Row& parent) {
  output_.clear();
  memory_.Reset();
  next_ = 0;
  std::map<std::vector<TermId>, std::size_t> index;
  std::vector<std::vector<Row>> groups;
  std::vector<std::vector<TermId>> group_keys;
  child_->Open(parent);
  Row row;
  while (child_->Next(row)) {
    if (ctx_->Interrupted()) return;
    std::vector<TermId> key;
    for (const GroupKey& k : keys_) {
      expr::Value v = EvalOnRow(ctx_, k.expr, row);
      key.push_back(v ? ctx_->Intern(*v) : kNoTerm);  // an error groups as unbound
    }
    auto [it, inserted] = index.emplace(key, groups.size());
    if (inserted) {
      // The key is held twice (index and group_keys) plus a map node.
      if (!memory_.Add(2 * key.size() * sizeof(TermId) + 6 * sizeof(void*))) return;
      groups.emplace_back();
      group_keys.push_back(std::move(key));
    }
    if (!memory_.AddRow(row)) return;
    groups[it->second].push_back(row);
  }
  if (!ctx_->ok()) return;
  if (groups.empty() && keys_.empty()) {
    groups.emplace_back();
    group_keys.emplace_back();
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    Row out(slot_count_, kNoTerm);
    for (std::size_t k = 0; k < keys_.size(); ++k) out[keys_[k].slot] = group_keys[g][k];
    for (const AggregateSpec& spec : aggregates_) {
      if (expr::Value v = Aggregate(spec, groups[g])) out[spec.slot] = ctx_->Intern(*v);
    }
    output_.push_back(std::move(out));
  }
  // The input rows go with this frame; what stays is one row per group.
  memory_.Reset();
  for (const Row& r : output_) memory_.AddRow(r);
}

bool GroupOp::DoNext(Row& out) {
  if (next_ >= output_.size()) return false;
  out = std::move(output_[next_++]);
  return true;
}

expr::Value GroupOp::Aggregate(const AggregateSpec& spec, const std::vector<Row>& rows) {
  std::vector<expr::Value> values;
  std::set<std::string> seen;
  bool saw_error = false;
  for (const Row& row : rows) {
    expr::Value v = spec.star ? expr::Value(Term::Integer(1)) : EvalOnRow(ctx_, *spec.arg, row);
    if (!v) {
      saw_error = true;
      continue;
    }
    if (spec.distinct) {
      std::string key = spec.star ? std::string(reinterpret_cast<const char*>(row.data()),
                                                row.size() * sizeof(TermId))
                                  : v->ToNTriples();
      if (!seen.insert(std::move(key)).second) continue;
    }
    values.push_back(std::move(v));
  }
  switch (spec.kind) {
    case AggregateKind::kCount:
      return Term::Integer(static_cast<std::int64_t>(values.size()));
    case AggregateKind::kSum:
    case AggregateKind::kAvg: {
      if (saw_error) return expr::kError;
      expr::Value sum = Term::Integer(0);
      for (const expr::Value& v : values) {
        sum = Add(sum, v, ctx_->env());
        if (!sum) return expr::kError;
      }
      if (spec.kind == AggregateKind::kSum || values.empty()) return sum;
      static const expr::Builtin* div = expr::FindBuiltin("/");
      const expr::Value args[] = {sum, Term::Integer(static_cast<std::int64_t>(values.size()))};
      return div->fn(std::span<const expr::Value>(args, 2), ctx_->env());
    }
    case AggregateKind::kMin:
    case AggregateKind::kMax: {
      if (values.empty()) return expr::kError;
      const Term* best = &*values[0];
      for (const expr::Value& v : values) {
        const int c = expr::OrderCompare(&*v, best);
        if (spec.kind == AggregateKind::kMin ? c < 0 : c > 0) best = &*v;
      }
      return *best;
    }
    case AggregateKind::kSample:
      if (values.empty()) return expr::kError;
      return values[0];
    case AggregateKind::kGroupConcat: {
      std::string out;
      for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) out += spec.separator;
        out += values[i]->value();
      }
      return Term::Literal(std::move(out));
    }
  }
  return expr::kError;
}

}  // namespace marsad::query::exec
