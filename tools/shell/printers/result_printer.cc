#include "tools/shell/printers/result_printer.h"

#include <optional>
#include <ostream>

#include "tools/shell/printers/table_printer.h"
#include "tools/shell/sources.h"

namespace marsad::shell {
namespace {

using query::results::ResultFormat;
using query::results::ResultWriter;

bool IsGraph(QueryKind kind) { return kind == QueryKind::kConstruct || kind == QueryKind::kDescribe; }

bool IsMachineMode(OutputMode mode) { return mode != OutputMode::kTable && mode != OutputMode::kBox; }

Status PrintUpdateCounts(QueryResult& result, ShellState& state) {
  std::string counts;
  if (result.Next()) {
    const auto& names = result.variables();
    for (std::size_t i = 0; i < names.size() && i < result.row().size(); ++i) {
      counts += (counts.empty() ? "" : ", ") + names[i] + " " + result.row()[i].value();
    }
  }
  if (!result.status().ok()) return result.status();
  state.out() << (counts.empty() ? "done" : counts) << '\n';
  return Status::Ok();
}

// Appends the first source's sentence text and article to `row` (unbound when none).
Status AppendSources(const SourceFinder& finder, std::vector<Term>* row) {
  Result<std::vector<RowSource>> sources = finder.ForRow(*row, 1);
  if (!sources.ok()) return sources.status();
  if (sources->empty()) {
    row->resize(row->size() + 2);
  } else {
    const RowSource& first = sources->front();
    row->push_back(first.text.empty() ? Term() : Term::LangLiteral(first.text, "ar"));
    row->push_back(first.article);
  }
  return Status::Ok();
}

Status PrintSolutions(QueryResult& result, ShellState& state) {
  std::unique_ptr<ResultWriter> writer = MakeModeWriter(state);
  std::vector<std::string> variables = result.variables();
  const bool with_sources = state.sources && state.db() != nullptr;
  if (with_sources) {
    variables.push_back("sentence");
    variables.push_back("article");
  }
  writer->Begin(variables);
  std::optional<SourceFinder> finder;
  if (with_sources) finder.emplace(*state.db());
  // Rows past the table's display limit are only counted, so their sources are not looked up.
  const std::size_t shown = IsMachineMode(state.display.mode) ? 0 : state.display.max_rows;
  std::size_t index = 0;
  std::vector<Term> row;
  while (!state.cancel().cancelled() && result.Next()) {
    row.assign(result.row().begin(), result.row().end());
    if (finder && (shown == 0 || index < shown)) {
      if (Status s = AppendSources(*finder, &row); !s.ok()) {
        writer->End();
        return s;
      }
    }
    writer->Row(row);
    ++index;
  }
  writer->End();
  if (state.cancel().cancelled()) return Status(StatusCode::kCancelled, "interrupted");
  return result.status();
}

}  // namespace

std::unique_ptr<ResultWriter> MakeModeWriter(ShellState& state) {
  switch (state.display.mode) {
    case OutputMode::kTable:
      return std::make_unique<TablePrinter>(state.out(), TableStyle::kAscii, state.display,
                                            state.prefixes.all());
    case OutputMode::kBox:
      return std::make_unique<TablePrinter>(state.out(), TableStyle::kBox, state.display,
                                            state.prefixes.all());
    case OutputMode::kJson:
      return query::results::MakeResultWriter(state.out(), ResultFormat::kJson);
    case OutputMode::kCsv:
      return query::results::MakeResultWriter(state.out(), ResultFormat::kCsv);
    case OutputMode::kTsv:
    case OutputMode::kNTriples:
    case OutputMode::kTurtle:
      return query::results::MakeResultWriter(state.out(), ResultFormat::kTsv);
  }
  return query::results::MakeResultWriter(state.out(), ResultFormat::kTsv);
}

Status PrintResult(QueryResult& result, ShellState& state) {
  const OutputMode mode = state.display.mode;
  if (result.kind() == QueryKind::kUpdate) return PrintUpdateCounts(result, state);
  if (result.kind() == QueryKind::kAsk) {
    if (!result.status().ok()) return result.status();
    std::unique_ptr<ResultWriter> writer = MakeModeWriter(state);
    writer->Boolean(result.boolean());
    writer->End();
    return Status::Ok();
  }
  if (IsGraph(result.kind()) && (mode == OutputMode::kNTriples || mode == OutputMode::kTurtle)) {
    const RdfFormat format = mode == OutputMode::kTurtle ? RdfFormat::kTurtle : RdfFormat::kNTriples;
    return query::results::WriteResult(result, ResultFormat::kTsv, format, state.out());
  }
  return PrintSolutions(result, state);
}

void PrintRows(ShellState& state, const std::vector<std::string>& variables,
               const std::vector<std::vector<Term>>& rows) {
  std::unique_ptr<ResultWriter> writer = MakeModeWriter(state);
  writer->Begin(variables);
  for (const auto& row : rows) writer->Row(row);
  writer->End();
}

}  // namespace marsad::shell
