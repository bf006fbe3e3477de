// The one place where rocksdb::Status becomes marsad::Status. Store-internal (includes RocksDB).
#pragma once

#include <rocksdb/status.h>

#include <string>

#include "marsad/status.h"

namespace marsad::store {

// `context` says what was being done ("opening /x/y", "writing a batch"); it prefixes the
// message, followed by RocksDB's own reason.
Status FromRocksDb(const rocksdb::Status& status, const std::string& context);

// True when `status` is RocksDB's failure to take the LOCK file of a database directory.
bool IsLockError(const rocksdb::Status& status);

}  // namespace marsad::store
