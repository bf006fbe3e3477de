// SST writing for the bulk loader: one sorted file per column family, collected into the
// arguments of one atomic IngestExternalFiles call. Internal to engine/src/store (RocksDB).
#pragma once

#include <rocksdb/options.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "store/bulk_dictionary.h"
#include "store/store_core.h"
#include "store/table_file_writer.h"

namespace marsad::store {

using IngestArgs = std::vector<rocksdb::IngestExternalFileArg>;

// Writes sorted key/value pairs of one column family into one SST file, with the column
// family's block size, restart intervals, Bloom filter and bottommost compression
// (table_file_writer.h).
class SstRun {
 public:
  // `expected_entries` sizes the Bloom filter of a column family that has one.
  SstRun(Store::Core& core, rocksdb::ColumnFamilyHandle* cf, std::string file,
         std::uint64_t expected_entries);

  Status Open();
  // REQUIRES: keys strictly increasing; a violation or a write error fails Finish.
  void Put(std::string_view key, std::string_view value) { writer_.Add(key, value); }
  // Adds the file to `args` unless it is empty (RocksDB cannot ingest an empty SST).
  Status Finish(IngestArgs* args);

 private:
  rocksdb::Env* env_;
  rocksdb::ColumnFamilyHandle* cf_;
  std::string file_;
  TableFileWriter writer_;
};

// Writes `quads`, already sorted in the order of every permutation in `perms`, into one run
// per permutation in a single pass (e.g. SPO and GSPO of a default-graph-only load, whose keys
// differ only by the constant graph prefix). POS/OSP and quad permutations get empty values;
// SPO gets the value of a triple held by the default graph alone, so REQUIRES for kSpo: the
// quads are distinct default-graph quads (the general case goes through the union runs).
Status WriteSortedRuns(Store::Core& core, const std::string& dir,
                       const std::vector<IdQuad>& quads, std::initializer_list<Permutation> perms,
                       IngestArgs* args);

// Sorts `quads` for each permutation in turn and writes its run.
Status SortAndWriteRuns(Store::Core& core, const std::string& dir, std::vector<IdQuad>* quads,
                        std::initializer_list<Permutation> perms, IngestArgs* args);

// The id2term run from the in-memory dictionary.
Status WriteId2TermRun(Store::Core& core, const std::string& dir, const BulkDictionary& dict,
                       IngestArgs* args);
// The term2id run (sorts the dictionary's entries by their bytes first).
Status WriteTerm2IdRun(Store::Core& core, const std::string& dir, const BulkDictionary& dict,
                       IngestArgs* args);

// The meta run: format version, next id counter, the statistics and the default-graph layout.
Status WriteMetaRun(Store::Core& core, const std::string& dir, std::uint64_t next_counter,
                    const StoreStatistics& stats, DefaultGraphLayout layout, IngestArgs* args);

}  // namespace marsad::store
