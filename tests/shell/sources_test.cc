#include "tools/shell/sources.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "fake_result.h"
#include "support/test_util.h"
#include "tools/shell/printers/result_printer.h"

namespace marsad::shell {
namespace {

using ::testing::HasSubstr;

constexpr char kNs[] = "http://marsad.dev/ns#";
Term Ns(const std::string& local) { return Term::Iri(kNs + local); }
Term Entity(const std::string& slug) { return Term::Iri("http://marsad.dev/entity/" + slug); }

class SourcesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = Database::Open(dir_.Sub("db"));
    ASSERT_OK(db);
    db_ = std::move(db).value();
    const Term article = Term::Iri("http://marsad.dev/article/a1");
    const Term s1 = Term::Iri("http://marsad.dev/article/a1#s1");
    const Term s2 = Term::Iri("http://marsad.dev/article/a1#s2");
    const std::vector<Quad> quads = {
        {s1, Ns("text"), Term::LangLiteral("التقى بوتين أردوغان في سوتشي.", "ar"), article},
        {s1, Ns("article"), article, article},
        {s2, Ns("text"), Term::LangLiteral("وناقش الرئيسان الوضع في سوريا.", "ar"), article},
        {s2, Ns("article"), article, article},
        {Entity("person/putin"), Ns("meets"), Entity("person/erdogan"), s1},
        {Entity("person/putin"), Ns("discusses"), Entity("country/syria"), s2},
        {Entity("person/putin"), Term::Iri("http://www.w3.org/2000/01/rdf-schema#label"),
         Term::LangLiteral("بوتين", "ar"), article},
    };
    ASSERT_OK(db_->Insert(quads));
  }

  marsad::testing::TempDir dir_;
  std::unique_ptr<Database> db_;
};

TEST_F(SourcesTest, FindsTheSentenceThatStatesTheRowsTriple) {
  SourceFinder finder(*db_);
  auto sources = finder.ForRow(std::vector<Term>{Entity("person/putin"), Ns("meets"), Entity("person/erdogan")});
  ASSERT_OK(sources);
  ASSERT_EQ(sources->size(), 1u);
  EXPECT_EQ((*sources)[0].text, "التقى بوتين أردوغان في سوتشي.");
  EXPECT_EQ((*sources)[0].article, Term::Iri("http://marsad.dev/article/a1"));
  EXPECT_EQ((*sources)[0].graph, Term::Iri("http://marsad.dev/article/a1#s1"));
}

TEST_F(SourcesTest, PairsWithoutThePredicateFindTheirSentence) {
  SourceFinder finder(*db_);
  auto sources = finder.ForRow(std::vector<Term>{Entity("person/putin"), Entity("country/syria")});
  ASSERT_OK(sources);
  ASSERT_EQ(sources->size(), 1u);
  EXPECT_EQ((*sources)[0].text, "وناقش الرئيسان الوضع في سوريا.");
}

TEST_F(SourcesTest, ALabelRowPointsAtTheArticleGraph) {
  SourceFinder finder(*db_);
  auto sources = finder.ForRow(std::vector<Term>{Entity("person/putin"), Term::LangLiteral("بوتين", "ar")});
  ASSERT_OK(sources);
  ASSERT_EQ(sources->size(), 1u);
  EXPECT_EQ((*sources)[0].text, "");
  EXPECT_EQ((*sources)[0].article, Term::Iri("http://marsad.dev/article/a1"));
}

TEST_F(SourcesTest, UnknownTermsHaveNoSources) {
  SourceFinder finder(*db_);
  auto sources = finder.ForRow(std::vector<Term>{Entity("person/nobody"), Term()});
  ASSERT_OK(sources);
  EXPECT_TRUE(sources->empty());
}

TEST_F(SourcesTest, SourcesOnAddsSentenceAndArticleColumns) {
  std::ostringstream out, err;
  ShellState state(db_.get(), out, err);
  state.sources = true;
  state.display.max_width = 0;
  testing::FakeResult result(
      QueryKind::kSelect, {"a", "b"},
      {{Entity("person/putin"), Entity("person/erdogan")}, {Entity("person/x"), Term()}});
  ASSERT_OK(PrintResult(result, state));
  EXPECT_THAT(out.str(), HasSubstr("| a "));
  EXPECT_THAT(out.str(), HasSubstr("| sentence "));
  EXPECT_THAT(out.str(), HasSubstr("| article "));
  EXPECT_THAT(out.str(), HasSubstr("\u2068التقى بوتين أردوغان في سوتشي.\u2069"));
  EXPECT_THAT(out.str(), HasSubstr("art:a1"));
  EXPECT_THAT(out.str(), HasSubstr("2 rows"));
}

TEST_F(SourcesTest, CancelStopsPrintingRows) {
  std::ostringstream out, err;
  ShellState state(db_.get(), out, err);
  std::vector<std::vector<Term>> rows(50, {Term::Integer(1)});
  testing::FakeResult result(QueryKind::kSelect, {"n"}, rows);
  state.cancel().Cancel();
  EXPECT_STATUS(PrintResult(result, state), StatusCode::kCancelled, HasSubstr("interrupted"));
  EXPECT_EQ(result.rows_read(), 0u);
}

}  // namespace
}  // namespace marsad::shell
