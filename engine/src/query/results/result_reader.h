// Readers for expected-result files (.srj, .srx, .tsv, .csv), used by the W3C conformance
// runner and the query tests to compare results as tables of terms.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/status.h"
#include "marsad/term.h"

namespace marsad::query::results {

struct ResultTable {
  std::vector<std::string> variables;
  std::vector<std::vector<Term>> rows;  // one term per variable; null Term = unbound
  std::optional<bool> boolean;          // ASK results
};

Result<ResultTable> ReadJsonResults(std::string_view text);
Result<ResultTable> ReadXmlResults(std::string_view text);
Result<ResultTable> ReadTsvResults(std::string_view text);
// CSV carries no types: IRIs are recognised by a scheme ("http:", "mailto:"...), "_:x" is a
// blank node, everything else a plain literal.
Result<ResultTable> ReadCsvResults(std::string_view text);

// One term in N-Triples / Turtle syntax: <iri>, _:b, "lex", "lex"@lang, "lex"^^<dt>, and the
// Turtle shorthands 12, 1.5, 1e3, true, false. Sets *consumed to the bytes used.
Result<Term> ParseTermText(std::string_view text, std::size_t* consumed);

}  // namespace marsad::query::results
