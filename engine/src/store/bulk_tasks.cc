#include "store/bulk_tasks.h"

#include <condition_variable>
#include <mutex>
#include <thread>
#include <utility>

namespace marsad::store {

std::size_t TaskList::Add(std::string name, Fn fn, std::vector<std::size_t> after) {
  tasks_.push_back({std::move(name), std::move(fn), std::move(after)});
  return tasks_.size() - 1;
}

Status TaskList::Run(int threads) {
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t finished = 0;
  std::size_t running = 0;
  Status failure;
  auto ready = [this](const Task& task) {
    if (task.started) return false;
    for (std::size_t dep : task.after) {
      if (!tasks_[dep].done) return false;
    }
    return true;
  };
  auto work = [&] {
    std::unique_lock lock(mutex);
    for (;;) {
      Task* next = nullptr;
      changed.wait(lock, [&] {
        if (!failure.ok() || finished == tasks_.size()) return true;
        for (Task& task : tasks_) {
          if (ready(task)) {
            next = &task;
            return true;
          }
        }
        // Nothing ready and nothing running: a dependency cycle; stop rather than hang.
        return running == 0;
      });
      if (next == nullptr) {
        if (failure.ok() && finished != tasks_.size()) {
          failure = Status(StatusCode::kInternal, "bulk load tasks wait on each other");
        }
        changed.notify_all();
        return;
      }
      next->started = true;
      started_.push_back(next->name);
      ++running;
      lock.unlock();
      Status status = next->fn();
      lock.lock();
      --running;
      next->done = true;
      ++finished;
      if (!status.ok() && failure.ok()) failure = std::move(status);
      changed.notify_all();
    }
  };
  std::vector<std::thread> helpers;
  for (int i = 1; i < threads; ++i) helpers.emplace_back(work);
  work();
  for (std::thread& helper : helpers) helper.join();
  return failure;
}

}  // namespace marsad::store
