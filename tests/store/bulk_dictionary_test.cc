// The bulk loader's in-memory dictionary: ids in first-seen order, one id per distinct term
// across table growth, entries handed back in id order and in memcmp order of their bytes.
#include "store/bulk_dictionary.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "store/term_codec.h"
#include "support/test_util.h"

namespace marsad::store {
namespace {

std::string Encoded(const Term& term) {
  std::string bytes;
  EXPECT_OK(EncodeTerm(term, &bytes));
  return bytes;
}

// The id of `term`, or kNoTerm (and a test failure) when encoding fails.
TermId IdOf(BulkDictionary& dict, const Term& term) {
  Result<TermId> id = dict.Encode(term);
  EXPECT_TRUE(id.ok()) << id.status().ToString();
  return id.ok() ? *id : kNoTerm;
}

IdQuad IdsOf(BulkDictionary& dict, const Quad& quad) {
  Result<IdQuad> ids = dict.EncodeQuad(quad);
  EXPECT_TRUE(ids.ok()) << ids.status().ToString();
  return ids.ok() ? *ids : IdQuad();
}

TEST(BulkDictionaryTest, AssignsIdsInFirstSeenOrderWithTheKindsTag) {
  BulkDictionary dict(/*first_counter=*/7);
  const TermId iri = IdOf(dict, Term::Iri("http://a"));
  const TermId blank = IdOf(dict, Term::Blank("b1"));
  const TermId literal = IdOf(dict, Term::LangLiteral("اسم", "ar"));
  const TermId again = IdOf(dict, Term::Iri("http://a"));
  EXPECT_EQ(iri, MakeId(IdTag::kIri, 7));
  EXPECT_EQ(blank, MakeId(IdTag::kBlank, 8));
  EXPECT_EQ(literal, MakeId(IdTag::kLiteral, 9));
  EXPECT_EQ(again, iri);
  EXPECT_EQ(dict.size(), 3u);
  EXPECT_EQ(dict.next_counter(), 10u);
  EXPECT_EQ(dict.bytes(2), Encoded(Term::LangLiteral("اسم", "ar")));
  EXPECT_EQ(dict.id(1), blank);
}

TEST(BulkDictionaryTest, InlineTermsTakeNoEntry) {
  BulkDictionary dict(1);
  const TermId number = IdOf(dict, Term::Integer(42));
  const TermId shorty = IdOf(dict, Term::Literal("abc"));
  EXPECT_TRUE(IsInlineId(number));
  EXPECT_TRUE(IsInlineId(shorty));
  EXPECT_EQ(dict.size(), 0u);
}

TEST(BulkDictionaryTest, RejectsATermTheCodecRejects) {
  BulkDictionary dict(1);
  EXPECT_STATUS(dict.Encode(Term::Blank("")), StatusCode::kInvalidArgument,
                ::testing::HasSubstr("blank node"));
  EXPECT_EQ(dict.size(), 0u);
}

// 100,000 distinct terms force many doublings of the table; every term keeps its first id.
TEST(BulkDictionaryTest, KeepsOneIdPerTermAcrossGrowth) {
  BulkDictionary dict(1);
  std::map<std::string, TermId> expected;
  std::mt19937 rng(3);
  for (int round = 0; round < 300000; ++round) {
    const std::string iri = "http://example.org/item/" + std::to_string(rng() % 100000);
    const TermId id = IdOf(dict, Term::Iri(iri));
    auto [it, added] = expected.emplace(iri, id);
    ASSERT_EQ(it->second, id) << iri;
    if (added) {
      ASSERT_EQ(PayloadOf(id), expected.size()) << "ids follow first sight";
    }
  }
  EXPECT_EQ(dict.size(), expected.size());
  for (std::size_t i = 0; i < dict.size(); ++i) {
    const auto found = expected.find(std::string(dict.bytes(i)).substr(1));
    ASSERT_NE(found, expected.end());
    EXPECT_EQ(found->second, dict.id(i));
  }
}

// A reservation (too small or too large) is only room: the same terms get the same ids and
// entries as without one, through growth of the table and the arena.
TEST(BulkDictionaryTest, ReservingRoomChangesNoIdOrEntry) {
  std::vector<Term> terms;
  std::mt19937 rng(5);
  for (int i = 0; i < 50000; ++i) {
    terms.push_back(Term::Iri("http://example.org/r/" + std::to_string(rng() % 20000)));
  }
  BulkDictionary plain(1);
  BulkDictionary small(1);
  BulkDictionary large(1);
  small.Reserve(10, 100);
  large.Reserve(1 << 20, 64 << 20);
  for (const Term& term : terms) {
    const TermId id = IdOf(plain, term);
    ASSERT_EQ(IdOf(small, term), id);
    ASSERT_EQ(IdOf(large, term), id);
  }
  ASSERT_EQ(small.size(), plain.size());
  ASSERT_EQ(large.size(), plain.size());
  for (std::size_t i = 0; i < plain.size(); ++i) {
    EXPECT_EQ(small.bytes(i), plain.bytes(i));
    EXPECT_EQ(large.bytes(i), plain.bytes(i));
  }
}

// The term2id order: prefixes before their extensions, NUL bytes and bytes >= 0x80 compared
// unsigned, long shared prefixes (several 8-byte windows) and strings ending on a window edge.
TEST(BulkDictionaryTest, SortsEntriesInMemcmpOrderOfTheirBytes) {
  BulkDictionary dict(1);
  const std::string shared(37, 'x');
  std::vector<std::string> encodings;
  std::mt19937 rng(11);
  for (int i = 0; i < 5000; ++i) {
    std::string tail;
    const int length = int(rng() % 20);
    for (int k = 0; k < length; ++k) tail.push_back("a\0\x7f\x80\xff"[rng() % 5]);
    const std::string lexical = (i % 3 == 0 ? shared : std::string()) + tail;
    encodings.push_back(Encoded(Term::Typed(lexical, "http://t")));
  }
  encodings.push_back(Encoded(Term::Iri("http://abcdefg")));   // 15 bytes
  encodings.push_back(Encoded(Term::Iri("http://abcdefgh")));  // 16: a window edge
  encodings.push_back(Encoded(Term::Iri("http://abcdefgh\x01")));
  for (const std::string& bytes : encodings) ASSERT_OK(dict.EncodeBytes(bytes).status());
  const std::set<std::string> distinct(encodings.begin(), encodings.end());
  const std::vector<std::string> want(distinct.begin(), distinct.end());
  std::vector<std::string> got;
  for (std::uint32_t i : dict.SortedByBytes()) got.emplace_back(dict.bytes(i));
  EXPECT_EQ(got, want);
}

// Ids order by tag first: a blank node seen before an IRI still sorts after it.
TEST(BulkDictionaryTest, ListsEntriesInAscendingIdOrder) {
  BulkDictionary dict(1);
  for (const Term& term : {Term::Literal("a literal"), Term::Blank("b"), Term::Iri("http://x"),
                           Term::Literal("another one"), Term::Iri("http://y")}) {
    IdOf(dict, term);
  }
  std::vector<TermId> ids;
  for (std::uint32_t i : dict.SortedById()) ids.push_back(dict.id(i));
  ASSERT_EQ(ids.size(), 5u);
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  EXPECT_EQ(ids.front(), MakeId(IdTag::kIri, 3));
  EXPECT_EQ(ids.back(), MakeId(IdTag::kLiteral, 4));
}

TEST(BulkDictionaryTest, EncodesAQuadsGraphAndRepeatedTerms) {
  BulkDictionary dict(1);
  const Quad named{Term::Iri("http://s"), Term::Iri("http://p"), Term::Iri("http://s"),
                   Term::Iri("http://g")};
  const Quad plain{Term::Iri("http://s"), Term::Iri("http://p"), Term::Integer(5), Term()};
  const IdQuad a = IdsOf(dict, named);
  const IdQuad b = IdsOf(dict, plain);
  EXPECT_EQ(a.s, a.o);
  EXPECT_EQ(a.s, b.s);
  EXPECT_EQ(a.p, b.p);
  EXPECT_NE(a.g, kDefaultGraph);
  EXPECT_EQ(b.g, kDefaultGraph);
  EXPECT_EQ(dict.size(), 3u);  // s, p, g: 5 is inline
}

TEST(BulkDictionaryTest, HashDependsOnEveryByte) {
  const std::string base = "http://example.org/a-long-enough-iri/with/words";
  std::set<std::uint64_t> hashes = {HashTermBytes(base)};
  for (std::size_t i = 0; i < base.size(); ++i) {
    std::string changed = base;
    changed[i] ^= 1;
    hashes.insert(HashTermBytes(changed));
  }
  hashes.insert(HashTermBytes(base + std::string(1, '\0')));  // length counts
  EXPECT_EQ(hashes.size(), base.size() + 2);
}

}  // namespace
}  // namespace marsad::store
