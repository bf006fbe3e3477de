// BlankNodeScope: one document's labels map to nodes no other scope produces.
#include "io/blank_node_scope.h"

#include "base/ntriples_escape.h"
#include "support/test_util.h"

namespace marsad::io {
namespace {

Quad BlankQuad(const std::string& s, const std::string& o, const std::string& g = "") {
  return Quad{Term::Blank(s), Term::Iri("http://ex/p"), Term::Blank(o),
              g.empty() ? Term() : Term::Blank(g)};
}

TEST(BlankNodeScopeTest, SameLabelSameNodeWithinAScope) {
  BlankNodeScope scope(0x1234);
  Quad a = BlankQuad("b1", "b2", "g");
  Quad b = BlankQuad("b2", "b1");
  scope.Apply(&a);
  scope.Apply(&b);
  EXPECT_EQ(a.subject, b.object);
  EXPECT_EQ(a.object, b.subject);
  EXPECT_NE(a.subject, a.object);
  EXPECT_EQ(a.subject.value(), "b0000000000001234_1");
  EXPECT_EQ(a.graph.value(), "b0000000000001234_3");
  EXPECT_TRUE(b.graph.is_null());  // the default graph stays the default graph
  EXPECT_EQ(scope.size(), 3u);
}

TEST(BlankNodeScopeTest, SameLabelInTwoScopesIsTwoNodes) {
  BlankNodeScope first;
  BlankNodeScope second;
  ASSERT_NE(first.token(), second.token());
  Quad a = BlankQuad("b1", "b1");
  Quad b = BlankQuad("b1", "b1");
  first.Apply(&a);
  second.Apply(&b);
  EXPECT_NE(a.subject, b.subject);
}

TEST(BlankNodeScopeTest, IrisAndLiteralsAreUntouchedAndLabelsAreWrittenAsIs) {
  BlankNodeScope scope(7);
  Quad q{Term::Iri("http://ex/s"), Term::Iri("http://ex/p"), Term::Literal("_:b1"),
         Term::Iri("http://ex/g")};
  const Quad before = q;
  scope.Apply(&q);
  EXPECT_EQ(q, before);
  Quad blank = BlankQuad("weird label", "x");
  scope.Apply(&blank);
  std::string out;
  AppendBlankNode(blank.subject.value(), &out);
  EXPECT_EQ(out, "_:" + blank.subject.value());  // a plain label: exports stay readable
}

}  // namespace
}  // namespace marsad::io
