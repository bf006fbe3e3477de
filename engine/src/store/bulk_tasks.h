// A small dependency-ordered task runner for the bulk loader's write phase (no RocksDB here,
// so it is unit-tested on its own).
//
// The write phase is a handful of coarse jobs (sort an index order, write one SST file, sort
// the dictionary) of uneven and data-dependent length. A fixed split of them between two
// threads leaves one thread idle while the other finishes; here every thread takes the first
// task, in list order, whose dependencies are done, so the threads stay busy until the last
// task and the list order only sets priorities.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "marsad/status.h"

namespace marsad::store {

class TaskList {
 public:
  using Fn = std::function<Status()>;

  // Adds a task that may start once every task in `after` (indexes returned by earlier Add
  // calls) has finished; returns its index.
  std::size_t Add(std::string name, Fn fn, std::vector<std::size_t> after = {});

  // Runs every task on `threads` threads (the caller's thread is one of them). After the
  // first failure no further task starts; returns that failure, or OK.
  Status Run(int threads);

  // Order in which the tasks started (names), for tests.
  const std::vector<std::string>& started() const { return started_; }

 private:
  struct Task {
    std::string name;
    Fn fn;
    std::vector<std::size_t> after;
    bool started = false;
    bool done = false;
  };
  std::vector<Task> tasks_;
  std::vector<std::string> started_;
};

}  // namespace marsad::store
