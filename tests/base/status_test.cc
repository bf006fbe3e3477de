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

TEST(StatusTest, CopiesAreIndependentAndMovesLeaveOk) {
  Status error(StatusCode::kIOError, "disk", SourceLocation{"f.nt", 2, 5, 9});
  Status copy = error;
  EXPECT_EQ(copy.code(), StatusCode::kIOError);
  EXPECT_EQ(copy.message(), "disk");
  ASSERT_TRUE(copy.where().has_value());
  EXPECT_EQ(copy.where()->column, 5u);
  copy = Status(StatusCode::kNotFound, "gone");
  EXPECT_EQ(error.ToString(), "I/O error: f.nt:2:5: disk");  // the original is untouched
  EXPECT_EQ(copy.ToString(), "not found: gone");
  const Status& same = copy;
  copy = same;  // self-assignment keeps the error
  EXPECT_EQ(copy.message(), "gone");

  Status moved = std::move(error);
  EXPECT_EQ(moved.code(), StatusCode::kIOError);
  EXPECT_TRUE(error.ok());  // NOLINT(bugprone-use-after-move): a moved-from Status is OK
  EXPECT_EQ(error.message(), "");
  EXPECT_FALSE(error.where().has_value());
  moved = Status();
  EXPECT_TRUE(moved.ok());
  EXPECT_EQ(moved.code(), StatusCode::kOk);
}

TEST(StatusTest, AnOkCodeWithAMessageKeepsItsMessage) {
  Status note(StatusCode::kOk, "nothing to do");
  EXPECT_TRUE(note.ok());
  EXPECT_EQ(note.message(), "nothing to do");
  EXPECT_EQ(note.ToString(), "ok");
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
