// application/sparql-results+json (W3C SPARQL 1.1 Query Results JSON Format).
#include <ostream>

#include "query/results/result_writer.h"

namespace marsad::query::results {
namespace {

class JsonWriter : public ResultWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}

  void Begin(std::span<const std::string> variables) override {
    vars_.assign(variables.begin(), variables.end());
    out_ << "{\n  \"head\": { \"vars\": [";
    for (std::size_t i = 0; i < vars_.size(); ++i) {
      out_ << (i ? ", " : " ") << '"' << JsonEscape(vars_[i]) << '"';
    }
    out_ << " ] },\n  \"results\": { \"bindings\": [";
  }

  void Row(std::span<const Term> row) override {
    out_ << (first_ ? "\n" : ",\n") << "    {";
    first_ = false;
    bool first_cell = true;
    for (std::size_t i = 0; i < row.size() && i < vars_.size(); ++i) {
      if (row[i].is_null()) continue;
      out_ << (first_cell ? " " : ", ") << '"' << JsonEscape(vars_[i]) << "\": ";
      first_cell = false;
      WriteTerm(row[i]);
    }
    out_ << " }";
  }

  void Boolean(bool value) override {
    out_ << "{\n  \"head\": {},\n  \"boolean\": " << (value ? "true" : "false");
    boolean_ = true;
  }

  void End() override {
    if (boolean_) {
      out_ << "\n}\n";
    } else {
      out_ << (first_ ? "" : "\n  ") << "] }\n}\n";
    }
    out_.flush();
  }

 private:
  void WriteTerm(const Term& t) {
    if (t.is_iri()) {
      out_ << "{ \"type\": \"uri\", \"value\": \"" << JsonEscape(t.value()) << "\" }";
    } else if (t.is_blank()) {
      out_ << "{ \"type\": \"bnode\", \"value\": \"" << JsonEscape(t.value()) << "\" }";
    } else {
      out_ << "{ \"type\": \"literal\", \"value\": \"" << JsonEscape(t.value()) << '"';
      if (!t.language().empty()) {
        out_ << ", \"xml:lang\": \"" << JsonEscape(t.language()) << '"';
      } else if (t.datatype() != xsd::kString) {
        out_ << ", \"datatype\": \"" << JsonEscape(t.datatype()) << '"';
      }
      out_ << " }";
    }
  }

  std::ostream& out_;
  std::vector<std::string> vars_;
  bool first_ = true;
  bool boolean_ = false;
};

}  // namespace

std::unique_ptr<ResultWriter> MakeJsonWriter(std::ostream& out) {
  return std::make_unique<JsonWriter>(out);
}

}  // namespace marsad::query::results
