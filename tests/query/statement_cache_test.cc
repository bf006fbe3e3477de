// The statement cache (engine/src/query/statement_cache.h): parses once per text, bounded by
// entries and bytes, errors never cached, safe under concurrent use; and RunQuery through it
// still binds and plans against the store as it is now.
#include "query/statement_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "grammar/query/ast_printer.h"
#include "grammar/query/parse_query.h"
#include "query/query_engine.h"
#include "store/store.h"
#include "support/test_util.h"

namespace marsad::query {
namespace {

using ::testing::HasSubstr;

std::atomic<int> parse_count{0};

Result<ast::Request> CountingParse(std::string_view text) {
  ++parse_count;
  return ParseQuery(text);
}

std::string Select(int n) { return "SELECT ?x WHERE { ?x <http://ex/p" + std::to_string(n) + "> ?y }"; }

class StatementCacheTest : public ::testing::Test {
 protected:
  void SetUp() override { parse_count = 0; }
};

TEST_F(StatementCacheTest, RepeatedTextIsParsedOnceAndSharesItsAst) {
  StatementCache cache({}, &CountingParse);
  auto first = cache.Parse(Select(1));
  auto second = cache.Parse(Select(1));
  ASSERT_OK(first);
  ASSERT_OK(second);
  EXPECT_EQ(parse_count, 1);
  EXPECT_EQ(first->get(), second->get());
  EXPECT_EQ(ast::ToSExpression(**second), ast::ToSExpression(*ParseQuery(Select(1))));
  const StatementCacheStats stats = cache.stats();
  EXPECT_EQ(stats.hits, 1u);
  EXPECT_EQ(stats.misses, 1u);
  EXPECT_EQ(stats.entries, 1u);
  EXPECT_EQ(stats.bytes, StatementCache::ChargeFor(Select(1)));
}

TEST_F(StatementCacheTest, DifferentTextsAreDifferentEntriesEvenWhenOnlySpacingDiffers) {
  StatementCache cache({}, &CountingParse);
  const std::string spaced = "SELECT  ?x WHERE { ?x <http://ex/p1> ?y }";
  auto a = cache.Parse(Select(1));
  auto b = cache.Parse(Select(2));
  auto c = cache.Parse(spaced);
  ASSERT_OK(a);
  ASSERT_OK(b);
  ASSERT_OK(c);
  EXPECT_EQ(parse_count, 3);
  EXPECT_NE(ast::ToSExpression(**a), ast::ToSExpression(**b));
  EXPECT_EQ(cache.stats().entries, 3u);
}

TEST_F(StatementCacheTest, EntryBoundEvictsTheLeastRecentlyUsed) {
  StatementCache cache({.max_entries = 2}, &CountingParse);
  ASSERT_OK(cache.Parse(Select(1)));
  ASSERT_OK(cache.Parse(Select(2)));
  ASSERT_OK(cache.Parse(Select(1)));  // 1 is now the most recent
  ASSERT_OK(cache.Parse(Select(3)));  // evicts 2
  EXPECT_EQ(parse_count, 3);
  EXPECT_EQ(cache.stats().entries, 2u);
  EXPECT_EQ(cache.stats().evictions, 1u);
  ASSERT_OK(cache.Parse(Select(1)));
  ASSERT_OK(cache.Parse(Select(3)));
  EXPECT_EQ(parse_count, 3);
  ASSERT_OK(cache.Parse(Select(2)));  // was evicted: parsed again
  EXPECT_EQ(parse_count, 4);
}

TEST_F(StatementCacheTest, ByteBoundEvictsAndOversizedTextsAreNotCached) {
  const std::size_t one = StatementCache::ChargeFor(Select(1));
  StatementCache cache({.max_entries = 100, .max_bytes = 4 * one + one / 2}, &CountingParse);
  for (int i = 1; i <= 4; ++i) ASSERT_OK(cache.Parse(Select(i)));
  EXPECT_EQ(cache.stats().entries, 4u);
  ASSERT_OK(cache.Parse(Select(5)));
  EXPECT_EQ(cache.stats().entries, 4u);
  EXPECT_LE(cache.stats().bytes, 4 * one + one / 2);
  EXPECT_EQ(cache.stats().evictions, 1u);

  // More than a quarter of the bound: parsed every time, evicts nothing.
  std::string big = "SELECT ?x WHERE { ?x ?p \"" + std::string(one * 2, 'a') + "\" }";
  parse_count = 0;
  auto first = cache.Parse(big);
  auto second = cache.Parse(big);
  ASSERT_OK(first);
  ASSERT_OK(second);
  EXPECT_EQ(parse_count, 2);
  EXPECT_EQ(cache.stats().entries, 4u);
  EXPECT_EQ(cache.stats().evictions, 1u);
}

TEST_F(StatementCacheTest, ErrorsAreNotCachedAndKeepTheirLocation) {
  StatementCache cache({}, &CountingParse);
  const std::string bad = "SELECT ?x WHERE {\n  ?x ?p }";
  auto first = cache.Parse(bad);
  auto second = cache.Parse(bad);
  EXPECT_EQ(parse_count, 2);
  EXPECT_EQ(cache.stats().entries, 0u);
  ASSERT_FALSE(first.ok());
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), StatusCode::kSyntaxError);
  EXPECT_EQ(first.status().ToString(), second.status().ToString());
  ASSERT_TRUE(second.status().where().has_value());
  EXPECT_EQ(second.status().where()->line, 2u);
}

