#include "store/rocksdb_status.h"

namespace marsad::store {

bool IsLockError(const rocksdb::Status& status) {
  if (!status.IsIOError() && !status.IsBusy()) return false;
  const std::string text = status.ToString();
  return text.find("lock") != std::string::npos || text.find("LOCK") != std::string::npos;
}

Status FromRocksDb(const rocksdb::Status& status, const std::string& context) {
  if (status.ok()) return Status();
  std::string message = context + ": " + status.ToString();
  using rocksdb::Status;
  switch (status.code()) {
    case Status::kNotFound:
      return marsad::Status(StatusCode::kNotFound, std::move(message));
    case Status::kCorruption:
      return marsad::Status(StatusCode::kCorruption, std::move(message));
    case Status::kNotSupported:
      return marsad::Status(StatusCode::kNotSupported, std::move(message));
    case Status::kInvalidArgument:
      return marsad::Status(StatusCode::kInvalidArgument, std::move(message));
    case Status::kIOError:
      if (status.IsNoSpace()) return marsad::Status(StatusCode::kResourceExhausted, message);
      return marsad::Status(StatusCode::kIOError, std::move(message));
    case Status::kBusy:
    case Status::kTryAgain:
      return marsad::Status(StatusCode::kBusy, std::move(message));
    case Status::kAborted:
      // RocksDB reports a memory limit as kAborted with the kMemoryLimit sub-code.
      if (status.subcode() == Status::kMemoryLimit) {
        return marsad::Status(StatusCode::kResourceExhausted, std::move(message));
      }
      return marsad::Status(StatusCode::kCancelled, std::move(message));
    case Status::kTimedOut:
      return marsad::Status(StatusCode::kDeadlineExceeded, std::move(message));
    default:
      return marsad::Status(StatusCode::kInternal, std::move(message));
  }
}

}  // namespace marsad::store
