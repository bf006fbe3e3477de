#include "solution_compare.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>

#include "graph_isomorphism.h"

namespace marsad::testing {

namespace {

constexpr std::string_view kRs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";
constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
// Predicates of the graph that encodes a table for the isomorphism check.
constexpr std::string_view kRowClass = "urn:marsad:test:Row";
constexpr std::string_view kIndex = "urn:marsad:test:index";
constexpr std::string_view kVariable = "urn:marsad:test:var:";

std::string Rs(const char* local) { return std::string(kRs) + local; }

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

// Numeric literals compare by value within their datatype: the suites write "6" where the
// canonical xsd:decimal form is "6.0" and the xsd:double one "6.0E0". Other terms as they are.
Term Canonical(const Term& term) {
  if (!term.is_literal() || term.datatype().compare(0, kXsd.size(), kXsd) != 0) return term;
  const std::string type = term.datatype().substr(kXsd.size());
  if (type != "integer" && type != "decimal" && type != "double" && type != "float") return term;
  char* end = nullptr;
  const long double value = std::strtold(term.value().c_str(), &end);
  if (end == term.value().c_str() || *end != '\0') return term;
  char text[64];
  std::snprintf(text, sizeof text, "%.17Lg", value);
  return Term::Typed(text, term.datatype());
}

// The table as a graph: one blank node per row, typed kRowClass, with one edge per bound
// variable (and its position, when order matters). Value blank nodes keep their labels with a
// prefix, so that a bijection of the graphs' blank nodes is one of the tables' blank nodes.
std::vector<Quad> Encode(const ResultTable& table, bool ordered) {
  std::vector<Quad> quads;
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    const Term row = Term::Blank("row" + std::to_string(i));
    quads.push_back(Quad{row, Term::Iri(std::string(kRdfType)), Term::Iri(std::string(kRowClass)),
                         Term()});
    if (ordered) {
      quads.push_back(Quad{row, Term::Iri(std::string(kIndex)),
                           Term::Integer(static_cast<std::int64_t>(i)), Term()});
    }
    const auto& values = table.rows[i];
    for (std::size_t v = 0; v < values.size() && v < table.variables.size(); ++v) {
      if (values[v].is_null()) continue;
      const Term value =
          values[v].is_blank() ? Term::Blank("v" + values[v].value()) : Canonical(values[v]);
      quads.push_back(
          Quad{row, Term::Iri(std::string(kVariable) + table.variables[v]), value, Term()});
    }
  }
  return quads;
}

}  // namespace

bool HoldsResultSet(const std::vector<Quad>& quads) {
  return std::any_of(quads.begin(), quads.end(), [](const Quad& q) {
    return q.predicate.value() == kRdfType && q.object.value() == Rs("ResultSet");
  });
}

Result<ResultTable> ResultSetFromRdf(const std::vector<Quad>& quads, bool* ordered) {
  std::map<Term, std::multimap<std::string, Term>> graph;
  for (const Quad& q : quads) graph[q.subject].emplace(q.predicate.value(), q.object);
  auto all = [&](const Term& s, const std::string& p) {
    std::vector<Term> out;
    const auto node = graph.find(s);
    if (node == graph.end()) return out;
    const auto [b, e] = node->second.equal_range(p);
    for (auto it = b; it != e; ++it) out.push_back(it->second);
    return out;
  };
  const auto set = std::find_if(quads.begin(), quads.end(), [](const Quad& q) {
    return q.predicate.value() == kRdfType && q.object.value() == Rs("ResultSet");
  });
  if (set == quads.end()) return Status(StatusCode::kNotFound, "no rs:ResultSet");
  ResultTable table;
  *ordered = false;
  for (const Term& b : all(set->subject, Rs("boolean"))) table.boolean = b.value() == "true";
  for (const Term& v : all(set->subject, Rs("resultVariable"))) table.variables.push_back(v.value());
  std::vector<std::pair<std::int64_t, std::vector<Term>>> rows;
  for (const Term& solution : all(set->subject, Rs("solution"))) {
    std::vector<Term> row(table.variables.size());
    for (const Term& binding : all(solution, Rs("binding"))) {
      const std::vector<Term> var = all(binding, Rs("variable"));
      const std::vector<Term> value = all(binding, Rs("value"));
      if (var.empty() || value.empty()) continue;
      auto it = std::find(table.variables.begin(), table.variables.end(), var[0].value());
      if (it == table.variables.end()) {
        table.variables.push_back(var[0].value());
        for (auto& r : rows) r.second.emplace_back();
        row.emplace_back();
        it = table.variables.end() - 1;
      }
      row[static_cast<std::size_t>(it - table.variables.begin())] = value[0];
    }
    std::int64_t index = 0;
    for (const Term& i : all(solution, Rs("index"))) {
      *ordered = true;
      index = std::stoll(i.value());
    }
    rows.emplace_back(index, std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& r : rows) {
    r.second.resize(table.variables.size());
    table.rows.push_back(std::move(r.second));
  }
  return table;
}

std::string CompareSolutions(const ResultTable& expected, const ResultTable& actual, bool ordered) {
  if (expected.boolean.has_value() || actual.boolean.has_value()) {
    if (expected.boolean == actual.boolean) return "";
    return "expected boolean " + FormatTable(expected) + ", got " + FormatTable(actual);
  }
  if (expected.rows.size() == actual.rows.size() &&
      IsomorphicGraphs(Encode(expected, ordered), Encode(actual, ordered))) {
    return "";
  }
  return std::string(ordered ? "ordered " : "") + "solutions differ.\nexpected:\n" +
         FormatTable(expected) + "actual:\n" + FormatTable(actual);
}

std::string FormatTable(const ResultTable& table) {
  if (table.boolean.has_value()) return *table.boolean ? "true\n" : "false\n";
  std::ostringstream out;
  for (const std::string& v : table.variables) out << '?' << v << ' ';
  out << '\n';
  for (const auto& row : table.rows) {
    for (const Term& t : row) out << (t.is_null() ? std::string("-") : t.ToNTriples()) << ' ';
    out << '\n';
  }
  return out.str();
}

ResultTable Distinct(ResultTable table) {
  std::vector<std::vector<Term>> rows;
  for (auto& row : table.rows) {
    if (std::find(rows.begin(), rows.end(), row) == rows.end()) rows.push_back(std::move(row));
  }
  table.rows = std::move(rows);
  return table;
}

ResultTable AsCsvTerms(ResultTable table) {
  for (auto& row : table.rows) {
    for (Term& t : row) {
      if (t.is_literal()) t = Term::Literal(t.value());
    }
  }
  return table;
}

}  // namespace marsad::testing
