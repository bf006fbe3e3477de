// A plain text table for people: columns padded to their widest cell. Widths count code
// points (the shell may substitute display widths for Arabic). Buffers all rows to size the
// columns.
#include <algorithm>
#include <ostream>

#include "query/results/result_writer.h"

namespace marsad::query::results {
namespace {

std::size_t Width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Compact cell text: <iri>, _:b, the lexical form of strings and numbers, lex@lang, and
// "lex"^^<datatype> for other types.
std::string Cell(const Term& t) {
  if (t.is_null()) return "";
  if (t.is_iri()) return "<" + t.value() + ">";
  if (t.is_blank()) return "_:" + t.value();
  if (!t.language().empty()) return t.value() + "@" + t.language();
  const std::string& dt = t.datatype();
  if (dt == xsd::kString || dt == xsd::kInteger || dt == xsd::kDecimal || dt == xsd::kDouble ||
      dt == xsd::kBoolean) {
    return t.value();
  }
  return "\"" + t.value() + "\"^^<" + dt + ">";
}

class TableWriter : public ResultWriter {
 public:
  explicit TableWriter(std::ostream& out) : out_(out) {}

  void Begin(std::span<const std::string> variables) override {
    header_.assign(variables.begin(), variables.end());
  }
  void Row(std::span<const Term> row) override {
    std::vector<std::string> cells;
    for (const Term& t : row) cells.push_back(Cell(t));
    rows_.push_back(std::move(cells));
  }
  void Boolean(bool value) override { out_ << (value ? "true" : "false") << '\n'; }

  void End() override {
    if (header_.empty()) return out_.flush(), void();
    std::vector<std::size_t> widths;
    for (const std::string& h : header_) widths.push_back(Width(h));
    for (const auto& r : rows_) {
      for (std::size_t i = 0; i < r.size() && i < widths.size(); ++i) {
        widths[i] = std::max(widths[i], Width(r[i]));
      }
    }
    Rule(widths);
    Line(header_, widths);
    Rule(widths);
    for (const auto& r : rows_) Line(r, widths);
    Rule(widths);
    out_ << rows_.size() << (rows_.size() == 1 ? " row\n" : " rows\n");
    out_.flush();
  }

 private:
  void Rule(const std::vector<std::size_t>& widths) {
    for (std::size_t w : widths) out_ << '+' << std::string(w + 2, '-');
    out_ << "+\n";
  }
  void Line(const std::vector<std::string>& cells, const std::vector<std::size_t>& widths) {
    for (std::size_t i = 0; i < widths.size(); ++i) {
      const std::string& c = i < cells.size() ? cells[i] : std::string();
      out_ << "| " << c << std::string(widths[i] - Width(c) + 1, ' ');
    }
    out_ << "|\n";
  }

  std::ostream& out_;
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace

std::unique_ptr<ResultWriter> MakeTableWriter(std::ostream& out) {
  return std::make_unique<TableWriter>(out);
}

}  // namespace marsad::query::results
