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
    decode_slots_ = bound_.query.select.projection;
  } else if (bound_.kind == QueryKind::kConstruct || bound_.kind == QueryKind::kDescribe) {
    variables_ = {"subject", "predicate", "object", "graph"};
    for (const plan::TemplateQuad& q : bound_.construct_template) {
      for (const plan::TemplateTerm* t : {&q.s, &q.p, &q.o}) {
        if (t->slot >= 0 && !t->blank) decode_slots_.push_back(t->slot);
      }
    }
  }
  std::sort(decode_slots_.begin(), decode_slots_.end());
  decode_slots_.erase(std::unique(decode_slots_.begin(), decode_slots_.end()),
                      decode_slots_.end());
  if (bound_.kind == QueryKind::kSelect) {
    for (int slot : bound_.query.select.projection) {
      projection_index_.push_back(static_cast<std::size_t>(
          std::lower_bound(decode_slots_.begin(), decode_slots_.end(), slot) -
          decode_slots_.begin()));
    }
  }
}

bool QueryCursor::NextSolution(exec::Row* row) {
  if (exhausted_) return false;
  if (!opened_) {
    opened_ = true;
    root_->Open(exec::Row(bound_.query.slot_count, exec::kNoTerm));
  }
  if (root_->Next(*row) && ctx_->ok()) {
    ++solutions_;
    return true;
  }
  exhausted_ = true;
  if (!ctx_->ok()) status_ = ctx_->status();
  return false;
}

// Pulls up to batch_target_ solutions (never more than max_rows + 1 in all for SELECT: the
// extra one only tells Next that the limit is exceeded), then decodes them together.
bool QueryCursor::FillBatch() {
  batch_rows_ = 0;
  batch_next_ = 0;
  if (exhausted_) return false;
  if (!opened_) {
    opened_ = true;
    root_->Open(exec::Row(bound_.query.slot_count, exec::kNoTerm));
  }
  std::size_t limit = std::min(batch_target_,
                               std::max<std::size_t>(1, kMaxBatchIds / std::max<std::size_t>(
                                                                          1, decode_slots_.size())));
  if (max_rows_ > 0 && bound_.kind == QueryKind::kSelect) {
    limit = std::min<std::uint64_t>(limit, std::max<std::uint64_t>(1, max_rows_ + 1 - solutions_));
  }
  batch_target_ = std::min(batch_target_ * 2, kMaxBatchRows);
  if (batch_.size() < limit) batch_.resize(limit);
  batch_first_ = solutions_ + 1;
  while (batch_rows_ < limit) {
    exec::Row& row = batch_[batch_rows_];
    row.clear();  // operators fill a whole row; reusing its capacity saves an allocation
    if (!root_->Next(row) || !ctx_->ok()) {
      exhausted_ = true;
      end_status_ = ctx_->status();
      break;
    }
    ++batch_rows_;
    ++solutions_;
  }
  batch_ids_.clear();
  for (std::size_t r = 0; r < batch_rows_; ++r) {
    for (int slot : decode_slots_) batch_ids_.push_back(batch_[r][slot]);
  }
  if (!ctx_->DecodeBatch(batch_ids_, &batch_terms_)) {
    status_ = ctx_->status();
    batch_rows_ = 0;
    return false;
  }
  return batch_rows_ > 0;
}

const exec::Row* QueryCursor::NextBatchedRow() {
  if (batch_next_ == batch_rows_ && !FillBatch()) {
    if (status_.ok()) status_ = end_status_;
    return nullptr;
  }
  return &batch_[batch_next_++];
}

void QueryCursor::RunAsk() {
  exec::Row row;
  boolean_ = NextSolution(&row);
}

void QueryCursor::ProjectRow(std::size_t r) {
  const Term* const* terms = batch_terms_.data() + r * decode_slots_.size();
  row_.resize(projection_index_.size());
  for (std::size_t i = 0; i < projection_index_.size(); ++i) {
    // Copy-assigning into the previous row's terms reuses their string buffers.
    if (const Term* t = terms[projection_index_[i]]) {
      row_[i] = *t;
    } else {
      row_[i] = Term();
    }
  }
}

bool QueryCursor::Next() {
  if (!status_.ok()) return false;
  if (max_rows_ > 0 && returned_ >= max_rows_) {
    exec::Row probe;
    if (bound_.kind == QueryKind::kSelect &&
        (batch_next_ < batch_rows_ || NextSolution(&probe))) {
      status_ = Status(StatusCode::kResourceExhausted,
                       "result has more than " + std::to_string(max_rows_) + " rows (max_rows)");
    }
    return false;
  }
  bool got = false;
  switch (bound_.kind) {
    case QueryKind::kSelect: {
      got = NextBatchedRow() != nullptr;
      if (got) ProjectRow(batch_next_ - 1);
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

Term QueryCursor::Instantiate(const plan::TemplateTerm& t, std::size_t batch_row,
                              std::uint64_t solution) const {
  if (t.blank) {  // fresh per solution, as SPARQL requires for template blank nodes
    return Term::Blank(t.constant.value() + "_" + std::to_string(solution));
  }
  if (t.slot < 0) return t.constant;
  // FillBatch decoded every non-blank template slot of the batch's rows.
  const auto column = static_cast<std::size_t>(
      std::lower_bound(decode_slots_.begin(), decode_slots_.end(), t.slot) -
      decode_slots_.begin());
  const Term* term = batch_terms_[batch_row * decode_slots_.size() + column];
  return term ? *term : Term();
}

bool QueryCursor::NextConstructed() {
  while (pending_.empty()) {
    if (NextBatchedRow() == nullptr) return false;
    const std::size_t r = batch_next_ - 1;
    const std::uint64_t solution = batch_first_ + r;
    for (const plan::TemplateQuad& q : bound_.construct_template) {
      std::vector<Term> quad = {Instantiate(q.s, r, solution), Instantiate(q.p, r, solution),
                                Instantiate(q.o, r, solution), Term()};
      if (!ctx_->ok()) {
        status_ = ctx_->status();
        return false;
      }
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
    std::vector<store::IdQuad> quads;
    batch_ids_.clear();
    while ((*it)->Next()) {
      const store::IdQuad q = (*it)->quad();
      quads.push_back(q);
      batch_ids_.insert(batch_ids_.end(), {q.s, q.p, q.o});
    }
    if (!(*it)->status().ok()) {
      status_ = (*it)->status();
      return false;
    }
    if (!ctx_->DecodeBatch(batch_ids_, &batch_terms_)) {
      status_ = ctx_->status();
      return false;
    }
    for (std::size_t k = 0; k < quads.size(); ++k) {
      std::vector<Term> quad;
      for (std::size_t part = 0; part < 3; ++part) {
        const Term* t = batch_terms_[3 * k + part];
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
