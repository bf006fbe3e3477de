// Serializers for query results: the W3C SPARQL 1.1 formats (JSON, XML, CSV, TSV), a plain
// text table, and N-Triples / Turtle for CONSTRUCT and DESCRIBE.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/options.h"
#include "marsad/query_result.h"
#include "marsad/status.h"

namespace marsad::query::results {

enum class ResultFormat : std::uint8_t { kJson, kXml, kCsv, kTsv, kTable };

// "json", "xml", "csv", "tsv", "table"; false when unknown.
bool ResultFormatFromName(std::string_view name, ResultFormat* format);

// A streaming writer for solution sequences and booleans.
class ResultWriter {
 public:
  virtual ~ResultWriter() = default;
  virtual void Begin(std::span<const std::string> variables) = 0;
  // One term per variable; a null Term is unbound.
  virtual void Row(std::span<const Term> row) = 0;
  virtual void Boolean(bool value) = 0;  // instead of Begin/Row for ASK
  virtual void End() = 0;
};

std::unique_ptr<ResultWriter> MakeResultWriter(std::ostream& out, ResultFormat format);

// Drains `result` into `out`: SELECT / ASK / update counts in `format`; CONSTRUCT and
// DESCRIBE as `graph_format` (N-Triples or Turtle) through io::MakeRdfWriter. Returns the
// result's status (rows written before an error stay written).
Status WriteResult(QueryResult& result, ResultFormat format, RdfFormat graph_format,
                   std::ostream& out);

// Helpers shared by the writers.
std::string JsonEscape(std::string_view s);
std::string XmlEscape(std::string_view s);

}  // namespace marsad::query::results
