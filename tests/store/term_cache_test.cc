#include "store/term_cache.h"

#include <gtest/gtest.h>

#include <string>

namespace marsad::store {
namespace {

TEST(TermCacheTest, FindsBothDirectionsAfterAdd) {
  TermCache cache(1 << 20);
  Term term = Term::LangLiteral("بغداد", "ar");
  cache.Add("encoded-bytes", 77, term);
  EXPECT_EQ(cache.FindId("encoded-bytes"), std::optional<TermId>(77));
  EXPECT_EQ(cache.FindTerm(77), std::optional<Term>(term));
  EXPECT_FALSE(cache.FindId("other").has_value());
  EXPECT_FALSE(cache.FindTerm(78).has_value());
}

TEST(TermCacheTest, EvictsLeastRecentlyUsedWithinTheByteBudget) {
  TermCache cache(4096);  // 2 KiB per direction: a handful of entries
  for (TermId id = 1; id <= 100; ++id) {
    std::string key = "key-" + std::to_string(id);
    cache.Add(key, id, Term::Iri("http://example.org/" + std::to_string(id)));
    cache.FindId("key-1");  // keep the first entry hot
    cache.FindTerm(1);
  }
  EXPECT_LT(cache.id_entries(), 100u);
  EXPECT_LT(cache.term_entries(), 100u);
  EXPECT_TRUE(cache.FindId("key-1").has_value());
  EXPECT_TRUE(cache.FindTerm(1).has_value());
  EXPECT_TRUE(cache.FindId("key-100").has_value());
  EXPECT_FALSE(cache.FindId("key-2").has_value());
}

TEST(TermCacheTest, ZeroCapacityCachesNothing) {
  TermCache cache(0);
  cache.Add("k", 1, Term::Iri("http://x"));
  EXPECT_FALSE(cache.FindId("k").has_value());
  EXPECT_EQ(cache.term_entries(), 0u);
}

}  // namespace
}  // namespace marsad::store
