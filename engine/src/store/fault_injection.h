// Fault injection for tests (not public API): a file system under RocksDB that runs out of
// space after a byte budget, so tests can fill the disk in the middle of an import.
//
//   store::InstallFaultInjectionForTesting();      // stores opened from now on write through it
//   auto db = Database::Open(path);                // ... commit some batches ...
//   store::SetWriteBudgetForTesting(64 << 10);     // the next 64 KiB written succeed, then ENOSPC
//   db->Import(...)                                // fails with kIOError "No space left"
//   store::SetWriteBudgetForTesting(std::nullopt); // the disk is "freed"
//
// When the budget runs out inside one write, the bytes that fit are written and the rest is
// refused, leaving a torn record as a real full disk does. Process-wide; tests using it must
// not run stores concurrently with other tests in the same process.
#pragma once

#include <cstdint>
#include <optional>

namespace rocksdb {
class Env;
}

namespace marsad::store {

// Makes every Store opened afterwards write through the fault-injecting file system. Without
// a budget it passes everything through. Idempotent.
void InstallFaultInjectionForTesting();
// Bytes that may still be written (over all files) before writes fail; nullopt = unlimited.
void SetWriteBudgetForTesting(std::optional<std::uint64_t> bytes);
// Writes refused since installation.
std::uint64_t FailedWritesForTesting();

// For Store::Open: the Env to open stores with, or nullptr when not installed.
rocksdb::Env* FaultInjectionEnv();

}  // namespace marsad::store
