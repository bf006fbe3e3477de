#include "store/term_cache.h"

#include <gtest/gtest.h>

#include <string>

#include "store_test_util.h"

namespace marsad::store {
namespace {

TEST(TermCacheTest, FindsBothDirectionsAfterAdd) {
  TermCache cache(1 << 20);
  const Term term = Term::LangLiteral("بغداد", "ar");
  const std::string encoded = EncodedTerm(term);
  cache.Add(encoded, 77);
  EXPECT_EQ(cache.FindId(encoded), std::optional<TermId>(77));
  EXPECT_EQ(cache.FindTerm(77), std::optional<Term>(term));
  EXPECT_FALSE(cache.FindId(EncodedTerm(Term::LangLiteral("بغداد", "en"))).has_value());
  EXPECT_FALSE(cache.FindTerm(78).has_value());
}

TEST(TermCacheTest, TermToIdEvictsLeastRecentlyUsedWithinTheByteBudget) {
  TermCache cache(4096);  // 1 KiB for term -> id: a handful of entries
  const std::string first = EncodedTerm(Term::Iri("http://example.org/1"));
  for (TermId id = 1; id <= 100; ++id) {
    cache.Add(EncodedTerm(Term::Iri("http://example.org/" + std::to_string(id))), id);
    cache.FindId(first);  // keep the first entry hot
  }
  EXPECT_LT(cache.id_entries(), 100u);
  EXPECT_GT(cache.id_entries(), 0u);
  EXPECT_EQ(cache.FindId(first), std::optional<TermId>(1));
  EXPECT_EQ(cache.FindId(EncodedTerm(Term::Iri("http://example.org/100"))),
            std::optional<TermId>(100));
  EXPECT_FALSE(cache.FindId(EncodedTerm(Term::Iri("http://example.org/2"))).has_value());
}

TEST(TermCacheTest, AddingAKnownTermAgainKeepsOneEntry) {
  TermCache cache(1 << 20);
  const std::string encoded = EncodedTerm(Term::Iri("http://example.org/x"));
  cache.Add(encoded, 5);
  cache.Add(encoded, 5);
  EXPECT_EQ(cache.id_entries(), 1u);
  EXPECT_EQ(cache.term_entries(), 1u);
}

TEST(TermCacheTest, ZeroCapacityCachesNothing) {
  TermCache cache(0);
  cache.Add(EncodedTerm(Term::Iri("http://x")), 1);
  EXPECT_FALSE(cache.FindId(EncodedTerm(Term::Iri("http://x"))).has_value());
  EXPECT_FALSE(cache.FindTerm(1).has_value());
  EXPECT_EQ(cache.term_entries(), 0u);
  EXPECT_FALSE(cache.caches_terms());
}

}  // namespace
}  // namespace marsad::store
