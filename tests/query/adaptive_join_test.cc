// The adaptive join step gives the same solutions before and after it switches from probing
// per parent row to its hash side, and EXPLAIN says when it switched.
#include "query/exec/adaptive_join_op.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "query/exec/materialize_op.h"
#include "query/exec/values_op.h"

namespace marsad::query::exec {
namespace {

// Slots: 0 = key (bound by the parent), 1 = value (bound by the step).
std::vector<Row> Pairs() {
  std::vector<Row> rows;
  for (TermId key = 1; key <= 20; ++key) {
    for (TermId v = 0; v < key % 3; ++v) rows.push_back({key, 100 * key + v});
  }
  return rows;
}

std::vector<Row> RunUnderParents(Operator& step, TermId parents) {
  std::vector<Row> out;
  for (TermId key = 1; key <= parents; ++key) {
    step.Open({key, kNoTerm});
    Row row;
    while (step.Next(row)) out.push_back(row);
  }
  return out;
}

TEST(AdaptiveJoinTest, SwitchingToTheHashSideKeepsEverySolution) {
  ExecContext ctx(nullptr, nullptr);
  ValuesOp reference(&ctx, Pairs());
  const std::vector<Row> expected = RunUnderParents(reference, 20);
  // Keys 1..20: seven with key % 3 == 1 (one value each), seven with key % 3 == 2 (two each).
  ASSERT_EQ(expected.size(), 21u);
  AdaptiveJoinOp step(&ctx, std::make_unique<ValuesOp>(&ctx, Pairs()),
                      std::make_unique<MaterializeOp>(
                          &ctx, std::make_unique<ValuesOp>(&ctx, Pairs()), 2, std::vector<int>{0}),
                      /*switch_after=*/5);
  EXPECT_THAT(step.Label(), ::testing::HasSubstr("[hash join after 5 rows]"));
  EXPECT_TRUE(step.Children().empty());
  EXPECT_EQ(RunUnderParents(step, 20), expected);
  EXPECT_THAT(step.Label(), ::testing::HasSubstr("[switched to a hash join after 5 rows]"));
  ASSERT_EQ(step.Children().size(), 1u);
  EXPECT_THAT(step.Children()[0]->Label(), ::testing::HasSubstr("HashJoin"));
  EXPECT_TRUE(ctx.ok());
}

TEST(AdaptiveJoinTest, FewParentRowsNeverBuildTheHashSide) {
  ExecContext ctx(nullptr, nullptr);
  auto hash = std::make_unique<MaterializeOp>(&ctx, std::make_unique<ValuesOp>(&ctx, Pairs()), 2,
                                              std::vector<int>{0});
  const Operator* hash_side = hash.get();
  AdaptiveJoinOp step(&ctx, std::make_unique<ValuesOp>(&ctx, Pairs()), std::move(hash), 256);
  RunUnderParents(step, 20);
  EXPECT_EQ(hash_side->opens(), 0u);
  EXPECT_THAT(step.Label(), ::testing::Not(::testing::HasSubstr("switched")));
}

}  // namespace
}  // namespace marsad::query::exec
