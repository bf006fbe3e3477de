// The fault-injecting file system behind fault_injection.h.
#include "store/fault_injection.h"

#include <rocksdb/env.h>
#include <rocksdb/file_system.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>

namespace marsad::store {
namespace {

constexpr std::uint64_t kUnlimited = ~std::uint64_t{0};

struct Budget {
  std::atomic<std::uint64_t> remaining{kUnlimited};
  std::atomic<std::uint64_t> failures{0};

  // How many of `wanted` bytes may be written now (all of them when unlimited).
  std::uint64_t Take(std::uint64_t wanted) {
    std::uint64_t left = remaining.load();
    while (true) {
      if (left == kUnlimited) return wanted;
      std::uint64_t granted = std::min(left, wanted);
      if (remaining.compare_exchange_weak(left, left - granted)) return granted;
    }
  }
};

Budget& GlobalBudget() {
  static Budget budget;
  return budget;
}

class BudgetedFile final : public rocksdb::FSWritableFileOwnerWrapper {
 public:
  explicit BudgetedFile(std::unique_ptr<rocksdb::FSWritableFile> file)
      : FSWritableFileOwnerWrapper(std::move(file)) {}

  rocksdb::IOStatus Append(const rocksdb::Slice& data, const rocksdb::IOOptions& options,
                           rocksdb::IODebugContext* dbg) override {
    std::uint64_t granted = GlobalBudget().Take(data.size());
    if (granted == data.size()) return target()->Append(data, options, dbg);
    if (granted > 0) {
      (void)target()->Append(rocksdb::Slice(data.data(), granted), options, dbg);
    }
    GlobalBudget().failures.fetch_add(1);
    return rocksdb::IOStatus::NoSpace("No space left on device (injected by a test)");
  }
  rocksdb::IOStatus Append(const rocksdb::Slice& data, const rocksdb::IOOptions& options,
                           const rocksdb::DataVerificationInfo& /*info*/,
                           rocksdb::IODebugContext* dbg) override {
    return Append(data, options, dbg);
  }
  rocksdb::IOStatus PositionedAppend(const rocksdb::Slice& data, std::uint64_t offset,
                                     const rocksdb::IOOptions& options,
                                     rocksdb::IODebugContext* dbg) override {
    if (GlobalBudget().Take(data.size()) != data.size()) {
      GlobalBudget().failures.fetch_add(1);
      return rocksdb::IOStatus::NoSpace("No space left on device (injected by a test)");
    }
    return target()->PositionedAppend(data, offset, options, dbg);
  }
  rocksdb::IOStatus PositionedAppend(const rocksdb::Slice& data, std::uint64_t offset,
                                     const rocksdb::IOOptions& options,
                                     const rocksdb::DataVerificationInfo& /*info*/,
                                     rocksdb::IODebugContext* dbg) override {
    return PositionedAppend(data, offset, options, dbg);
  }
};

class BudgetedFileSystem final : public rocksdb::FileSystemWrapper {
 public:
  explicit BudgetedFileSystem(const std::shared_ptr<rocksdb::FileSystem>& base)
      : FileSystemWrapper(base) {}
  const char* Name() const override { return "MarsadBudgetedFileSystem"; }

  rocksdb::IOStatus NewWritableFile(const std::string& name, const rocksdb::FileOptions& options,
                                    std::unique_ptr<rocksdb::FSWritableFile>* result,
                                    rocksdb::IODebugContext* dbg) override {
    rocksdb::IOStatus s = target()->NewWritableFile(name, options, result, dbg);
    if (s.ok()) *result = std::make_unique<BudgetedFile>(std::move(*result));
    return s;
  }
  rocksdb::IOStatus ReopenWritableFile(const std::string& name,
                                       const rocksdb::FileOptions& options,
                                       std::unique_ptr<rocksdb::FSWritableFile>* result,
                                       rocksdb::IODebugContext* dbg) override {
    rocksdb::IOStatus s = target()->ReopenWritableFile(name, options, result, dbg);
    if (s.ok()) *result = std::make_unique<BudgetedFile>(std::move(*result));
    return s;
  }
  rocksdb::IOStatus ReuseWritableFile(const std::string& name, const std::string& old_name,
                                      const rocksdb::FileOptions& options,
                                      std::unique_ptr<rocksdb::FSWritableFile>* result,
                                      rocksdb::IODebugContext* dbg) override {
    rocksdb::IOStatus s = target()->ReuseWritableFile(name, old_name, options, result, dbg);
    if (s.ok()) *result = std::make_unique<BudgetedFile>(std::move(*result));
    return s;
  }
};

std::mutex& InstallMutex() {
  static std::mutex mutex;
  return mutex;
}

// Set once and never freed: stores opened with it may live until the process ends.
rocksdb::Env* installed_env = nullptr;

}  // namespace

void InstallFaultInjectionForTesting() {
  std::lock_guard<std::mutex> lock(InstallMutex());
  if (installed_env != nullptr) return;
  auto fs = std::make_shared<BudgetedFileSystem>(rocksdb::FileSystem::Default());
  installed_env = rocksdb::NewCompositeEnv(fs).release();
}

void SetWriteBudgetForTesting(std::optional<std::uint64_t> bytes) {
  GlobalBudget().remaining = bytes.value_or(kUnlimited);
}

std::uint64_t FailedWritesForTesting() { return GlobalBudget().failures.load(); }

rocksdb::Env* FaultInjectionEnv() {
  std::lock_guard<std::mutex> lock(InstallMutex());
  return installed_env;
}

}  // namespace marsad::store
