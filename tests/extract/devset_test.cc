// Ingests every article of ../shared/devset (skipped when absent, as in a user's clone) and
// writes a report of the entities, offices and events found per article to the build
// directory (devset_report.txt). The report is for hand-checking precision; the test asserts
// that every article extracts cleanly and that the run finds facts at all.
#include <filesystem>
#include <fstream>

#include "extract/report.h"
#include "extract_test_util.h"

namespace marsad::extract {
namespace {

namespace fs = std::filesystem;

TEST(DevsetTest, IngestsEveryArticleAndWritesAReport) {
  const std::optional<fs::path> shared = marsad::testing::SharedDir();
  if (!shared || !fs::exists(*shared / "devset")) GTEST_SKIP() << "no ../shared/devset";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(*shared / "devset")) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_EQ(files.size(), 30u);
  std::ofstream report("devset_report.txt");
  std::size_t offices = 0;
  std::size_t events = 0;
  for (const fs::path& file : files) {
    ArticleMeta meta;
    meta.file_stem = file.stem().string();
    meta.file = file.filename().string();
    Result<ArticleExtraction> x = ExtractArticle(marsad::testing::ReadFile(file), meta,
                                                 testing::DefaultLexicons(),
                                                 testing::DefaultRules());
    ASSERT_OK(x);
    EXPECT_FALSE(x->sentences.empty()) << file;
    offices += x->offices.size();
    events += x->events.size();
    report << FormatExtraction(*x);
    for (const SentenceInfo& sentence : x->sentences) {  // for hand-checking the facts
      report << "s" << sentence.index << "      " << sentence.text << "\n";
    }
    report << "\n";
  }
  report << "total offices=" << offices << " events=" << events << "\n";
  EXPECT_GT(offices, 30u);
  EXPECT_GT(events, 60u);
  std::cout << "devset report: " << fs::absolute("devset_report.txt") << "\n";
}

}  // namespace
}  // namespace marsad::extract
