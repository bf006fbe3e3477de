// The join chain pulls outer rows in batches ahead of a step that wants prefetch hints (a
// built hash join) and hints each before opening under it: the solutions and their order are
// those of plain streaming, every opened row was hinted in both stages in open order, and
// batches restart when their step is reopened.
#include "query/exec/join_chain_op.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "query/exec/materialize_op.h"
#include "query/exec/values_op.h"

namespace marsad::query::exec {
namespace {

// Slots: 0 = outer key, 1 = bound by the first hash join, 2 = bound by the second.
constexpr int kSlots = 3;

std::vector<Row> Outer(TermId count) {
  std::vector<Row> rows;
  for (TermId k = 1; k <= count; ++k) rows.push_back({k % 7 + 1, kNoTerm, kNoTerm});
  return rows;
}

// Keys 1..7 with key % 3 values each (none for 3 and 6): hashed on slot 0.
std::vector<Row> FirstSide() {
  std::vector<Row> rows;
  for (TermId k = 1; k <= 7; ++k) {
    for (TermId v = 0; v < k % 3; ++v) rows.push_back({k, 10 * k + v, kNoTerm});
  }
  return rows;
}

// Two rows for each value of slot 1 whose last digit is even: hashed on slot 1.
std::vector<Row> SecondSide() {
  std::vector<Row> rows;
  for (const Row& r : FirstSide()) {
    if (r[1] % 2 == 0) {
      rows.push_back({kNoTerm, r[1], r[1] * 100});
      rows.push_back({kNoTerm, r[1], r[1] * 100 + 1});
    }
  }
  return rows;
}

// Forwards to an operator, records the parents it is hinted and opened under, and can hide
// that the operator wants hints (then the chain streams).
class Spy : public Operator {
 public:
  Spy(ExecContext* ctx, OperatorPtr inner, bool pass_hints)
      : Operator(ctx), inner_(std::move(inner)), pass_hints_(pass_hints) {}
  std::string Label() const override { return inner_->Label(); }
  bool WantsPrefetch() const override { return pass_hints_ && inner_->WantsPrefetch(); }
  void Prefetch(const Row& parent, int stage) const override {
    hinted[stage].push_back(parent);
    inner_->Prefetch(parent, stage);
  }
  mutable std::vector<Row> hinted[2];
  std::vector<Row> opened;

 protected:
  void DoOpen(const Row& parent) override {
    opened.push_back(parent);
    inner_->Open(parent);
  }
  bool DoNext(Row& out) override { return inner_->Next(out); }

 private:
  OperatorPtr inner_;
  bool pass_hints_;
};

struct Chain {
  std::unique_ptr<JoinChainOp> op;
  Spy* first = nullptr;
  Spy* second = nullptr;
};

Chain MakeChain(ExecContext* ctx, TermId outer_rows, bool pass_hints) {
  auto first = std::make_unique<Spy>(
      ctx,
      std::make_unique<MaterializeOp>(ctx, std::make_unique<ValuesOp>(ctx, FirstSide()), kSlots,
                                      std::vector<int>{0}),
      pass_hints);
  auto second = std::make_unique<Spy>(
      ctx,
      std::make_unique<MaterializeOp>(ctx, std::make_unique<ValuesOp>(ctx, SecondSide()), kSlots,
                                      std::vector<int>{1}),
      pass_hints);
  Chain chain{nullptr, first.get(), second.get()};
  std::vector<OperatorPtr> steps;
  steps.push_back(std::make_unique<ValuesOp>(ctx, Outer(outer_rows)));
  steps.push_back(std::move(first));
  steps.push_back(std::move(second));
  chain.op = std::make_unique<JoinChainOp>(ctx, std::move(steps));
  return chain;
}

std::vector<Row> AllRows(Operator& op) {
  std::vector<Row> out;
  op.Open(Row(kSlots, kNoTerm));
  Row row;
  while (op.Next(row)) out.push_back(row);
  return out;
}

TEST(JoinChainTest, BatchedHintsKeepTheSolutionsAndTheirOrder) {
  constexpr TermId kBatch = JoinChainOp::kBatchRows;
  for (TermId outer : {TermId{0}, TermId{1}, kBatch - 1, kBatch, kBatch + 1, 3 * kBatch + 5}) {
    SCOPED_TRACE(outer);
    ExecContext ctx(nullptr, nullptr);
    Chain streaming = MakeChain(&ctx, outer, /*pass_hints=*/false);
    Chain batched = MakeChain(&ctx, outer, /*pass_hints=*/true);
    const std::vector<Row> expected = AllRows(*streaming.op);
    EXPECT_EQ(AllRows(*batched.op), expected);
    EXPECT_TRUE(streaming.first->hinted[0].empty());
    EXPECT_EQ(batched.first->opened, streaming.first->opened);
    EXPECT_EQ(batched.second->opened, streaming.second->opened);
    // The hash side builds on its first open; every later open was hinted in both stages, in
    // the order of the opens (the second join is reopened under each first-join row: its
    // batches restart each time).
    for (Spy* spy : {batched.first, batched.second}) {
      const std::vector<Row>& opened = spy->opened;
      const std::vector<Row> after_build(opened.begin() + (opened.empty() ? 0 : 1), opened.end());
      EXPECT_EQ(spy->hinted[0], after_build);
      EXPECT_EQ(spy->hinted[1], after_build);
    }
    EXPECT_TRUE(ctx.ok());
  }
}

TEST(JoinChainTest, RunsAgainUnderANewParent) {
  // Reopening the chain forgets rows pulled ahead under the previous open.
  ExecContext ctx(nullptr, nullptr);
  Chain chain = MakeChain(&ctx, 40, /*pass_hints=*/true);
  Chain reference = MakeChain(&ctx, 40, /*pass_hints=*/false);
  const std::vector<Row> expected = AllRows(*reference.op);
  ASSERT_FALSE(expected.empty());
  chain.op->Open(Row(kSlots, kNoTerm));
  Row row;
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(chain.op->Next(row));
  EXPECT_EQ(AllRows(*chain.op), expected);
}

}  // namespace
}  // namespace marsad::query::exec
