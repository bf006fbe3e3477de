// IdTermCache: hits decode into the caller's terms, the byte budget holds, eviction gives
// entries read since the clock last passed a second chance, and shards answer one batch.
#include "store/id_term_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "store_test_util.h"

namespace marsad::store {
namespace {

Term TermOf(TermId id) { return Term::Iri("http://example.org/entity/" + std::to_string(id)); }

void AddRange(IdTermCache& cache, TermId first, TermId last) {
  std::vector<TermId> ids;
  std::vector<std::string> bytes;
  for (TermId id = first; id <= last; ++id) {
    ids.push_back(id);
    bytes.push_back(EncodedTerm(TermOf(id)));
  }
  cache.Add(ids, std::vector<std::string_view>(bytes.begin(), bytes.end()));
}

// Looks `ids` up; returns the positions missed and checks every hit's term.
std::vector<std::size_t> Lookup(IdTermCache& cache, const std::vector<TermId>& ids) {
  std::vector<Term> terms(ids.size());
  std::vector<Term*> out;
  for (Term& term : terms) out.push_back(&term);
  std::vector<std::size_t> misses;
  cache.Find(ids, out, &misses);
  std::size_t next_miss = 0;
  for (std::size_t k = 0; k < ids.size(); ++k) {
    if (next_miss < misses.size() && misses[next_miss] == k) {
      ++next_miss;
    } else {
      EXPECT_EQ(terms[k], TermOf(ids[k])) << "position " << k;
    }
  }
  return misses;
}

bool Holds(IdTermCache& cache, TermId id) { return Lookup(cache, {id}).empty(); }

TEST(IdTermCacheTest, HitsOverwriteTheCallersTermsAndMissesComeInOrder) {
  IdTermCache cache(1 << 20);
  const std::vector<TermId> ids = {7, 9};
  const Term date = Term::Typed("2023-10-07", std::string(xsd::kDate));
  const std::vector<std::string> bytes = {EncodedTerm(Term::LangLiteral("القدس", "ar")),
                                          EncodedTerm(date)};
  cache.Add(ids, std::vector<std::string_view>(bytes.begin(), bytes.end()));
  std::vector<Term> terms(4, Term::Iri("http://left.over/from/an/earlier/batch"));
  std::vector<Term*> out = {&terms[0], &terms[1], &terms[2], &terms[3]};
  std::vector<std::size_t> misses;
  cache.Find(std::vector<TermId>{8, 9, 7, 10}, out, &misses);
  EXPECT_EQ(misses, (std::vector<std::size_t>{0, 3}));
  EXPECT_EQ(terms[1], date);
  EXPECT_EQ(terms[2], Term::LangLiteral("القدس", "ar"));
  EXPECT_EQ(cache.size(), 2u);
}

TEST(IdTermCacheTest, StaysWithinItsBudgetAndKeepsTheNewest) {
  IdTermCache cache(16 << 10);
  AddRange(cache, 1, 5000);
  // Each entry takes at least its 12-byte header plus ~36 bytes of IRI in the arena.
  EXPECT_LT(cache.size(), (16u << 10) / 48);
  EXPECT_GT(cache.size(), 50u);
  EXPECT_TRUE(Holds(cache, 5000));
  EXPECT_FALSE(Holds(cache, 1));
}

TEST(IdTermCacheTest, EntriesReadSinceTheLastPassSurviveAScan) {
  IdTermCache cache(16 << 10);
  AddRange(cache, 1, 10);  // the hot set
  for (TermId first = 1000; first < 21000; first += 50) {
    for (TermId hot = 1; hot <= 10; ++hot) ASSERT_TRUE(Holds(cache, hot)) << "batch " << first;
    AddRange(cache, first, first + 49);  // a one-off scan, 50 ids at a time
  }
  for (TermId hot = 1; hot <= 10; ++hot) EXPECT_TRUE(Holds(cache, hot));
  EXPECT_FALSE(Holds(cache, 1000));
}

TEST(IdTermCacheTest, UnreadEntriesAreEvictedFirst) {
  IdTermCache cache(16 << 10);
  AddRange(cache, 1, 200);
  AddRange(cache, 1000, 1400);  // enough to pass the clock over the first entries
  EXPECT_FALSE(Holds(cache, 1));
}

TEST(IdTermCacheTest, AnEntryLargerThanASegmentIsNotCached) {
  IdTermCache cache(16 << 10);
  const std::string huge = EncodedTerm(Term::Literal(std::string(8 << 10, 'x')));
  const TermId id = 42;
  cache.Add(std::span<const TermId>(&id, 1), std::vector<std::string_view>{huge});
  EXPECT_EQ(cache.size(), 0u);
}

TEST(IdTermCacheTest, UndecodableBytesAreAMiss) {
  IdTermCache cache(1 << 20);
  const TermId id = 3;
  cache.Add(std::span<const TermId>(&id, 1), std::vector<std::string_view>{"\x7Fnot a term"});
  EXPECT_EQ(Lookup(cache, {3}), (std::vector<std::size_t>{0}));
}

TEST(IdTermCacheTest, ABatchSpreadOverShardsIsAnsweredWhole) {
  IdTermCache cache(32 << 20);  // sixteen shards
  AddRange(cache, 1, 3000);
  std::vector<TermId> ids;
  for (int id = 3100; id >= 1; id -= 3) ids.push_back(static_cast<TermId>(id));  // with misses
  const std::vector<std::size_t> misses = Lookup(cache, ids);
  ASSERT_EQ(misses.size(), 34u);  // 3100 .. 3001
  for (std::size_t k = 0; k < misses.size(); ++k) EXPECT_EQ(misses[k], k);
  EXPECT_EQ(cache.size(), 3000u);
}

TEST(IdTermCacheTest, ZeroOrTinyCapacityCachesNothing) {
  for (std::size_t capacity : {std::size_t{0}, std::size_t{256}}) {
    IdTermCache cache(capacity);
    EXPECT_FALSE(cache.enabled());
    AddRange(cache, 1, 5);
    EXPECT_EQ(Lookup(cache, {1, 2}), (std::vector<std::size_t>{0, 1}));
  }
}

TEST(IdTermCacheTest, ConcurrentReadersAndWritersOverShardsNeverSeeAWrongTerm) {
  IdTermCache cache(4 << 20);  // four shards, small enough to evict under this load
  std::atomic<int> hits{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 30; ++round) {
        const TermId first = static_cast<TermId>(t * 100000 + round * 2000 + 1);
        AddRange(cache, first, first + 1999);
        std::vector<TermId> ids;
        for (TermId id = first; id < first + 2000; id += 7) ids.push_back(id);
        hits += static_cast<int>(ids.size() - Lookup(cache, ids).size());
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_GT(hits.load(), 0);
}

}  // namespace
}  // namespace marsad::store
