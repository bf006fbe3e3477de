// The seed questions (docs/examples.md): each is answered by one query over a database built
// only by ingesting the bundled articles, and each answer carries its source article.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "marsad/marsad.h"
#include "support/test_util.h"
#include "text/normalizer.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;

struct SeedQuestion {
  const char* id;
  // Each expected answer as alternatives separated by '|'; compared by match key, so any
  // spelling the knowledge base stores counts.
  std::vector<std::string> answers;
  std::vector<std::string> articles;  // article file-stem prefixes ("000")
};

const SeedQuestion kQuestions[] = {
    {"P01", {"فلاديمير بوتين"}, {"000", "003"}},
    {"P02", {"روسيا"}, {"000"}},
    {"P03", {"رئيس", "إيران"}, {"000"}},
    {"P04", {"رئيس", "أذربيجان"}, {"001"}},
    {"P05", {"سيرغي لافروف", "محمد جواد ظريف"}, {"001"}},
    {"P06", {"روسيا"}, {"001"}},
    {"P07", {"جيهون بايراموف"}, {"002"}},
    {"P08", {"سعيد خطيب زادة"}, {"001", "002"}},
    {"P09", {"حلف شمال الأطلسي|الناتو"}, {"004"}},
    {"P10", {"نيكول باشينيان"}, {"004"}},
    {"P11", {"2020-09-27"}, {"000"}},
    {"P12", {"جبرائيل", "هدروت"}, {"000"}},
    {"P13", {}, {"000", "001", "002", "003", "004"}},
    {"P14", {"وزارة الدفاع الأذربيجانية"}, {"000"}},
    {"P15", {"كاظم جلالي"}, {"003"}},
    {"P16", {"التعبئة العامة"}, {"004"}},
};

class SeedQuestionsTest : public ::testing::TestWithParam<SeedQuestion> {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    auto db = Database::Open(dir_->Sub("kb"));
    ASSERT_OK(db);
    db_ = std::move(db).value().release();
    const fs::path corpus = testing::SourceDir() / "corpus";
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(corpus)) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    ASSERT_EQ(files.size(), 5u);
    for (const fs::path& file : files) {
      Article article;
      article.file = file.string();
      article.text = testing::ReadFile(file);
      const std::string meta = testing::ReadFile(fs::path(file).replace_extension(".meta"));
      if (auto at = meta.find("date: "); at != std::string::npos) article.date = meta.substr(at + 6, 10);
      ASSERT_OK(db_->Ingest(article));
    }
  }
  static void TearDownTestSuite() {
    delete db_;
    delete dir_;
  }

  static testing::TempDir* dir_;
  static Database* db_;
};

testing::TempDir* SeedQuestionsTest::dir_ = nullptr;
Database* SeedQuestionsTest::db_ = nullptr;

bool AnswerMatches(const std::string& expected, const std::string& value) {
  const std::string got = text::MatchKey(value);
  std::size_t start = 0;
  while (start <= expected.size()) {
    const std::size_t bar = std::min(expected.find('|', start), expected.size());
    const std::string want = text::MatchKey(expected.substr(start, bar - start));
    if (!want.empty() && got.find(want) != std::string::npos) return true;
    start = bar + 1;
  }
  return false;
}

TEST_P(SeedQuestionsTest, AnsweredByOneQueryWithItsSources) {
  const SeedQuestion& q = GetParam();
  const fs::path path = testing::SourceDir() / "tests" / "acceptance" / "queries" / (std::string(q.id) + ".rq");
  const std::string query = testing::ReadFile(path);
  ASSERT_FALSE(query.empty()) << path;
  auto result = db_->Query(query);
  ASSERT_OK(result);
  const auto& vars = (*result)->variables();
  const auto article_col = std::find(vars.begin(), vars.end(), "article") - vars.begin();
  ASSERT_LT(static_cast<std::size_t>(article_col), vars.size()) << "the query must return ?article";
  std::vector<std::string> values;
  std::set<std::string> articles;
  while ((*result)->Next()) {
    const auto row = (*result)->row();
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (static_cast<std::ptrdiff_t>(i) == article_col) {
        articles.insert(fs::path(row[i].value()).filename().string());
      } else if (!row[i].is_null()) {
        values.push_back(row[i].value());
      }
    }
  }
  ASSERT_OK((*result)->status());
  for (const std::string& expected : q.answers) {
    EXPECT_TRUE(std::any_of(values.begin(), values.end(),
                            [&](const std::string& v) { return AnswerMatches(expected, v); }))
        << q.id << ": no row answers " << expected << " (" << values.size() << " values)";
  }
  for (const std::string& stem : q.articles) {
    EXPECT_TRUE(std::any_of(articles.begin(), articles.end(),
                            [&](const std::string& a) { return a.rfind(stem, 0) == 0; }))
        << q.id << ": no answer cites article " << stem;
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, SeedQuestionsTest, ::testing::ValuesIn(kQuestions),
                         [](const auto& test_info) { return std::string(test_info.param.id); });

}  // namespace
}  // namespace marsad
