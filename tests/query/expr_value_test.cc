#include <gtest/gtest.h>

#include "query/expr/datetime.h"
#include "query/expr/value.h"

namespace marsad::query::expr {
namespace {

const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";

Term Int(const char* lex) { return Term::Typed(lex, kXsd + "integer"); }
Term Dec(const char* lex) { return Term::Typed(lex, kXsd + "decimal"); }
Term Dbl(const char* lex) { return Term::Typed(lex, kXsd + "double"); }

TEST(NumericTest, ParsesDerivedIntegerTypesAsIntegers) {
  auto n = ToNumeric(Term::Typed("42", kXsd + "short"));
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->kind, Numeric::Kind::kInteger);
  EXPECT_EQ(n->integer, 42);
}

TEST(NumericTest, RejectsIllFormedLexicalForms) {
  EXPECT_FALSE(ToNumeric(Int("4.5")).has_value());
  EXPECT_FALSE(ToNumeric(Dec("1e3")).has_value());
  EXPECT_FALSE(ToNumeric(Dbl("abc")).has_value());
  EXPECT_FALSE(ToNumeric(Term::Literal("12")).has_value());
}

TEST(NumericTest, CanonicalForms) {
  EXPECT_EQ(MakeDecimal(2.5L).value(), "2.5");
  EXPECT_EQ(MakeDecimal(3.0L).value(), "3.0");
  EXPECT_EQ(MakeDouble(1500.0L).value(), "1.5E3");
  EXPECT_EQ(MakeDouble(0.25L).value(), "2.5E-1");
}

TEST(CompareTest, PromotesAcrossNumericTypes) {
  EXPECT_EQ(ValueCompare(Int("1"), Dbl("1.0e0")), 0);
  EXPECT_EQ(ValueCompare(Int("2"), Dec("1.5")), 1);
  EXPECT_EQ(ValueCompare(Dec("-0.5"), Int("0")), -1);
}

TEST(CompareTest, StringsWithLanguageTagsCompareOnlyWithinOneLanguage) {
  EXPECT_EQ(ValueCompare(Term::LangLiteral("a", "en"), Term::LangLiteral("b", "en")), -1);
  EXPECT_FALSE(ValueCompare(Term::LangLiteral("a", "en"), Term::LangLiteral("a", "ar")));
  EXPECT_FALSE(ValueCompare(Term::Literal("a"), Int("1")));
}

TEST(CompareTest, DateTimesCompareAsInstantsAcrossTimezones) {
  Term a = Term::Typed("2024-03-01T12:00:00+03:00", std::string(xsd::kDateTime));
  Term b = Term::Typed("2024-03-01T09:00:00Z", std::string(xsd::kDateTime));
  Term c = Term::Typed("2024-03-01T10:00:00Z", std::string(xsd::kDateTime));
  EXPECT_EQ(ValueCompare(a, b), 0);
  EXPECT_EQ(ValueCompare(a, c), -1);
  Term d1 = Term::Typed("2023-12-31", std::string(xsd::kDate));
  Term d2 = Term::Typed("2024-01-01", std::string(xsd::kDate));
  EXPECT_EQ(ValueCompare(d1, d2), -1);
}

TEST(EqualsTest, UnknownDatatypesAreErrorsKnownDifferentTypesAreUnequal) {
  Term odd1 = Term::Typed("a", "http://example.org/t");
  Term odd2 = Term::Typed("b", "http://example.org/t");
  EXPECT_FALSE(ValueEquals(odd1, odd2).has_value());
  EXPECT_EQ(ValueEquals(odd1, odd1), true);
  EXPECT_EQ(ValueEquals(Term::Literal("1"), Int("1")), false);
  EXPECT_EQ(ValueEquals(Int("01"), Int("1")), true);
  EXPECT_EQ(ValueEquals(Term::Iri("http://x"), Term::Literal("http://x")), false);
}

struct EbvCase {
  Value value;
  std::optional<bool> expected;
};

TEST(EffectiveBooleanValueTest, FollowsSparqlTable) {
  const EbvCase cases[] = {
      {Term::Boolean(true), true},
      {Term::Typed("false", std::string(xsd::kBoolean)), false},
      {Term::Literal(""), false},
      {Term::Literal("x"), true},
      {Term::LangLiteral("x", "ar"), true},
      {Int("0"), false},
      {Dbl("NaN"), false},
      {Dec("0.1"), true},
      {Int("abc"), false},  // ill-typed numeric: false, not an error
      {Term::Iri("http://x"), std::nullopt},
      {kError, std::nullopt},
  };
  for (const EbvCase& c : cases) {
    EXPECT_EQ(EffectiveBooleanValue(c.value), c.expected)
        << (c.value ? c.value->ToNTriples() : "error");
  }
}

TEST(OrderCompareTest, OrdersUnboundBlankIriLiteral) {
  Term blank = Term::Blank("b"), iri = Term::Iri("http://a"), lit = Term::Literal("a");
  EXPECT_LT(OrderCompare(nullptr, &blank), 0);
  EXPECT_LT(OrderCompare(&blank, &iri), 0);
  EXPECT_LT(OrderCompare(&iri, &lit), 0);
  Term two = Int("2"), ten = Int("10");
  EXPECT_LT(OrderCompare(&two, &ten), 0);  // by value, not lexically
}

TEST(DateTimeTest, ParsesFractionsAndTimezones) {
  auto dt = ParseDateTime("2011-01-10T14:45:13.815-05:00", false);
  ASSERT_TRUE(dt.has_value());
  EXPECT_EQ(dt->year, 2011);
  EXPECT_EQ(dt->hours, 14);
  EXPECT_NEAR(dt->seconds, 13.815, 1e-9);
  EXPECT_EQ(dt->tz_minutes, -300);
  EXPECT_FALSE(ParseDateTime("2011-13-10T14:45:13Z", false).has_value());
  EXPECT_FALSE(ParseDateTime("2011-01-10", false).has_value());
}

}  // namespace
}  // namespace marsad::query::expr
