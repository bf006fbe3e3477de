#include "store/bulk_pipeline.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace marsad::store {
namespace {

// Quads per chunk and chunks in flight. Chunks large enough that the hand-off (a mutex and a
// condition variable per chunk) is noise, small enough to stay in cache while both threads
// touch them: at LUBM 10, 4096-quad chunks cost the reader ~10% and the encoder ~17% more CPU
// than 256. Enough chunks that neither thread waits when the other has a slow stretch: with
// 4 in flight both cores were a quarter idle in the read phase (vmstat) and the 10 M load
// took 13.4-13.8 s; with 32 (~5 MB in flight), 12.3-12.4 s on the same machine.
constexpr std::size_t kChunkQuads = 256;
constexpr std::size_t kChunks = 32;

struct Chunk {
  std::vector<Quad> quads = std::vector<Quad>(kChunkQuads);
  std::size_t size = 0;
};

// The ring between the two threads: `full` goes reader -> worker, `free` goes back.
class ChunkQueue {
 public:
  ChunkQueue() {
    for (std::size_t i = 0; i < kChunks; ++i) free_.push_back(std::make_unique<Chunk>());
  }

  // Reader side. Null once the worker has failed.
  std::unique_ptr<Chunk> TakeFree() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !free_.empty() || failed_; });
    if (failed_) return nullptr;
    std::unique_ptr<Chunk> chunk = std::move(free_.front());
    free_.pop_front();
    return chunk;
  }
  void PushFull(std::unique_ptr<Chunk> chunk) {
    std::lock_guard lock(mutex_);
    full_.push_back(std::move(chunk));
    changed_.notify_all();
  }
  void Finish() {
    std::lock_guard lock(mutex_);
    finished_ = true;
    changed_.notify_all();
  }

  // Worker side. Null at the end of the input.
  std::unique_ptr<Chunk> TakeFull() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !full_.empty() || finished_; });
    if (full_.empty()) return nullptr;
    std::unique_ptr<Chunk> chunk = std::move(full_.front());
    full_.pop_front();
    return chunk;
  }
  void PushFree(std::unique_ptr<Chunk> chunk) {
    std::lock_guard lock(mutex_);
    chunk->size = 0;
    free_.push_back(std::move(chunk));
    changed_.notify_all();
  }
  void Fail() {
    std::lock_guard lock(mutex_);
    failed_ = true;
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::unique_ptr<Chunk>> free_;
  std::deque<std::unique_ptr<Chunk>> full_;
  bool finished_ = false;
  bool failed_ = false;
};

}  // namespace

Status RunPipelined(const QuadSource& source, const ChunkConsumer& consume) {
  ChunkQueue queue;
  Status worker_status;
  std::thread worker([&] {
    while (std::unique_ptr<Chunk> chunk = queue.TakeFull()) {
      if (worker_status.ok()) {
        worker_status = consume(std::span<Quad>(chunk->quads.data(), chunk->size));
        if (!worker_status.ok()) queue.Fail();
      }
      queue.PushFree(std::move(chunk));  // after a failure: drain so the reader never blocks
    }
  });
  std::unique_ptr<Chunk> chunk = queue.TakeFree();
  Status source_status = source([&](Quad& quad) -> Status {
    if (chunk == nullptr) return Status(StatusCode::kCancelled, "bulk load stopped");
    // A swap (the source may move from its quad, QuadSink): the source gets the recycled
    // slot's strings back and fills them with its next quad, so after the first round through
    // the ring the hand-off allocates nothing, and it copies no term bytes. Copy-assignment
    // took 12% of the parsing thread at 10 M triples.
    using std::swap;
    swap(chunk->quads[chunk->size++], quad);
    if (chunk->size == kChunkQuads) {
      queue.PushFull(std::move(chunk));
      chunk = queue.TakeFree();
    }
    return Status();
  });
  if (chunk != nullptr && chunk->size > 0 && source_status.ok()) queue.PushFull(std::move(chunk));
  queue.Finish();
  worker.join();
  if (!worker_status.ok()) return worker_status;
  return source_status;
}

}  // namespace marsad::store
