// Layering: only engine/src/text may include ICU, and of its headers only the internal ones
// (which other modules must not include) may do so.
#include <filesystem>
#include <regex>
#include <set>
#include <string>

#include "support/test_util.h"

namespace marsad::text {
namespace {

const std::set<std::string> kInternalIcuHeaders = {"icu_status.h", "icu_iterators.h",
                                                   "sentence_rules.h"};

TEST(TextHeadersTest, ProjectFacingHeadersExposeNoIcu) {
  const auto dir = testing::SourceDir() / "engine" / "src" / "text";
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
  const std::regex include_line(R"(#\s*include\s*[<"]([^>"]+)[>"])");
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".h") continue;
    const std::string name = entry.path().filename().string();
    if (kInternalIcuHeaders.count(name) > 0) continue;
    ++checked;
    const std::string text = testing::ReadFile(entry.path());
    for (std::sregex_iterator it(text.begin(), text.end(), include_line), end; it != end; ++it) {
      const std::string target = (*it)[1];
      EXPECT_NE(target.rfind("unicode/", 0), 0u) << name << " includes " << target;
      if (target.rfind("text/", 0) == 0) {
        EXPECT_EQ(kInternalIcuHeaders.count(target.substr(5)), 0u)
            << name << " includes internal " << target;
      }
    }
    for (const char* banned : {"icu::", "UChar", "UErrorCode", "UnicodeString"}) {
      EXPECT_EQ(text.find(banned), std::string::npos) << name << " mentions " << banned;
    }
  }
  EXPECT_GE(checked, 10);
}

}  // namespace
}  // namespace marsad::text
