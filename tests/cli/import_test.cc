// marsad import: blank node labels scoped per file and per stdin import; Turtle relative IRIs
// resolved against the file's file:// URL when no @base or --base is given.
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "command.h"
#include "support/test_util.h"

namespace marsad::cli {
namespace {

using ::testing::HasSubstr;

class ImportCliTest : public ::testing::Test {
 protected:
  struct Run {
    int code;
    std::string out;
    std::string err;
  };
  Run Marsad(std::vector<std::string> args, const std::string& stdin_text = "") {
    std::istringstream in(stdin_text);
    std::ostringstream out, err;
    Context ctx{.in = in, .out = out, .err = err};
    args.insert(args.begin(), {"--db", dir_.Sub("db")});
    const int code = RunMain(args, ctx);
    return {code, out.str(), err.str()};
  }
  std::string Write(const std::string& name, const std::string& text) {
    const std::string path = dir_.Sub(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  // Distinct blank node labels in an N-Quads export.
  std::set<std::string> BlankLabels() {
    Run exported = Marsad({"export", "--format", "nq"});
    EXPECT_EQ(exported.code, 0) << exported.err;
    std::set<std::string> labels;
    const std::regex label("_:[A-Za-z0-9_-]+");
    for (std::sregex_iterator it(exported.out.begin(), exported.out.end(), label), end;
         it != end; ++it) {
      labels.insert(it->str());
    }
    return labels;
  }

  testing::TempDir dir_;
};

const char* kPerson = "_:b1 <http://ex/name> \"a\" .\n_:b1 <http://ex/knows> _:b2 .\n";

TEST_F(ImportCliTest, SameLabelInTwoFilesIsTwoNodes) {
  const std::string a = Write("a.nt", kPerson);
  const std::string b = Write("b.nt", kPerson);
  Run run = Marsad({"import", a, b});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("imported 2 quads (2 new) from " + b));
  EXPECT_EQ(BlankLabels().size(), 4u);
}

TEST_F(ImportCliTest, EachStdinImportIsItsOwnDocument) {
  ASSERT_EQ(Marsad({"import", "--format", "nt", "-"}, kPerson).code, 0);
  EXPECT_EQ(BlankLabels().size(), 2u);
  Run again = Marsad({"import", "--format", "nt", "-"}, kPerson);
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_THAT(again.err, HasSubstr("(2 new)"));
  EXPECT_EQ(BlankLabels().size(), 4u);
}

TEST_F(ImportCliTest, BulkImportScopesLabelsToo) {
  const std::string a = Write("a.nt", kPerson);
  ASSERT_EQ(Marsad({"import", "--bulk", a}).code, 0);
  ASSERT_EQ(Marsad({"import", "--bulk", a}).code, 0);
  EXPECT_EQ(BlankLabels().size(), 4u);
}

TEST_F(ImportCliTest, TurtleRelativeIrisResolveAgainstTheFileUrl) {
  const std::string file = Write("my data.ttl", "<#me> <rel/p> <../up> .\n");
  Run run = Marsad({"import", file});
  ASSERT_EQ(run.code, 0) << run.err;
  Run exported = Marsad({"export"});
  const std::string dir = std::filesystem::absolute(dir_.Sub("")).lexically_normal().string();
  std::string url_dir = "file://" + dir;
  if (url_dir.back() != '/') url_dir += '/';
  const std::string parent =
      "file://" + std::filesystem::path(dir).parent_path().parent_path().string() + "/up";
  EXPECT_THAT(exported.out, HasSubstr("<" + url_dir + "my%20data.ttl#me>"));
  EXPECT_THAT(exported.out, HasSubstr("<" + url_dir + "rel/p>"));
  EXPECT_THAT(exported.out, HasSubstr("<" + parent + ">"));
}

TEST_F(ImportCliTest, BaseOptionAndBaseDirectiveWinOverTheFileUrl) {
  const std::string plain = Write("a.ttl", "<x> <http://ex/p> 1 .\n");
  const std::string with_base = Write("b.ttl", "@base <http://doc/> .\n<y> <http://ex/p> 2 .\n");
  ASSERT_EQ(Marsad({"import", "--base", "http://given/", plain}).code, 0);
  ASSERT_EQ(Marsad({"import", with_base}).code, 0);
  Run exported = Marsad({"export"});
  EXPECT_THAT(exported.out, HasSubstr("<http://given/x>"));
  EXPECT_THAT(exported.out, HasSubstr("<http://doc/y>"));
}

TEST_F(ImportCliTest, RelativeIriOnStdinWithoutBaseIsAnError) {
  Run run = Marsad({"import", "--format", "ttl", "-"}, "<x> <http://ex/p> 1 .\n");
  EXPECT_EQ(run.code, kExitError);
  EXPECT_THAT(run.err, HasSubstr("<stdin>:1:1"));
  EXPECT_THAT(run.err, HasSubstr("no base IRI"));
}

}  // namespace
}  // namespace marsad::cli
