// RDF graph isomorphism for tests: two sets of quads are equal up to a renaming of blank nodes
// (RDF 1.1 Concepts §3.6). Used by the W3C evaluation tests and the writer round-trip tests.
#pragma once

#include <vector>

#include "marsad/term.h"

namespace marsad::testing {

// True when some bijection between the blank nodes of `a` and `b` maps the set of quads `a`
// onto the set `b` (duplicates are ignored). Blank nodes are first partitioned by iterated
// neighbourhood hashing, then matched by backtracking within each partition.
bool IsomorphicGraphs(std::vector<Quad> a, std::vector<Quad> b);

}  // namespace marsad::testing
