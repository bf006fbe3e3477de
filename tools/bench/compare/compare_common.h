// Shared by the comparison drivers (tools/bench/compare): query files, result rows in one
// normal form, medians and the JSON lines the report reads.
//
// Normal form of a result row: each column's term in N-Triples syntax (xsd:string literals
// bare, other literals with ^^<datatype> or @lang, an unbound column as the empty string),
// columns joined by TAB. Every store's driver writes its rows in this form, sorted, one per
// line, to OUT/<query id>.tsv, so the report can compare stores with a plain line diff.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace marsad::bench::compare {

struct QueryFile {
  std::string id;    // file stem: "q1", "n3_actor_pairs"
  std::string text;  // the query
};

// The files DIR/*<extension> ordered by id (numeric-aware: q2 before q12). Empty if DIR has
// none; the caller treats that as an error.
std::vector<QueryFile> ReadQueryFiles(const std::string& dir, std::string_view extension);

// Sorts `rows` and writes them one per line to `path`. False on an I/O error.
bool WriteRows(const std::string& path, std::vector<std::string> rows);

double Median(std::vector<double> values);

std::string JsonEscape(std::string_view text);

// Wall-clock and process CPU time since construction. On a shared machine the wall clock
// counts time the process spent waiting for a core; CPU time does not, so the report compares
// stores by CPU time and keeps the wall clock beside it.
class Stopwatch {
 public:
  Stopwatch();
  double WallMs() const;
  double CpuMs() const;

 private:
  double wall_start_ms_;
  double cpu_start_ms_;
};

// One line of the timings file: {"store":..,"query":..,"rows":..,"median_ms":..,
// "median_cpu_ms":..,"runs_ms":[..],"cpu_runs_ms":[..]}.
std::string TimingJson(std::string_view store, std::string_view query, std::size_t rows,
                       const std::vector<double>& runs_ms, const std::vector<double>& cpu_ms);

// The command line shared by the C++ drivers:
//   PROGRAM load  --db PATH --nt FILE
//   PROGRAM query --db PATH --queries DIR --out DIR [--runs N]   (N defaults to 5)
// Calls the matching function and returns its exit code; 2 with a usage line on bad input.
struct DriverCommands {
  const char* program;
  int (*load)(const std::string& db, const std::string& nt);
  int (*query)(const std::string& db, const std::string& query_dir, const std::string& out_dir,
               int runs);
};
int DriverMain(int argc, char** argv, const DriverCommands& commands);

}  // namespace marsad::bench::compare
