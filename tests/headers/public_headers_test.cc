// The public headers expose no RocksDB, ICU or PEGTL type and include nothing internal.
#include <filesystem>
#include <regex>
#include <string>

#include "support/test_util.h"

namespace marsad {
namespace {

TEST(PublicHeadersTest, IncludeOnlyStandardAndMarsadHeaders) {
  const auto dir = testing::SourceDir() / "engine" / "include" / "marsad";
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
  const std::regex include_line(R"(#\s*include\s*[<"]([^>"]+)[>"])");
  int headers = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".h") continue;
    ++headers;
    const std::string text = testing::ReadFile(entry.path());
    for (std::sregex_iterator it(text.begin(), text.end(), include_line), end; it != end; ++it) {
      const std::string target = (*it)[1];
      const bool standard = target.find('/') == std::string::npos && target.find('.') == std::string::npos;
      const bool public_marsad = target.rfind("marsad/", 0) == 0;
      EXPECT_TRUE(standard || public_marsad)
          << entry.path().filename() << " includes " << target;
    }
    for (const char* banned : {"rocksdb", "icu::", "UnicodeString", "tao::", "pegtl"}) {
      EXPECT_EQ(text.find(banned), std::string::npos)
          << entry.path().filename() << " mentions " << banned;
    }
  }
  EXPECT_GE(headers, 6);
}

}  // namespace
}  // namespace marsad
