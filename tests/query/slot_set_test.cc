// The planner's bound-slot set (engine/src/query/plan/slot_set.h): one word for slots 0..63,
// spilling beyond, with std::set<int>'s meaning for what the planner asks of it.
#include "query/plan/slot_set.h"

#include <gtest/gtest.h>

#include <set>
#include <vector>

namespace marsad::query::plan {
namespace {

TEST(SlotSetTest, EmptyUntilInsertedAndIgnoresNegativeSlots) {
  SlotSet set;
  EXPECT_TRUE(set.empty());
  EXPECT_FALSE(set.contains(0));
  set.insert(-1);
  EXPECT_TRUE(set.empty());
  EXPECT_FALSE(set.contains(-1));
  set.insert(0);
  EXPECT_FALSE(set.empty());
  EXPECT_TRUE(set.contains(0));
  EXPECT_FALSE(set.contains(1));
}

TEST(SlotSetTest, AgreesWithStdSetAcrossTheWordBoundaries) {
  const std::vector<int> slots = {0, 1, 5, 62, 63, 64, 65, 127, 128, 200, 63, 64};
  SlotSet set;
  std::set<int> reference;
  for (int s : slots) {
    set.insert(s);
    reference.insert(s);
  }
  for (int s = -2; s < 260; ++s) EXPECT_EQ(set.contains(s), reference.contains(s)) << s;
  EXPECT_EQ(set.size(), reference.size());
}

TEST(SlotSetTest, CopiesAreIndependentAndRangeInsertAddsAll) {
  SlotSet now;
  now.insert(3);
  SlotSet after = now;
  const std::vector<int> certain = {4, 70};
  after.insert(certain.begin(), certain.end());
  EXPECT_TRUE(after.contains(3));
  EXPECT_TRUE(after.contains(4));
  EXPECT_TRUE(after.contains(70));
  EXPECT_FALSE(now.contains(4));
  EXPECT_FALSE(now.contains(70));
  EXPECT_EQ(now.size(), 1u);
  // A set whose only slots are high is not empty.
  SlotSet high;
  high.insert(100);
  EXPECT_FALSE(high.empty());
}

}  // namespace
}  // namespace marsad::query::plan
