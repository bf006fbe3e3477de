#include "marsad/status.h"

#include "marsad/term.h"
#include "support/test_util.h"

namespace marsad {
namespace {

using ::testing::HasSubstr;

TEST(StatusTest, OkByDefault) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "ok");
}

TEST(StatusTest, ToStringNamesCodeFileLineAndColumn) {
  Status s(StatusCode::kSyntaxError, "expected '>'", SourceLocation{"data.nt", 3, 14, 40});
  EXPECT_EQ(s.ToString(), "syntax error: data.nt:3:14: expected '>'");
}

TEST(StatusTest, ResultHoldsValueOrStatus) {
  Result<int> good = 7;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 7);
  Result<int> bad = Status(StatusCode::kNotFound, "no such thing");
  ASSERT_FALSE(bad.ok());
  EXPECT_STATUS(bad, StatusCode::kNotFound, HasSubstr("no such"));
}

TEST(TermTest, WritesNTriplesForms) {
  EXPECT_EQ(Term::Iri("http://x/a").ToNTriples(), "<http://x/a>");
  EXPECT_EQ(Term::Blank("b0").ToNTriples(), "_:b0");
  EXPECT_EQ(Term::Literal("say \"hi\"\n").ToNTriples(), "\"say \\\"hi\\\"\\n\"");
  EXPECT_EQ(Term::LangLiteral("روحاني", "AR").ToNTriples(), "\"روحاني\"@ar");
  EXPECT_EQ(Term::Integer(42).ToNTriples(),
            "\"42\"^^<http://www.w3.org/2001/XMLSchema#integer>");
}

TEST(TermTest, OrdersAndComparesByValue) {
  EXPECT_EQ(Term::Iri("a"), Term::Iri("a"));
  EXPECT_NE(Term::Iri("a"), Term::Literal("a"));
  EXPECT_TRUE(Term().is_null());
  EXPECT_FALSE(Term::Iri("x").is_null());
}

}  // namespace
}  // namespace marsad
