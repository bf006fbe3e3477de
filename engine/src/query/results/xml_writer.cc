// application/sparql-results+xml (W3C SPARQL Query Results XML Format).
#include <ostream>

#include "query/results/result_writer.h"

namespace marsad::query::results {
namespace {

class XmlWriter : public ResultWriter {
 public:
  explicit XmlWriter(std::ostream& out) : out_(out) {}

  void Begin(std::span<const std::string> variables) override {
    vars_.assign(variables.begin(), variables.end());
    Header();
    out_ << "  <head>\n";
    for (const std::string& v : vars_) out_ << "    <variable name=\"" << XmlEscape(v) << "\"/>\n";
    out_ << "  </head>\n  <results>\n";
  }

  void Row(std::span<const Term> row) override {
    out_ << "    <result>\n";
    for (std::size_t i = 0; i < row.size() && i < vars_.size(); ++i) {
      const Term& t = row[i];
      if (t.is_null()) continue;
      out_ << "      <binding name=\"" << XmlEscape(vars_[i]) << "\">";
      if (t.is_iri()) {
        out_ << "<uri>" << XmlEscape(t.value()) << "</uri>";
      } else if (t.is_blank()) {
        out_ << "<bnode>" << XmlEscape(t.value()) << "</bnode>";
      } else if (!t.language().empty()) {
        out_ << "<literal xml:lang=\"" << XmlEscape(t.language()) << "\">"
             << XmlEscape(t.value()) << "</literal>";
      } else if (t.datatype() != xsd::kString) {
        out_ << "<literal datatype=\"" << XmlEscape(t.datatype()) << "\">"
             << XmlEscape(t.value()) << "</literal>";
      } else {
        out_ << "<literal>" << XmlEscape(t.value()) << "</literal>";
      }
      out_ << "</binding>\n";
    }
    out_ << "    </result>\n";
  }

  void Boolean(bool value) override {
    Header();
    out_ << "  <head/>\n  <boolean>" << (value ? "true" : "false") << "</boolean>\n";
    boolean_ = true;
  }

  void End() override {
    if (!boolean_) out_ << "  </results>\n";
    out_ << "</sparql>\n";
    out_.flush();
  }

 private:
  void Header() {
    out_ << "<?xml version=\"1.0\"?>\n"
         << "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n";
  }

  std::ostream& out_;
  std::vector<std::string> vars_;
  bool boolean_ = false;
};

}  // namespace

std::unique_ptr<ResultWriter> MakeXmlWriter(std::ostream& out) {
  return std::make_unique<XmlWriter>(out);
}

}  // namespace marsad::query::results
