// Value ranges implied by a group's filters, for scans that can skip ids no solution can have.
//
// A filter conjunct `?v op c` (op one of < <= > >= =, either side) with a constant c that has
// an order-preserving inline id (xsd:integer, xsd:date without timezone) passes for a value of
// ?v only if that value is an inline id of c's kind on the right side of c, or a dictionary
// literal (a decimal, a double, a non-canonical form: the filter decides those). Every other id
// (IRIs, blank nodes, booleans, short strings, the other inline kind) makes the comparison false
// or an error. So a scan that produces ?v in id order can jump over the excluded ids; the filter
// still runs on what is left.
#pragma once

#include <map>
#include <vector>

#include "query/exec/scan_op.h"
#include "query/expr/expr.h"

namespace marsad::query::plan {

// The allowed id ranges per variable slot, intersected over the conjuncts of `filters`. A slot
// without a usable conjunct is absent.
std::map<int, std::vector<exec::IdRange>> FilterRanges(
    const std::vector<const expr::Expr*>& filters);

}  // namespace marsad::query::plan
