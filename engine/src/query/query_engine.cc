#include "query/query_engine.h"

#include <cctype>
#include <chrono>
#include <sstream>

#include "base/status_macros.h"
#include "query/binder/binder.h"
#include "query/plan/planner.h"
#include "query/query_cursor.h"
#include "query/statement_cache.h"
#include "query/table_result.h"
#include "query/update/run_update.h"
#include "text/collation.h"

namespace marsad::query {
namespace {

thread_local PhaseTimes last_phase_times;

// Milliseconds since `*mark`, and moves the mark to now.
double Lap(std::chrono::steady_clock::time_point* mark) {
  const auto now = std::chrono::steady_clock::now();
  const double ms = std::chrono::duration<double, std::milli>(now - *mark).count();
  *mark = now;
  return ms;
}

std::unique_ptr<exec::ExecContext> MakeContext(store::Store& store, const QueryOptions& options,
                                               const CancelToken* cancel) {
  auto ctx = std::make_unique<exec::ExecContext>(&store, store.GetSnapshot());
  ctx->SetLimits(cancel, options.timeout_ms);
  ctx->SetMemoryBudget(options.max_memory_bytes);
  ctx->collate = [](std::string_view lang, std::string_view a,
                    std::string_view b) -> std::optional<int> {
    Result<int> c = text::Collate(lang, a, b);
    if (!c.ok()) return std::nullopt;  // an unknown language tag: fall back to code points
    return *c;
  };
  return ctx;
}

// Operators print variables as slot numbers ("?3"); EXPLAIN shows their names.
std::string NameSlots(const std::string& text, const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool slot_ref = text[i] == '?' && i + 1 < text.size() &&
                          std::isdigit(static_cast<unsigned char>(text[i + 1]));
    if (!slot_ref) {
      out += text[i];
      continue;
    }
    std::size_t j = i + 1;
    std::size_t slot = 0;
    while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) {
      slot = slot * 10 + static_cast<std::size_t>(text[j++] - '0');
    }
    if (slot >= names.size()) {
      out += text.substr(i, j - i);
    } else if (names[slot].starts_with(" ")) {
      out += "?_" + std::to_string(slot);  // a hidden variable (blank node, aggregate, path)
    } else {
      out += "?" + names[slot];
    }
    i = j - 1;
  }
  return out;
}

std::unique_ptr<QueryResult> ExplainResult(const exec::Operator& root, bool analyze,
                                           const std::vector<exec::OperatorPtr>& exists,
                                           const std::vector<std::string>& names) {
  std::string text = exec::ExplainTree(root, analyze);
  for (std::size_t i = 0; i < exists.size(); ++i) {
    text += "EXISTS#" + std::to_string(i) + ":\n" + exec::ExplainTree(*exists[i], analyze);
  }
  text = NameSlots(text, names);
  std::vector<std::vector<Term>> rows;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) rows.push_back({Term::Literal(line)});
  return std::make_unique<TableResult>(QueryKind::kSelect, std::vector<std::string>{"plan"},
                                       std::move(rows));
}

}  // namespace

PhaseTimes LastPhaseTimes() { return last_phase_times; }

Result<std::unique_ptr<QueryResult>> RunQuery(store::Store& store, std::string_view text,
                                              const QueryOptions& options,
                                              const CancelToken* cancel) {
  PhaseTimes& times = last_phase_times;
  times = PhaseTimes{};
  auto mark = std::chrono::steady_clock::now();
  // The AST is shared with the statement cache and other threads: everything below reads it
  // through const references only.
  Result<std::shared_ptr<const ast::Request>> parsed = ProcessStatementCache().Parse(text);
  times.parse_ms = Lap(&mark);
  MARSAD_ASSIGN_OR_RETURN(const std::shared_ptr<const ast::Request> parsed_request,
                          std::move(parsed));
  const ast::Request& request = *parsed_request;
  if (const auto* update = std::get_if<ast::Update>(&request.body)) {
    Result<update::UpdateCounts> counts = update::RunUpdate(store, *update, options, cancel);
    times.execute_ms = Lap(&mark);
    MARSAD_RETURN_IF_ERROR(counts.status());
    std::vector<std::vector<Term>> rows = {
        {Term::Integer(static_cast<std::int64_t>(counts->inserted)),
         Term::Integer(static_cast<std::int64_t>(counts->deleted))}};
    return std::unique_ptr<QueryResult>(std::make_unique<TableResult>(
        QueryKind::kUpdate, std::vector<std::string>{"inserted", "deleted"}, std::move(rows)));
  }
  std::unique_ptr<exec::ExecContext> ctx = MakeContext(store, options, cancel);
  ctx->analyze = request.explain == ast::ExplainMode::kExplainAnalyze;
  binder::Binder binder(ctx.get());
  MARSAD_ASSIGN_OR_RETURN(binder::BoundQuery bound,
                          binder.BindQuery(std::get<ast::Query>(request.body)));
  plan::Planner planner(ctx.get(), bound.query.slot_count);
  exec::OperatorPtr root = planner.PlanSelect(bound.query.select);
  std::vector<exec::OperatorPtr> exists;
  for (const plan::LGroup& g : bound.query.exists) exists.push_back(planner.PlanGroup(g, {}));
  const QueryKind kind = bound.kind;
  auto cursor = std::make_unique<QueryCursor>(std::move(ctx), std::move(bound), std::move(root),
                                              std::move(exists), options.max_rows);
  times.plan_ms = Lap(&mark);
  if (request.explain != ast::ExplainMode::kNone) {
    const bool analyze = request.explain == ast::ExplainMode::kExplainAnalyze;
    if (analyze) {
      if (kind == QueryKind::kAsk) {
        cursor->RunAsk();
      } else {
        while (cursor->Next()) {
        }
      }
      times.execute_ms = Lap(&mark);
      MARSAD_RETURN_IF_ERROR(cursor->status());
    }
    return ExplainResult(cursor->root(), analyze, cursor->exists(), cursor->slot_names());
  }
  if (kind == QueryKind::kAsk) {
    cursor->RunAsk();
    times.execute_ms = Lap(&mark);
    MARSAD_RETURN_IF_ERROR(cursor->status());
  }
  return std::unique_ptr<QueryResult>(std::move(cursor));
}

}  // namespace marsad::query
