// Batched decoding: the TermCache batch calls, and Store::Decode over large, unsorted,
// repetitive batches read from disk (dense ids walked with one iterator, sparse ones sought,
// small batches through one MultiGet).
#include <algorithm>
#include <random>
#include <thread>

#include "store/term_cache.h"
#include "store_test_util.h"

namespace marsad::store {
namespace {

using ::testing::HasSubstr;

// Calls TermCache::FindTerms with one output term per id.
std::vector<std::size_t> FindAll(TermCache& cache, std::span<const TermId> ids,
                                 std::vector<Term>* terms) {
  terms->assign(ids.size(), Term());
  std::vector<Term*> out;
  for (Term& term : *terms) out.push_back(&term);
  std::vector<std::size_t> misses;
  cache.FindTerms(ids, out, &misses);
  return misses;
}

TEST(TermCacheBatchTest, FindTermsFillsHitsAndListsMissesInOrder) {
  TermCache cache(1 << 20);
  cache.Add(EncodedTerm(Term::Iri("http://ten")), 10);
  const std::string thirty = EncodedTerm(Term::Literal("thirty"));
  cache.AddEncoded(std::vector<TermId>{30}, std::vector<std::string_view>{thirty});
  const std::vector<TermId> ids = {20, 10, 30, 40, 10};
  std::vector<Term> terms;
  EXPECT_EQ(FindAll(cache, ids, &terms), (std::vector<std::size_t>{0, 3}));
  EXPECT_EQ(terms[1], Term::Iri("http://ten"));
  EXPECT_EQ(terms[2], Term::Literal("thirty"));
  EXPECT_EQ(terms[4], Term::Iri("http://ten"));
  EXPECT_TRUE(terms[0].is_null());
}

TEST(TermCacheBatchTest, AddEncodedFillsOnlyTheIdToTermDirection) {
  TermCache cache(1 << 20);
  const std::vector<TermId> ids = {1, 2, 3};
  const std::vector<std::string> bytes = {EncodedTerm(Term::Iri("http://a")),
                                          EncodedTerm(Term::Iri("http://b")),
                                          EncodedTerm(Term::LangLiteral("c", "ar"))};
  cache.AddEncoded(ids, std::vector<std::string_view>(bytes.begin(), bytes.end()));
  EXPECT_EQ(cache.term_entries(), 3u);
  EXPECT_EQ(cache.id_entries(), 0u);
  EXPECT_EQ(cache.FindTerm(2), std::optional<Term>(Term::Iri("http://b")));
  EXPECT_EQ(cache.FindTerm(3), std::optional<Term>(Term::LangLiteral("c", "ar")));
  EXPECT_FALSE(cache.FindId(bytes[0]).has_value());
}

TEST(TermCacheBatchTest, ConcurrentBatchesSeeOnlyTermsThatWereAdded) {
  TermCache cache(1 << 16);  // small enough that the threads evict each other's entries
  auto term_of = [](TermId id) { return Term::Iri("http://t/" + std::to_string(id)); };
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  std::atomic<int> hits{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      std::vector<TermId> ids;
      std::vector<std::string> bytes;
      for (TermId id = t * 1000 + 1; id <= t * 1000u + 300; ++id) {
        ids.push_back(id);
        bytes.push_back(EncodedTerm(term_of(id)));
      }
      const std::vector<std::string_view> encoded(bytes.begin(), bytes.end());
      for (int round = 0; round < 20; ++round) {
        cache.AddEncoded(ids, encoded);
        std::vector<Term> found;
        const std::vector<std::size_t> misses = FindAll(cache, ids, &found);
        std::size_t next_miss = 0;
        for (std::size_t i = 0; i < ids.size(); ++i) {
          if (next_miss < misses.size() && misses[next_miss] == i) {
            ++next_miss;
          } else if (found[i] != term_of(ids[i])) {
            ++wrong;
          } else {
            ++hits;
          }
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_GT(hits.load(), 0);
}

// Store::Decode with the terms on disk: `cache_bytes` 0 keeps every read off the cache.
class StoreDecodeBatchTest : public StoreTest, public ::testing::WithParamInterface<int> {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    for (int i = 0; i < 600; ++i) {
      terms_.push_back(i % 2 == 0 ? Term::Iri("http://t/item/" + std::to_string(i))
                                  : Term::Literal("a literal too long to inline " +
                                                  std::to_string(i)));
    }
    {  // the writer holds the store's writer lock: gone before the store reopens
      auto writer = store_->NewBatchWriter();
      ASSERT_OK(writer);
      auto ids = (*writer)->Encode(terms_);
      ASSERT_OK(ids);
      ASSERT_OK((*writer)->Commit());
      ids_ = *ids;
    }
    Options options = FastOptions();
    options.term_cache_bytes = static_cast<std::size_t>(GetParam());
    Reopen(options);
  }

  // Decodes `picks` (indexes into terms_, plus inline terms) and checks every position.
  void ExpectDecodes(const std::vector<int>& picks) {
    std::vector<TermId> ids;
    std::vector<Term> expected;
    for (int pick : picks) {
      if (pick < 0) {  // an inline integer
        ids.push_back(*InlineIdOf(Term::Integer(pick)));
        expected.push_back(Term::Integer(pick));
      } else {
        ids.push_back(ids_[pick]);
        expected.push_back(terms_[pick]);
      }
    }
    for (int pass = 0; pass < 2; ++pass) {  // cold, then whatever the cache kept
      auto decoded = store_->Decode(ids);
      ASSERT_OK(decoded);
      ASSERT_EQ(*decoded, expected);
    }
  }

  std::vector<Term> terms_;
  std::vector<TermId> ids_;
};

TEST_P(StoreDecodeBatchTest, DenseShuffledBatchWithRepeatsAndInlineIds) {
  std::vector<int> picks;
  for (int i = 0; i < 600; ++i) picks.insert(picks.end(), {i, -i, i % 7});
  std::shuffle(picks.begin(), picks.end(), std::mt19937(5));
  ExpectDecodes(picks);
}

TEST_P(StoreDecodeBatchTest, SparseBatchSeeksBetweenFarIds) {
  std::vector<int> picks;
  for (int i = 599; i >= 0; i -= 37) picks.push_back(i);  // gaps far wider than a walk step
  picks.insert(picks.end(), {0, 1, 2, 3, 598, 599});
  ExpectDecodes(picks);
}

TEST_P(StoreDecodeBatchTest, SmallBatchesOfOneAndAFew) {
  ExpectDecodes({17});
  ExpectDecodes({599, 3, 3, -5, 250});
}

TEST_P(StoreDecodeBatchTest, DecodeIntoOverwritesEveryTermOfAReusedVector) {
  // Sorted and distinct (decoded in place), then shuffled with repeats, then small: each call
  // leaves exactly the batch's terms, whatever the vector held before.
  std::vector<TermId> sorted = ids_;
  std::sort(sorted.begin(), sorted.end());
  std::vector<Term> terms(3, Term::LangLiteral("left over from an earlier batch", "ar"));
  ASSERT_OK(store_->DecodeInto(sorted, &terms));
  ASSERT_EQ(terms.size(), sorted.size());
  auto decoded = store_->Decode(sorted);
  ASSERT_OK(decoded);
  EXPECT_EQ(terms, *decoded);

  std::vector<TermId> mixed;
  std::vector<Term> expected;
  for (int i = 0; i < 300; ++i) {
    const int pick = (i * 7) % 600;
    mixed.insert(mixed.end(), {ids_[pick], *InlineIdOf(Term::Integer(i)), ids_[pick]});
    expected.insert(expected.end(), {terms_[pick], Term::Integer(i), terms_[pick]});
  }
  ASSERT_OK(store_->DecodeInto(mixed, &terms));
  EXPECT_EQ(terms, expected);

  ASSERT_OK(store_->DecodeInto(std::vector<TermId>{ids_[5], ids_[4]}, &terms));
  EXPECT_EQ(terms, (std::vector<Term>{terms_[5], terms_[4]}));
}

TEST_P(StoreDecodeBatchTest, UnknownIdIsNotFoundInSmallAndLargeBatches) {
  const TermId unknown = MakeId(IdTag::kIri, PayloadOf(ids_[598]) + 1000);
  for (std::size_t count : {std::size_t{3}, std::size_t{200}}) {
    SCOPED_TRACE(count);
    std::vector<TermId> ids(ids_.begin(), ids_.begin() + count);
    ids.push_back(unknown);
    EXPECT_STATUS(store_->Decode(ids), StatusCode::kNotFound,
                  HasSubstr(std::to_string(unknown) + " is not in the dictionary"));
  }
  // A tag no term of this store has: the walk must not step into the neighbouring tag.
  std::vector<TermId> ids(ids_.begin(), ids_.begin() + 100);
  ids.push_back(MakeId(IdTag::kBlank, PayloadOf(ids_[50])));
  EXPECT_STATUS(store_->Decode(ids), StatusCode::kNotFound, HasSubstr("not in the dictionary"));
}

INSTANTIATE_TEST_SUITE_P(CacheSizes, StoreDecodeBatchTest, ::testing::Values(0, 1 << 20),
                         [](const auto& param_info) {
                           return param_info.param == 0 ? std::string("NoCache")
                                                  : std::string("Cache");
                         });

}  // namespace
}  // namespace marsad::store
