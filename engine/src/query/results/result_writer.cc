#include "query/results/result_writer.h"

#include <cstdio>
#include <ostream>

#include "io/rdf_writer.h"

namespace marsad::query::results {

std::unique_ptr<ResultWriter> MakeJsonWriter(std::ostream& out);       // json_writer.cc
std::unique_ptr<ResultWriter> MakeXmlWriter(std::ostream& out);        // xml_writer.cc
std::unique_ptr<ResultWriter> MakeDelimitedWriter(std::ostream& out, bool tsv);
std::unique_ptr<ResultWriter> MakeTableWriter(std::ostream& out);      // table_writer.cc

bool ResultFormatFromName(std::string_view name, ResultFormat* format) {
  static constexpr std::pair<std::string_view, ResultFormat> kNames[] = {
      {"json", ResultFormat::kJson}, {"xml", ResultFormat::kXml}, {"csv", ResultFormat::kCsv},
      {"tsv", ResultFormat::kTsv},   {"table", ResultFormat::kTable}};
  for (const auto& [n, f] : kNames) {
    if (n == name) {
      *format = f;
      return true;
    }
  }
  return false;
}

std::unique_ptr<ResultWriter> MakeResultWriter(std::ostream& out, ResultFormat format) {
  switch (format) {
    case ResultFormat::kJson: return MakeJsonWriter(out);
    case ResultFormat::kXml: return MakeXmlWriter(out);
    case ResultFormat::kCsv: return MakeDelimitedWriter(out, false);
    case ResultFormat::kTsv: return MakeDelimitedWriter(out, true);
    case ResultFormat::kTable: return MakeTableWriter(out);
  }
  return MakeTableWriter(out);
}

Status WriteResult(QueryResult& result, ResultFormat format, RdfFormat graph_format,
                   std::ostream& out) {
  if (result.kind() == QueryKind::kConstruct || result.kind() == QueryKind::kDescribe) {
    std::unique_ptr<io::RdfWriter> writer = io::MakeRdfWriter(out, graph_format);
    while (result.Next()) {
      std::span<const Term> r = result.row();
      Status s = writer->Write(Quad{r[0], r[1], r[2], r.size() > 3 ? r[3] : Term()});
      if (!s.ok()) return s;
    }
    Status finished = writer->Finish();
    if (!result.status().ok()) return result.status();
    return finished;
  }
  std::unique_ptr<ResultWriter> writer = MakeResultWriter(out, format);
  if (result.kind() == QueryKind::kAsk) {
    if (!result.status().ok()) return result.status();
    writer->Boolean(result.boolean());
    writer->End();
    return Status::Ok();
  }
  writer->Begin(result.variables());
  while (result.Next()) writer->Row(result.row());
  writer->End();
  return result.status();
}

std::string JsonEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string XmlEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace marsad::query::results
