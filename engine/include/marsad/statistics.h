// Statistics the database keeps current on every write; the query planner and
// `marsad stats` read them.
#pragma once

#include <cstdint>
#include <vector>

#include "marsad/term.h"

namespace marsad {

struct PredicateStatistics {
  Term predicate;
  std::uint64_t triples = 0;            // distinct (s, p, o) with this predicate, any graph
  std::uint64_t distinct_subjects = 0;
  std::uint64_t distinct_objects = 0;
};

struct Statistics {
  std::uint64_t quads = 0;     // distinct quads, default graph included
  std::uint64_t triples = 0;   // distinct (s, p, o) over the union of graphs
  std::uint64_t terms = 0;     // dictionary entries
  std::uint64_t graphs = 0;    // named graphs
  std::vector<PredicateStatistics> predicates;  // sorted by descending triple count
};

}  // namespace marsad
