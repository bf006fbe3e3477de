// Consistency check and backup results (Database::Check, Database::Backup, `marsad check`).
//
// A check reads one snapshot of the database and verifies that
//   * the nine index permutations hold the same quads (SPO/POS/OSP the distinct triples with
//     their graph counts, GSPO/GPOS/GOSP every quad, SPOG/POSG/OSPG the named-graph quads),
//   * every term id used in an index decodes: dictionary ids have an id2term entry, inline ids
//     a valid payload, and id2term and term2id map each term and id to each other,
//   * the stored statistics equal a recount from the indexes.
// It runs while the database is in use; writers are not blocked.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace marsad {

struct CheckOptions {
  // Problems listed in CheckReport::problems; the check goes on counting beyond it.
  std::size_t max_problems = 100;
};

enum class CheckProblemKind : std::uint8_t {
  kIndexMismatch,       // a quad or triple present in one index and missing from another
  kBadEntry,            // a key or value with an impossible layout
  kUnknownTerm,         // an id used in an index that does not decode
  kDictionaryMismatch,  // id2term and term2id disagree
  kStatisticsMismatch,  // a stored statistic differs from the recount
};

// "index mismatch", "bad entry", ...
inline const char* CheckProblemKindName(CheckProblemKind kind) {
  switch (kind) {
    case CheckProblemKind::kIndexMismatch: return "index mismatch";
    case CheckProblemKind::kBadEntry: return "bad entry";
    case CheckProblemKind::kUnknownTerm: return "unknown term";
    case CheckProblemKind::kDictionaryMismatch: return "dictionary mismatch";
    case CheckProblemKind::kStatisticsMismatch: return "statistics mismatch";
  }
  return "problem";
}

struct CheckProblem {
  CheckProblemKind kind = CheckProblemKind::kIndexMismatch;
  // The column family (storage area) the problem was found in: "spo", "gpos", "id2term",
  // "term2id", "meta".
  std::string location;
  // What is wrong, naming the key as terms where they decode, e.g.
  // "quad <http://e/a> <http://e/p> \"x\" (default graph) is in gspo but not in gpos".
  std::string message;
};

struct CheckReport {
  // From the recount of the checked snapshot.
  std::uint64_t quads = 0;
  std::uint64_t triples = 0;
  std::uint64_t terms = 0;
  int indexes = 9;  // index permutations compared
  // The first CheckOptions::max_problems problems, in the order found.
  std::vector<CheckProblem> problems;
  // Every problem found, including those beyond max_problems.
  std::uint64_t problem_count = 0;
  bool ok() const { return problem_count == 0; }
};

}  // namespace marsad
