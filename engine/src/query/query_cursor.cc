#include "query/query_cursor.h"

#include <algorithm>

namespace marsad::query {

QueryCursor::QueryCursor(std::unique_ptr<exec::ExecContext> ctx, binder::BoundQuery bound,
                         exec::OperatorPtr root, std::vector<exec::OperatorPtr> exists,
                         std::uint64_t max_rows)
    : ctx_(std::move(ctx)), bound_(std::move(bound)), root_(std::move(root)),
      exists_(std::move(exists)), max_rows_(max_rows) {
  for (const exec::OperatorPtr& op : exists_) ctx_->exists_plans.push_back(op.get());
  if (bound_.kind == QueryKind::kSelect) {
    variables_ = bound_.query.select.names;
  } else if (bound_.kind == QueryKind::kConstruct || bound_.kind == QueryKind::kDescribe) {
    variables_ = {"subject", "predicate", "object", "graph"};
  }
}

bool QueryCursor::NextSolution(exec::Row* row) {
  if (!opened_) {
    opened_ = true;
    root_->Open(exec::Row(bound_.query.slot_count, exec::kNoTerm));
  }
  if (root_->Next(*row)) {
    ++solutions_;
    return true;
  }
  if (!ctx_->ok()) status_ = ctx_->status();
  return false;
}

void QueryCursor::RunAsk() {
  exec::Row row;
  boolean_ = NextSolution(&row);
}

bool QueryCursor::Next() {
  if (!status_.ok()) return false;
  if (max_rows_ > 0 && returned_ >= max_rows_) {
    exec::Row probe;
    if (bound_.kind == QueryKind::kSelect && NextSolution(&probe)) {
      status_ = Status(StatusCode::kResourceExhausted,
                       "result has more than " + std::to_string(max_rows_) + " rows (max_rows)");
    }
    return false;
  }
  bool got = false;
  switch (bound_.kind) {
    case QueryKind::kSelect: {
      exec::Row row;
      if (!NextSolution(&row)) return false;
      row_.clear();
      for (int slot : bound_.query.select.projection) {
        const Term* t = ctx_->Decode(row[slot]);
        row_.push_back(t ? *t : Term());
      }
      got = ctx_->ok();
      if (!got) status_ = ctx_->status();
      break;
    }
    case QueryKind::kConstruct:
      got = NextConstructed();
      break;
    case QueryKind::kDescribe:
      got = NextDescribed();
      break;
    default:
      return false;
  }
  if (got) ++returned_;
  return got;
}

Term QueryCursor::Instantiate(const plan::TemplateTerm& t, const exec::Row& row) {
  if (t.blank) {  // fresh per solution, as SPARQL requires for template blank nodes
    return Term::Blank(t.constant.value() + "_" + std::to_string(solutions_));
  }
  if (t.slot < 0) return t.constant;
  const Term* term = ctx_->Decode(row[t.slot]);
  return term ? *term : Term();
}

bool QueryCursor::NextConstructed() {
  exec::Row row;
  while (pending_.empty()) {
    if (!NextSolution(&row)) return false;
    for (const plan::TemplateQuad& q : bound_.construct_template) {
      std::vector<Term> quad = {Instantiate(q.s, row), Instantiate(q.p, row),
                                Instantiate(q.o, row), Term()};
      // Skip triples that would not be RDF: unbound parts, literal subjects, non-IRI verbs.
      if (quad[0].is_null() || quad[1].is_null() || quad[2].is_null() || quad[0].is_literal() ||
          !quad[1].is_iri()) {
        continue;
      }
      std::string key = quad[0].ToNTriples() + quad[1].ToNTriples() + quad[2].ToNTriples();
      if (seen_.insert(std::move(key)).second) pending_.push_back(std::move(quad));
    }
  }
  row_ = std::move(pending_.front());
  pending_.pop_front();
  return true;
}

// DESCRIBE: the triples whose subject is a described resource (constants, and every value of
// the target variables over all solutions).
bool QueryCursor::NextDescribed() {
  if (!opened_) {
    exec::Row row;
    std::vector<store::TermId> ids;
    for (const plan::TemplateTerm& t : bound_.describe_targets) {
      if (t.slot < 0) ids.push_back(ctx_->Intern(t.constant));
    }
    bool any_var = std::any_of(bound_.describe_targets.begin(), bound_.describe_targets.end(),
                               [](const plan::TemplateTerm& t) { return t.slot >= 0; });
    while (any_var && NextSolution(&row)) {
      for (const plan::TemplateTerm& t : bound_.describe_targets) {
        if (t.slot >= 0 && row[t.slot] != exec::kNoTerm) ids.push_back(row[t.slot]);
      }
    }
    opened_ = true;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    describe_queue_ = std::move(ids);
  }
  while (pending_.empty() && !describe_queue_.empty()) {
    const store::TermId id = describe_queue_.back();
    describe_queue_.pop_back();
    if (static_cast<std::uint8_t>(store::TagOf(id)) == exec::kLocalTag) continue;
    store::IdPattern pattern;
    pattern.s = id;
    auto it = ctx_->store().Scan(ctx_->snapshot(), pattern);
    if (!it.ok()) {
      status_ = it.status();
      return false;
    }
    while ((*it)->Next()) {
      const store::IdQuad q = (*it)->quad();
      std::vector<Term> quad;
      for (store::TermId part : {q.s, q.p, q.o}) {
        const Term* t = ctx_->Decode(part);
        quad.push_back(t ? *t : Term());
      }
      quad.emplace_back();
      pending_.push_back(std::move(quad));
    }
  }
  if (pending_.empty()) return false;
  row_ = std::move(pending_.front());
  pending_.pop_front();
  return true;
}

}  // namespace marsad::query
