// TaskList: every task runs once, never before its dependencies; the first failure stops
// further tasks and is returned; a dependency cycle is reported instead of hanging.
#include "store/bulk_tasks.h"

#include <atomic>
#include <mutex>
#include <string>
#include <vector>

#include "support/test_util.h"

namespace marsad::store {
namespace {

using ::testing::HasSubstr;

TEST(BulkTasksTest, RunsEachTaskOnceAfterItsDependencies) {
  for (int threads : {1, 2, 3}) {
    TaskList tasks;
    std::mutex mutex;
    std::vector<int> order;
    auto record = [&](int id) {
      return [&, id] {
        std::lock_guard lock(mutex);
        order.push_back(id);
        return Status();
      };
    };
    const std::size_t a = tasks.Add("a", record(0));
    const std::size_t b = tasks.Add("b", record(1), {a});
    const std::size_t c = tasks.Add("c", record(2));
    tasks.Add("d", record(3), {b, c});
    tasks.Add("e", record(4));
    ASSERT_OK(tasks.Run(threads));
    ASSERT_EQ(order.size(), 5u);
    auto position = [&](int id) { return std::find(order.begin(), order.end(), id) - order.begin(); };
    for (int id = 0; id < 5; ++id) EXPECT_EQ(std::count(order.begin(), order.end(), id), 1);
    EXPECT_LT(position(0), position(1));
    EXPECT_LT(position(1), position(3));
    EXPECT_LT(position(2), position(3));
    EXPECT_EQ(tasks.started().size(), 5u);
  }
}

TEST(BulkTasksTest, ListOrderIsThePriorityOnOneThread) {
  TaskList tasks;
  const std::size_t first = tasks.Add("first", [] { return Status(); });
  tasks.Add("needs-first", [] { return Status(); }, {first});
  tasks.Add("free", [] { return Status(); });
  ASSERT_OK(tasks.Run(1));
  EXPECT_EQ(tasks.started(), (std::vector<std::string>{"first", "needs-first", "free"}));
}

TEST(BulkTasksTest, FirstFailureStopsLaterTasks) {
  TaskList tasks;
  std::atomic<int> ran{0};
  const std::size_t bad = tasks.Add("bad", [&] {
    ++ran;
    return Status(StatusCode::kIOError, "disk full");
  });
  tasks.Add("after-bad", [&] {
    ++ran;
    return Status();
  }, {bad});
  Status status = tasks.Run(1);
  EXPECT_EQ(status.code(), StatusCode::kIOError);
  EXPECT_THAT(status.message(), HasSubstr("disk full"));
  EXPECT_EQ(ran.load(), 1);
}

TEST(BulkTasksTest, CycleIsAnErrorNotAHang) {
  TaskList tasks;
  tasks.Add("self", [] { return Status(); }, {0});
  EXPECT_EQ(tasks.Run(2).code(), StatusCode::kInternal);
}

}  // namespace
}  // namespace marsad::store
