#include "tools/shell/printers/table_printer.h"

#include <algorithm>

#include "text/display_width.h"
#include "tools/shell/printers/bidi.h"

namespace marsad::shell {
namespace {

// The pieces one style draws rules with: left, fill, junction, right for each rule kind,
// and the vertical bar.
struct RuleGlyphs {
  const char* left;
  const char* fill;
  const char* junction;
  const char* right;
};

constexpr RuleGlyphs kAsciiRule = {"+", "-", "+", "+"};
constexpr RuleGlyphs kBoxTop = {"\u250C", "\u2500", "\u252C", "\u2510"};
constexpr RuleGlyphs kBoxMiddle = {"\u251C", "\u2500", "\u253C", "\u2524"};
constexpr RuleGlyphs kBoxBottom = {"\u2514", "\u2500", "\u2534", "\u2518"};

std::string Plural(std::size_t n, const char* noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

}  // namespace

TablePrinter::TablePrinter(std::ostream& out, TableStyle style, const DisplaySettings& settings,
                           const PrefixList& prefixes)
    : out_(out), style_(style), settings_(settings), prefixes_(prefixes) {}

TablePrinter::Cell TablePrinter::MakeCell(std::string text, bool right_aligned) const {
  Cell cell;
  text = FlattenControls(text);
  if (settings_.translit) text = WithTransliteration(text);
  if (settings_.wrap) {
    cell.lines = WrapToWidth(text, settings_.max_width);
  } else {
    cell.lines.push_back(TruncateToWidth(text, settings_.max_width));
  }
  for (const std::string& line : cell.lines) {
    cell.width = std::max(cell.width, text::DisplayWidth(line));
  }
  cell.right_aligned = right_aligned;
  return cell;
}

void TablePrinter::Begin(std::span<const std::string> variables) {
  header_.clear();
  for (const std::string& name : variables) header_.push_back(MakeCell(name, false));
  widths_.assign(header_.size(), 0);
  if (settings_.headers) {
    for (std::size_t i = 0; i < header_.size(); ++i) widths_[i] = header_[i].width;
  }
}

void TablePrinter::Row(std::span<const Term> row) {
  ++total_rows_;
  if (settings_.max_rows != 0 && rows_.size() >= settings_.max_rows) return;
  std::vector<Cell> cells;
  for (std::size_t i = 0; i < row.size() && i < widths_.size(); ++i) {
    cells.push_back(MakeCell(CellText(row[i], prefixes_), IsNumericLiteral(row[i])));
    widths_[i] = std::max(widths_[i], cells.back().width);
  }
  rows_.push_back(std::move(cells));
}

void TablePrinter::Boolean(bool value) {
  boolean_only_ = true;
  out_ << (value ? "true" : "false") << '\n';
}

void TablePrinter::PrintRule(RuleKind kind) const {
  const RuleGlyphs& g = style_ == TableStyle::kAscii ? kAsciiRule
                        : kind == RuleKind::kTop     ? kBoxTop
                        : kind == RuleKind::kMiddle  ? kBoxMiddle
                                                     : kBoxBottom;
  out_ << g.left;
  for (std::size_t i = 0; i < widths_.size(); ++i) {
    if (i > 0) out_ << g.junction;
    for (std::size_t k = 0; k < widths_[i] + 2; ++k) out_ << g.fill;
  }
  out_ << g.right << '\n';
}

void TablePrinter::PrintLine(const std::vector<Cell>& cells) const {
  const char* bar = style_ == TableStyle::kAscii ? "|" : "\u2502";
  std::size_t height = 1;
  for (const Cell& cell : cells) height = std::max(height, cell.lines.size());
  // A wrapped cell continues on the next lines of the row; the others are blank there.
  for (std::size_t k = 0; k < height; ++k) {
    for (std::size_t i = 0; i < widths_.size(); ++i) {
      const bool has_line = i < cells.size() && k < cells[i].lines.size();
      const std::string_view line = has_line ? std::string_view(cells[i].lines[k]) : "";
      const std::size_t width = text::DisplayWidth(line);
      const std::string pad(widths_[i] - std::min(widths_[i], width), ' ');
      const bool right = has_line && cells[i].right_aligned;
      out_ << bar << ' ';
      if (right) out_ << pad;
      out_ << IsolateIfRightToLeft(line);
      if (!right) out_ << pad;
      out_ << ' ';
    }
    out_ << bar << '\n';
  }
}

void TablePrinter::End() {
  if (boolean_only_) {
    out_.flush();
    return;
  }
  if (!header_.empty()) {
    PrintRule(RuleKind::kTop);
    if (settings_.headers) {
      PrintLine(header_);
      PrintRule(RuleKind::kMiddle);
    }
    for (const auto& row : rows_) PrintLine(row);
    PrintRule(RuleKind::kBottom);
  }
  if (total_rows_ > rows_.size()) {
    out_ << "\xE2\x80\xA6 " << Plural(total_rows_ - rows_.size(), "more row") << '\n';
  }
  out_ << Plural(total_rows_, "row") << '\n';
  out_.flush();
}

}  // namespace marsad::shell
