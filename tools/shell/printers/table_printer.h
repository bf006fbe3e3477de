// The shell's tables for people: `table` (ASCII rules) and `box` (Unicode box drawing).
// Column widths are display widths (grapheme clusters, wide and zero-width characters), right-
// to-left values are wrapped in bidi isolates, values wider than DisplaySettings::max_width
// are cut with '…' (or, with DisplaySettings::wrap, continue on more lines of the same row
// within their column), numbers are right-aligned, and after DisplaySettings::max_rows rows the table closes with
// "… N more rows". Implements the result-writer interface the W3C formats use, so the shell
// drives every output mode the same way.
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "query/results/result_writer.h"
#include "tools/shell/printers/cell_format.h"
#include "tools/shell/shell_state.h"

namespace marsad::shell {

enum class TableStyle { kAscii, kBox };

class TablePrinter : public query::results::ResultWriter {
 public:
  // `out` and `prefixes` must outlive the printer.
  TablePrinter(std::ostream& out, TableStyle style, const DisplaySettings& settings,
               const PrefixList& prefixes);

  void Begin(std::span<const std::string> variables) override;
  void Row(std::span<const Term> row) override;
  void Boolean(bool value) override;
  // Prints the buffered table, the "… N more rows" line and the row count.
  void End() override;

 private:
  struct Cell {
    // Flattened, transliterated, then truncated (one line) or wrapped (one or more lines);
    // without isolates.
    std::vector<std::string> lines;
    std::size_t width = 0;  // of the widest line
    bool right_aligned = false;
  };
  enum class RuleKind { kTop, kMiddle, kBottom };

  Cell MakeCell(std::string text, bool right_aligned) const;
  void PrintRule(RuleKind kind) const;
  void PrintLine(const std::vector<Cell>& cells) const;

  std::ostream& out_;
  TableStyle style_;
  DisplaySettings settings_;
  const PrefixList& prefixes_;
  std::vector<Cell> header_;
  std::vector<std::vector<Cell>> rows_;
  std::vector<std::size_t> widths_;
  std::size_t total_rows_ = 0;
  bool boolean_only_ = false;  // an ASK answer: End() prints no table
};

}  // namespace marsad::shell
