#include "store/term_id.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/term_codec.h"

namespace marsad::store {
namespace {

struct InlineCase {
  Term term;
  IdTag tag;
};

TEST(TermIdTest, InlineIdsRoundTripExactly) {
  std::vector<InlineCase> cases = {
      {Term::Integer(0), IdTag::kInlineInteger},
      {Term::Integer(-42), IdTag::kInlineInteger},
      {Term::Integer((std::int64_t{1} << 55) - 1), IdTag::kInlineInteger},
      {Term::Integer(-(std::int64_t{1} << 55)), IdTag::kInlineInteger},
      {Term::Boolean(true), IdTag::kInlineBoolean},
      {Term::Boolean(false), IdTag::kInlineBoolean},
      {Term::Typed("2024-02-29", std::string(xsd::kDate)), IdTag::kInlineDate},
      {Term::Typed("0001-01-01", std::string(xsd::kDate)), IdTag::kInlineDate},
      {Term::Literal(""), IdTag::kInlineString},
      {Term::Literal("abc"), IdTag::kInlineString},
      {Term::Literal("1234567"), IdTag::kInlineString},
      {Term::Literal("مصر"), IdTag::kInlineString},  // 6 UTF-8 bytes
  };
  for (const InlineCase& c : cases) {
    auto id = InlineIdOf(c.term);
    ASSERT_TRUE(id.has_value()) << c.term.ToNTriples();
    EXPECT_EQ(TagOf(*id), c.tag) << c.term.ToNTriples();
    EXPECT_TRUE(IsInlineId(*id));
    auto back = DecodeInlineId(*id);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, c.term) << c.term.ToNTriples();
  }
}

TEST(TermIdTest, NonCanonicalOrLargeValuesAreNotInlined) {
  std::vector<Term> terms = {
      Term::Typed("+5", std::string(xsd::kInteger)),
      Term::Typed("007", std::string(xsd::kInteger)),
      Term::Typed("-0", std::string(xsd::kInteger)),
      Term::Typed("36028797018963968", std::string(xsd::kInteger)),  // 2^55
      Term::Typed("1", std::string(xsd::kBoolean)),
      Term::Typed("2024-2-1", std::string(xsd::kDate)),
      Term::Typed("2024-02-01Z", std::string(xsd::kDate)),
      Term::Typed("2024-13-01", std::string(xsd::kDate)),
      Term::Literal("12345678"),
      Term::Literal(std::string("a\0b", 3)),
      Term::LangLiteral("ab", "ar"),
      Term::Iri("http://x/"),
      Term::Blank("b"),
  };
  for (const Term& term : terms) EXPECT_FALSE(InlineIdOf(term).has_value()) << term.ToNTriples();
}

TEST(TermIdTest, InlineIntegersSortNumerically) {
  std::vector<std::int64_t> values = {-1000000, -5, -1, 0, 1, 9, 10, 123456789};
  for (std::size_t i = 1; i < values.size(); ++i) {
    EXPECT_LT(*InlineIdOf(Term::Integer(values[i - 1])), *InlineIdOf(Term::Integer(values[i])));
  }
}

TEST(TermCodecTest, EncodingRoundTripsEveryKindOfTerm) {
  std::vector<Term> terms = {
      Term::Iri("http://example.org/قرية"),
      Term::Blank("b0"),
      Term::Literal("القاهرة عاصمة مصر"),
      Term::Literal(std::string("nul\0inside", 10)),
      Term::LangLiteral("كاراباخ", "AR"),
      Term::Typed("3.14", std::string(xsd::kDecimal)),
      Term::Typed("1.0E3", std::string(xsd::kDouble)),
      Term::Typed("2024-03-01T10:00:00Z", std::string(xsd::kDateTime)),
      Term::Typed("x", "http://example.org/custom"),
  };
  for (const Term& term : terms) {
    std::string bytes;
    ASSERT_TRUE(EncodeTerm(term, &bytes).ok());
    auto back = DecodeTerm(bytes);
    ASSERT_TRUE(back.has_value()) << term.ToNTriples();
    EXPECT_EQ(*back, term);
  }
  std::string bytes;
  EXPECT_FALSE(EncodeTerm(Term(), &bytes).ok());
  EXPECT_FALSE(DecodeTerm("").has_value());
  EXPECT_FALSE(DecodeTerm(std::string("\x05no-separator", 13)).has_value());
}

}  // namespace
}  // namespace marsad::store
