#include "lubm_generator.h"

#include <map>
#include <string>

#include "support/test_util.h"

namespace marsad::gen {
namespace {

std::string Generate(int universities, std::uint64_t seed, std::uint64_t* count) {
  std::string out;
  *count = GenerateLubm({universities, seed}, [&](std::string_view line) { out += line; });
  return out;
}

TEST(LubmGeneratorTest, SameSeedGivesSameBytes) {
  std::uint64_t a = 0, b = 0;
  EXPECT_EQ(Generate(1, 7, &a), Generate(1, 7, &b));
  EXPECT_EQ(a, b);
}

TEST(LubmGeneratorTest, OtherSeedGivesOtherData) {
  std::uint64_t a = 0, b = 0;
  EXPECT_NE(Generate(1, 1, &a), Generate(1, 2, &b));
}

TEST(LubmGeneratorTest, AboutAHundredThousandTriplesPerUniversity) {
  std::uint64_t one = 0, two = 0;
  Generate(1, 0, &one);
  Generate(2, 0, &two);
  EXPECT_GT(one, 60000u);
  EXPECT_LT(one, 160000u);
  EXPECT_GT(two, one + 60000u);
}

TEST(LubmGeneratorTest, EveryLineIsOneNTriplesStatementWithTheUnivBenchVocabulary) {
  std::uint64_t count = 0;
  const std::string text = Generate(1, 0, &count);
  std::map<std::string, int> predicates;
  std::size_t start = 0, lines = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    ASSERT_NE(end, std::string::npos);
    const std::string line = text.substr(start, end - start);
    ASSERT_EQ(line.front(), '<') << line;
    ASSERT_EQ(line.substr(line.size() - 2), " .") << line;
    const std::size_t p = line.find("> <") + 3;
    predicates[line.substr(p, line.find('>', p) - p)]++;
    start = end + 1;
    ++lines;
  }
  EXPECT_EQ(lines, count);
  const std::string ub = "http://swat.cse.lehigh.edu/onto/univ-bench.owl#";
  for (const char* name : {"worksFor", "takesCourse", "advisor", "teacherOf", "memberOf",
                           "publicationAuthor", "subOrganizationOf", "headOf"}) {
    EXPECT_GT(predicates[ub + name], 0) << name;
  }
}

}  // namespace
}  // namespace marsad::gen
