#include <string>

#include "grammar/rdf/iri.h"
#include "support/test_util.h"

namespace marsad::grammar::rdf {
namespace {

struct ResolveCase {
  const char* reference;
  const char* expected;
};

// RFC 3986 §5.4.1 (normal) and §5.4.2 (abnormal) examples, base "http://a/b/c/d;p?q".
constexpr ResolveCase kRfcCases[] = {
    {"g:h", "g:h"},
    {"g", "http://a/b/c/g"},
    {"./g", "http://a/b/c/g"},
    {"g/", "http://a/b/c/g/"},
    {"/g", "http://a/g"},
    {"//g", "http://g"},
    {"?y", "http://a/b/c/d;p?y"},
    {"g?y", "http://a/b/c/g?y"},
    {"#s", "http://a/b/c/d;p?q#s"},
    {"g#s", "http://a/b/c/g#s"},
    {"g?y#s", "http://a/b/c/g?y#s"},
    {";x", "http://a/b/c/;x"},
    {"g;x", "http://a/b/c/g;x"},
    {"", "http://a/b/c/d;p?q"},
    {".", "http://a/b/c/"},
    {"./", "http://a/b/c/"},
    {"..", "http://a/b/"},
    {"../", "http://a/b/"},
    {"../g", "http://a/b/g"},
    {"../..", "http://a/"},
    {"../../g", "http://a/g"},
    {"../../../g", "http://a/g"},
    {"/./g", "http://a/g"},
    {"/../g", "http://a/g"},
    {"g.", "http://a/b/c/g."},
    {".g", "http://a/b/c/.g"},
    {"g..", "http://a/b/c/g.."},
    {"..g", "http://a/b/c/..g"},
    {"./../g", "http://a/b/g"},
    {"./g/.", "http://a/b/c/g/"},
    {"g/./h", "http://a/b/c/g/h"},
    {"g/../h", "http://a/b/c/h"},
    {"g;x=1/./y", "http://a/b/c/g;x=1/y"},
    {"g;x=1/../y", "http://a/b/c/y"},
    {"g?y/./x", "http://a/b/c/g?y/./x"},
    {"g#s/../x", "http://a/b/c/g#s/../x"},
    {"http:g", "http:g"},
};

TEST(ResolveIriTest, FollowsRfc3986Examples) {
  for (const ResolveCase& c : kRfcCases) {
    EXPECT_EQ(ResolveIri("http://a/b/c/d;p?q", c.reference), c.expected) << c.reference;
  }
}

TEST(ResolveIriTest, MergesWithAuthorityAndEmptyPath) {
  EXPECT_EQ(ResolveIri("http://example.org", "x"), "http://example.org/x");
}

TEST(ResolveIriTest, KeepsNonAsciiCharacters) {
  EXPECT_EQ(ResolveIri("http://example.org/أخبار/", "مرصد#1"), "http://example.org/أخبار/مرصد#1");
}

TEST(HasIriSchemeTest, RequiresLetterThenSchemeCharsThenColon) {
  EXPECT_TRUE(HasIriScheme("http://x"));
  EXPECT_TRUE(HasIriScheme("urn:isbn:1"));
  EXPECT_TRUE(HasIriScheme("a+b-c.d:x"));
  EXPECT_FALSE(HasIriScheme("s"));
  EXPECT_FALSE(HasIriScheme("/a:b"));
  EXPECT_FALSE(HasIriScheme("1a:b"));
  EXPECT_FALSE(HasIriScheme(""));
}

}  // namespace
}  // namespace marsad::grammar::rdf
