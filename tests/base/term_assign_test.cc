// Term's Assign* setters: the same term as the matching factory, whatever the term held before,
// and the strings' capacity kept (the point of the setters: a reader reuses one Term).
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "marsad/term.h"

namespace marsad {
namespace {

Term Filled() {
  return Term::LangLiteral(std::string(100, 'x'), "EN-GB");  // every string non-empty
}

TEST(TermAssign, MatchesFactories) {
  Term t = Filled();
  t.AssignIri("http://example.org/a");
  EXPECT_EQ(t, Term::Iri("http://example.org/a"));
  t = Filled();
  t.AssignBlank("b0");
  EXPECT_EQ(t, Term::Blank("b0"));
  t = Filled();
  t.AssignLiteral("plain");
  EXPECT_EQ(t, Term::Literal("plain"));
  t = Filled();
  t.AssignTyped("5", xsd::kInteger);
  EXPECT_EQ(t, Term::Typed("5", std::string(xsd::kInteger)));
  t = Term::Iri("http://example.org/long/iri/to/give/capacity");
  t.AssignLangLiteral("chat", "FR-ca");
  EXPECT_EQ(t, Term::LangLiteral("chat", "FR-ca"));
  EXPECT_EQ(t.language(), "fr-ca");
}

// The member-wise swap exchanges every part, kind included, and the strings' buffers with them.
TEST(TermAssign, SwapExchangesEveryPartAndTheBuffers) {
  Term a = Filled();
  Term b = Term::Typed("2020-09-27", std::string(xsd::kDate));
  const char* a_buffer = a.value().data();
  using std::swap;
  swap(a, b);
  EXPECT_EQ(a, Term::Typed("2020-09-27", std::string(xsd::kDate)));
  EXPECT_EQ(b, Filled());
  EXPECT_EQ(b.value().data(), a_buffer);
  swap(a, a);
  EXPECT_EQ(a, Term::Typed("2020-09-27", std::string(xsd::kDate)));
  Term blank = Term::Blank("b0");
  swap(blank, b);
  EXPECT_TRUE(b.is_blank());
  EXPECT_TRUE(blank.is_literal());
}

TEST(TermAssign, EmptyIriIsNull) {
  Term t = Filled();
  t.AssignIri("");
  EXPECT_TRUE(t.is_null());
  EXPECT_EQ(t, Term());
}

TEST(TermAssign, ReusesCapacity) {
  Term t = Term::Iri(std::string(200, 'a'));
  const char* storage = t.value().data();
  t.AssignIri("http://example.org/short");
  EXPECT_EQ(t.value().data(), storage);
  t.AssignLiteral("lexical form");
  EXPECT_EQ(t.value().data(), storage);
  EXPECT_EQ(t.value(), "lexical form");
}

}  // namespace
}  // namespace marsad
