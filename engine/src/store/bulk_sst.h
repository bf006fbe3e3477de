// SST writing for the bulk loader: one sorted file per column family, collected into the
// arguments of one atomic IngestExternalFiles call. Internal to engine/src/store (RocksDB).
#pragma once

#include <rocksdb/sst_file_writer.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "store/bulk_dictionary.h"
#include "store/store_core.h"

namespace marsad::store {

using IngestArgs = std::vector<rocksdb::IngestExternalFileArg>;

// Writes sorted key/value pairs of one column family into one SST file.
class SstRun {
 public:
  SstRun(Store::Core& core, rocksdb::ColumnFamilyHandle* cf, std::string file);

  Status Open();
  Status Put(std::string_view key, std::string_view value) {
    ++entries_;
    rocksdb::Status s = writer_.Put(rocksdb::Slice(key), rocksdb::Slice(value));
    if (!s.ok()) return PutError(s);  // the message is built on error only
    return Status();
  }
  // Adds the file to `args` unless it is empty (RocksDB cannot finish an empty SST).
  Status Finish(IngestArgs* args);

 private:
  Status PutError(const rocksdb::Status& s) const;

  rocksdb::ColumnFamilyHandle* cf_;
  std::string file_;
  rocksdb::SstFileWriter writer_;
  std::uint64_t entries_ = 0;
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

// The meta run: format version, next id counter and the statistics.
Status WriteMetaRun(Store::Core& core, const std::string& dir, std::uint64_t next_counter,
                    const StoreStatistics& stats, IngestArgs* args);

}  // namespace marsad::store
