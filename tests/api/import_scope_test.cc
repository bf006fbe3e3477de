// Database::Import scopes blank node labels to the import call: _:b1 in two imported
// documents (files, or two reads of standard input) names two nodes, in both import paths.
#include <set>
#include <sstream>

#include "marsad/database.h"
#include "support/test_util.h"

namespace marsad {
namespace {

class ImportScopeTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    Options options;
    options.sync_writes = false;
    auto db = Database::Open(dir_.Sub("db"), options);
    ASSERT_OK(db);
    db_ = std::move(db).value();
  }

  Result<ImportReport> Import(const std::string& text, RdfFormat format) {
    std::istringstream in(text);
    ImportOptions options;
    options.format = format;
    options.bulk = GetParam();
    return db_->Import(in, options);
  }

  std::set<std::string> Subjects() {
    std::set<std::string> out;
    auto cursor = db_->Match(QuadPattern{});
    EXPECT_TRUE(cursor.ok());
    while ((*cursor)->Next()) out.insert((*cursor)->quad().subject.ToNTriples());
    return out;
  }

  testing::TempDir dir_;
  std::unique_ptr<Database> db_;
};

TEST_P(ImportScopeTest, SameLabelInTwoImportsIsTwoNodes) {
  const std::string doc = "_:b1 <http://ex/name> \"a\" .\n_:b1 <http://ex/age> \"3\" .\n";
  ASSERT_OK(Import(doc, RdfFormat::kNTriples));
  std::set<std::string> after_first = Subjects();
  EXPECT_EQ(after_first.size(), 1u);  // within one document the label is one node
  auto second = Import(doc, RdfFormat::kNTriples);
  ASSERT_OK(second);
  EXPECT_EQ(second->quads_added, 2u);  // a second document: new node, new quads
  EXPECT_EQ(Subjects().size(), 2u);
  EXPECT_EQ(db_->GetStatistics()->quads, 4u);
}

TEST_P(ImportScopeTest, TurtleAnonymousNodesOfTwoImportsStayApart) {
  const std::string doc = "[] <http://ex/p> [ <http://ex/q> 1 ] .\n";
  ASSERT_OK(Import(doc, RdfFormat::kTurtle));
  ASSERT_OK(Import(doc, RdfFormat::kTurtle));
  EXPECT_EQ(db_->GetStatistics()->quads, 4u);
  EXPECT_EQ(Subjects().size(), 4u);
}

TEST_P(ImportScopeTest, BlankGraphLabelsAreScopedToo) {
  const std::string doc = "<http://ex/s> <http://ex/p> \"o\" _:g .\n";
  ASSERT_OK(Import(doc, RdfFormat::kNQuads));
  ASSERT_OK(Import(doc, RdfFormat::kNQuads));
  EXPECT_EQ(db_->GetStatistics()->graphs, 2u);
}

INSTANTIATE_TEST_SUITE_P(BulkAndBatched, ImportScopeTest, ::testing::Bool(),
                         [](const auto& param_info) {
                           return param_info.param ? "Bulk" : "Batched";
                         });

}  // namespace
}  // namespace marsad
