// Store-internal pieces of the consistency check (Store::Check) and backup (Store::Backup).
// Includes RocksDB through store_core.h: only engine/src/store includes this header.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "marsad/check.h"
#include "store/store_core.h"

namespace marsad::store {

// Collects problems for a CheckReport: counts all of them, keeps the first `max`.
class ProblemList {
 public:
  ProblemList(CheckReport* report, std::size_t max) : report_(report), max_(max) {}
  void Add(CheckProblemKind kind, std::string_view location, std::string message);
  std::uint64_t count() const { return report_->problem_count; }

 private:
  CheckReport* report_;
  std::size_t max_;
};

// The statistics stored in the meta column family as of `snapshot` (nullptr = latest): what
// Store::Open loads and what a recount must equal.
Result<StoreStatistics> ReadStoredStatistics(Store::Core& core, const rocksdb::Snapshot* snapshot);

// Index and dictionary checks over `snapshot` (store_check_indexes.cc). Problems go to
// `problems`; the returned Status is an I/O failure that stopped the check.
Status CheckIndexesAndDictionary(Store::Core& core, const Snapshot& snapshot,
                                 ProblemList* problems);

// "<http://e/s> <http://e/p> "o" <http://e/g>" with ids that do not decode shown as #hex.
std::string DescribeQuad(Store::Core& core, const IdQuad& quad);

}  // namespace marsad::store
