// text/csv and text/tab-separated-values (W3C SPARQL 1.1 Query Results CSV and TSV Formats).
// CSV loses types (values only, RFC 4180 quoting, CRLF line ends); TSV keeps them (terms in
// N-Triples syntax, variables written with '?').
#include <ostream>

#include "query/results/result_writer.h"

namespace marsad::query::results {
namespace {

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

class DelimitedWriter : public ResultWriter {
 public:
  DelimitedWriter(std::ostream& out, bool tsv) : out_(out), tsv_(tsv) {}

  void Begin(std::span<const std::string> variables) override {
    for (std::size_t i = 0; i < variables.size(); ++i) {
      if (i) out_ << (tsv_ ? '\t' : ',');
      out_ << (tsv_ ? "?" + variables[i] : CsvField(variables[i]));
    }
    out_ << (tsv_ ? "\n" : "\r\n");
  }

  void Row(std::span<const Term> row) override {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out_ << (tsv_ ? '\t' : ',');
      const Term& t = row[i];
      if (t.is_null()) continue;
      if (tsv_) {
        out_ << t.ToNTriples();
      } else {
        out_ << CsvField(t.is_blank() ? "_:" + t.value() : t.value());
      }
    }
    out_ << (tsv_ ? "\n" : "\r\n");
  }

  void Boolean(bool value) override {
    // Neither format defines booleans; write the value under a header, like common stores.
    out_ << (tsv_ ? "?boolean\n" : "boolean\r\n") << (value ? "true" : "false")
         << (tsv_ ? "\n" : "\r\n");
  }

  void End() override { out_.flush(); }

 private:
  std::ostream& out_;
  bool tsv_;
};

}  // namespace

std::unique_ptr<ResultWriter> MakeDelimitedWriter(std::ostream& out, bool tsv) {
  return std::make_unique<DelimitedWriter>(out, tsv);
}

}  // namespace marsad::query::results