TEST_F(StatementCacheTest, ZeroEntriesDisablesCaching) {
  StatementCache cache({.max_entries = 0}, &CountingParse);
  ASSERT_OK(cache.Parse(Select(1)));
  ASSERT_OK(cache.Parse(Select(1)));
  EXPECT_EQ(parse_count, 2);
  EXPECT_EQ(cache.stats().entries, 0u);
}

// Two threads parse an overlapping set of texts through a cache too small to hold them all,
// so hits, misses and evictions interleave (run under ASan/TSan-like checkers in CI).
TEST_F(StatementCacheTest, ConcurrentThreadsGetCorrectAsts) {
  StatementCache cache({.max_entries = 5});
  std::vector<std::string> expected;
  for (int i = 0; i < 8; ++i) expected.push_back(ast::ToSExpression(*ParseQuery(Select(i))));
  std::atomic<int> wrong{0};
  auto work = [&](int offset) {
    for (int round = 0; round < 300; ++round) {
      const int i = (round + offset) % 8;
      auto parsed = cache.Parse(Select(i));
      if (!parsed.ok() || ast::ToSExpression(**parsed) != expected[static_cast<std::size_t>(i)]) {
        ++wrong;
      }
    }
  };
  std::thread a(work, 0);
  std::thread b(work, 3);
  a.join();
  b.join();
  EXPECT_EQ(wrong, 0);
  const StatementCacheStats stats = cache.stats();
  EXPECT_EQ(stats.hits + stats.misses, 600u);
  EXPECT_LE(stats.entries, 5u);
}

// RunQuery parses through the process cache but binds every time: a constant the store lacked
// when the text was first run matches once it has been inserted.
TEST(StatementCacheRunQueryTest, CachedTextStillBindsAgainstTheCurrentStore) {
  testing::TempDir dir;
  auto store = store::Store::Open(dir.Sub("db"), Options());
  ASSERT_OK(store);
  const std::string text = "SELECT ?s WHERE { ?s <http://ex/cache-test-p> <http://ex/cache-test-o> }";
  auto count_rows = [&]() {
    auto result = RunQuery(**store, text, {}, nullptr);
    EXPECT_OK(result);
    int rows = 0;
    if (result.ok()) {
      while ((*result)->Next()) ++rows;
    }
    return rows;
  };
  EXPECT_EQ(count_rows(), 0);
  const std::uint64_t hits = ProcessStatementCache().stats().hits;
  {
    auto writer = (*store)->NewBatchWriter();
    ASSERT_OK(writer);
    const Quad quad{Term::Iri("http://ex/s"), Term::Iri("http://ex/cache-test-p"),
                    Term::Iri("http://ex/cache-test-o"), {}};
    ASSERT_OK((*writer)->InsertQuads({&quad, 1}));
    ASSERT_OK((*writer)->Commit());
  }
  EXPECT_EQ(count_rows(), 1);
  EXPECT_EQ(ProcessStatementCache().stats().hits, hits + 1);

  // A semantic error found by the binder comes back the same from a cached parse.
  const std::string unknown_prefix = "SELECT ?s WHERE { ?s nosuchprefix:p ?o }";
  auto first = RunQuery(**store, unknown_prefix, {}, nullptr);
  auto second = RunQuery(**store, unknown_prefix, {}, nullptr);
  ASSERT_FALSE(first.ok());
  ASSERT_FALSE(second.ok());
  EXPECT_THAT(second.status().message(), HasSubstr("nosuchprefix"));
  EXPECT_EQ(first.status().ToString(), second.status().ToString());
}

}  // namespace
}  // namespace marsad::query
