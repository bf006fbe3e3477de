// Comparing SPARQL query results for the W3C evaluation runner: solution sequences as bags (or
// sequences, under ORDER BY) up to a renaming of blank nodes, and result sets written in the
// DAWG result-set vocabulary (rs:ResultSet, used by the SPARQL 1.0 suites' .ttl results).
#pragma once

#include <string>
#include <vector>

#include "marsad/status.h"
#include "marsad/term.h"
#include "query/results/result_reader.h"

namespace marsad::testing {

using query::results::ResultTable;

// True when `quads` hold an rs:ResultSet.
bool HoldsResultSet(const std::vector<Quad>& quads);

// Reads the rs:ResultSet in `quads`: rs:resultVariable, rs:solution / rs:binding (rs:variable,
// rs:value), rs:index (sets *ordered), rs:boolean for ASK.
Result<ResultTable> ResultSetFromRdf(const std::vector<Quad>& quads, bool* ordered);

// Empty when `actual` equals `expected`: the same bag of solutions (a solution is the set of
// its bound variables) under one bijection of blank nodes; when `ordered`, also row by row.
// Otherwise a readable account of both tables. Variable lists are not compared: an unbound
// variable and an absent one are the same solution.
std::string CompareSolutions(const ResultTable& expected, const ResultTable& actual, bool ordered);

// The table with duplicate rows removed (first occurrences kept), for lax cardinality.
ResultTable Distinct(ResultTable table);

// A table as text, one row a line, for failure messages.
std::string FormatTable(const ResultTable& table);

// CSV carries no types: the form `ReadCsvResults` gives back for each term of `table`.
ResultTable AsCsvTerms(ResultTable table);

}  // namespace marsad::testing
