// The marsad subcommands, run as library code on string streams.
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

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
 protected:
  CliRun Marsad(std::vector<std::string> args, const std::string& stdin_text = "") {
    std::istringstream in(stdin_text);
    std::ostringstream out, err;
    Context ctx{.in = in, .out = out, .err = err};
    args.insert(args.begin(), {"--db", db_});
    const int code = RunMain(args, ctx);
    return {code, out.str(), err.str()};
  }
  std::string Write(const std::string& name, const std::string& text) {
    const std::string path = dir_.Sub(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

  testing::TempDir dir_;
  std::string db_ = dir_.Sub("db");
};

const char* kTwoTriples =
    "<http://e/rouhani> <http://www.w3.org/2000/01/rdf-schema#label> \"حسن روحاني\"@ar .\n"
    "<http://e/rouhani> <http://marsad.dev/ns#phoned> <http://e/putin> .\n";

TEST_F(CliTest, ImportThenStatsCountsTheQuads) {
  const std::string file = Write("a.nt", kTwoTriples);
  CliRun import = Marsad({"import", file});
  ASSERT_EQ(import.code, 0) << import.err;
  EXPECT_THAT(import.err, HasSubstr("imported 2 quads (2 new)"));
  CliRun stats = Marsad({"stats"});
  ASSERT_EQ(stats.code, 0) << stats.err;
  EXPECT_THAT(stats.out, HasSubstr("quads:    2"));
  EXPECT_THAT(stats.out, HasSubstr("<http://marsad.dev/ns#phoned>"));
}

TEST_F(CliTest, ReimportAddsNothing) {
  const std::string file = Write("a.nt", kTwoTriples);
  ASSERT_EQ(Marsad({"import", file}).code, 0);
  CliRun again = Marsad({"import", file});
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_THAT(again.err, HasSubstr("imported 2 quads (0 new)"));
}

TEST_F(CliTest, BadLineIsReportedAsFileLineColumnAndExitsOne) {
  const std::string file =
      Write("bad.nt", std::string(kTwoTriples) + "<http://e/a> <http://e/b> \"روحاني .\n");
  CliRun r = Marsad({"import", file});
  EXPECT_EQ(r.code, kExitError);
  EXPECT_THAT(r.err, HasSubstr(file + ":3:"));
}

TEST_F(CliTest, FailedBatchLeavesEarlierBatchesAndNothingOfItself) {
  std::string text;
  for (int i = 0; i < 10; ++i) {
    text += "<http://e/s" + std::to_string(i) + "> <http://e/p> \"v\" .\n";
  }
  text += "this is not RDF\n";
  const std::string file = Write("half.nt", text);
  CliRun r = Marsad({"import", "--batch", "4", file});
  EXPECT_EQ(r.code, kExitError);
  EXPECT_THAT(r.err, HasSubstr(":11:"));
  CliRun stats = Marsad({"stats", "--json"});
  ASSERT_EQ(stats.code, 0) << stats.err;
  // Batches of 4: lines 1-4 and 5-8 committed, the batch with lines 9-11 discarded.
  EXPECT_THAT(stats.out, HasSubstr("\"quads\":8,"));
}

TEST_F(CliTest, SkipBadCountsBadLinesAndGoesOn) {
  const std::string file = Write("skip.nt", std::string("garbage\n") + kTwoTriples);
  CliRun r = Marsad({"import", "--skip-bad", file});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("skipped 1 bad lines"));
  EXPECT_THAT(r.err, HasSubstr("imported 2 quads"));
}

TEST_F(CliTest, ExportThenImportYieldsTheSameDatabase) {
  const std::string file = Write(
      "g.nq", std::string(kTwoTriples) +
                  "<http://e/a> <http://e/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> "
                  "<http://e/graph1> .\n_:b1 <http://e/p> \"x\\ny\" <http://e/graph2> .\n");
  ASSERT_EQ(Marsad({"import", file}).code, 0);
  CliRun exported = Marsad({"export", "--format", "nq"});
  ASSERT_EQ(exported.code, 0) << exported.err;
  const std::string first = exported.out;
  const std::string copy = Write("copy.nq", first);
  db_ = dir_.Sub("db2");
  ASSERT_EQ(Marsad({"import", copy}).code, 0);
  CliRun again = Marsad({"export", "--format", "nq"});
  ASSERT_EQ(again.code, 0) << again.err;
  // Each import scopes blank node labels to its file, so the copy's one blank node has
  // another label; with the labels erased the exports must be equal.
  const std::regex blank_label("_:[A-Za-z0-9_-]+");
  EXPECT_EQ(std::regex_replace(again.out, blank_label, "_:B"),
            std::regex_replace(first, blank_label, "_:B"));
  EXPECT_THAT(first, HasSubstr("<http://e/graph1>"));
}

TEST_F(CliTest, StdinNeedsAFormat) {
  EXPECT_EQ(Marsad({"import", "-"}, kTwoTriples).code, kExitUsage);
  CliRun r = Marsad({"import", "--format", "nt", "-"}, kTwoTriples);
  EXPECT_EQ(r.code, 0) << r.err;
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Marsad({"frobnicate"}).code, kExitUsage);
  EXPECT_EQ(Marsad({"import"}).code, kExitUsage);
  EXPECT_EQ(Marsad({"import", "--format", "xml", "x.xml"}).code, kExitUsage);
  EXPECT_EQ(Marsad({"export", "--bogus"}).code, kExitUsage);
}

TEST_F(CliTest, MissingFileAndMissingDatabaseExitOne) {
  CliRun missing = Marsad({"import", dir_.Sub("nope.nt")});
  EXPECT_EQ(missing.code, kExitError);
  EXPECT_THAT(missing.err, HasSubstr("cannot open"));
  db_ = dir_.Sub("never-created");
  CliRun stats = Marsad({"stats"});
  EXPECT_EQ(stats.code, kExitError);
  EXPECT_THAT(stats.err, HasSubstr(db_));
}

std::string CorpusFile(const char* prefix) {
  for (const auto& e : std::filesystem::directory_iterator(testing::SourceDir() / "corpus")) {
    const std::string name = e.path().filename().string();
    if (name.rfind(prefix, 0) == 0 && e.path().extension() == ".txt") return e.path().string();
  }
  return "";
}

TEST_F(CliTest, IngestTheCorpusThenReingestReplacesInsteadOfDuplicating) {
  const std::string corpus = (testing::SourceDir() / "corpus").string();
  CliRun first = Marsad({"ingest", corpus});
  ASSERT_EQ(first.code, 0) << first.err;
  EXPECT_THAT(first.err, HasSubstr("ingested 5 articles"));
  const std::string stats_before = Marsad({"stats", "--json"}).out;
  CliRun again = Marsad({"ingest", CorpusFile("004")});
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_EQ(Marsad({"stats", "--json"}).out, stats_before);
}

TEST_F(CliTest, ReingestingAShorterArticleDropsTheFactsOfTheRemovedSentences) {
  const std::string text = testing::ReadFile(CorpusFile("004"));
  const std::string path = Write("article.txt", text);
  ASSERT_EQ(Marsad({"ingest", path}).code, 0);
  const char* kNato = "ASK { ?o marsad:calledOn ?x ; marsad:latinAlias \"nato\" }";
  EXPECT_THAT(Marsad({"query", "--format", "json", kNato}).out, HasSubstr("true"));
  // Cut the article before the NATO paragraph: its call-on fact must go.
  Write("article.txt", text.substr(0, text.find("الى ذلك دعا حلف")));
  ASSERT_EQ(Marsad({"ingest", path}).code, 0);
  EXPECT_THAT(Marsad({"query", "--format", "json", kNato}).out, HasSubstr("false"));
}

TEST_F(CliTest, ExtractPrintsFactsWithTheirRulesWithoutADatabase) {
  CliRun r = Marsad({"extract", "--json", CorpusFile("003")});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"rule\""));
  EXPECT_THAT(r.out, HasSubstr("كاظم جلالي"));
  EXPECT_FALSE(std::filesystem::exists(db_));
}

TEST_F(CliTest, RulesCheckReportsFileLineColumn) {
  const std::string bad = Write("bad.rules", "rule broken\n  match (\nend\n");
  CliRun r = Marsad({"rules", "check", bad});
  EXPECT_EQ(r.code, kExitError);
  EXPECT_THAT(r.err, HasSubstr(bad + ":"));
}

TEST_F(CliTest, QuerySyntaxErrorShowsACaretAndExitsOne) {
  ASSERT_EQ(Marsad({"import", Write("a.nt", kTwoTriples)}).code, 0);
  CliRun r = Marsad({"query", "SELECT ?x WHERE { ?x ?y }"});
  EXPECT_EQ(r.code, kExitError);
  EXPECT_THAT(r.err, HasSubstr("^"));
  CliRun ok = Marsad({"query", "--format", "csv", "SELECT ?o WHERE { ?s <http://marsad.dev/ns#phoned> ?o }"});
  ASSERT_EQ(ok.code, 0) << ok.err;
  EXPECT_THAT(ok.out, HasSubstr("http://e/putin"));
}

TEST_F(CliTest, EveryCommandHasHelp) {
  for (const Command& command : Commands()) {
    CliRun r = Marsad({command.name, "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out, HasSubstr(std::string("usage: marsad ") + command.name));
  }
}

// Distinct blank node labels in an N-Quads export.
std::set<std::string> BlankLabels(const std::string& nquads) {
  std::set<std::string> labels;
  const std::regex label("_:[A-Za-z0-9_-]+");
  for (std::sregex_iterator it(nquads.begin(), nquads.end(), label), end; it != end; ++it) {
    labels.insert(it->str());
  }
  return labels;
}

// Blank node labels are scoped per imported file and per stdin import; Turtle relative IRIs
// resolve against the file's file:// URL when no @base or --base is given.
const char* kPerson = "_:b1 <http://ex/name> \"a\" .\n_:b1 <http://ex/knows> _:b2 .\n";

TEST_F(CliTest, SameLabelInTwoFilesIsTwoNodes) {
  const std::string a = Write("a.nt", kPerson);
  const std::string b = Write("b.nt", kPerson);
  CliRun run = Marsad({"import", a, b});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("imported 2 quads (2 new) from " + b));
  EXPECT_EQ(BlankLabels(Marsad({"export", "--format", "nq"}).out).size(), 4u);
}

TEST_F(CliTest, EachStdinImportIsItsOwnDocument) {
  ASSERT_EQ(Marsad({"import", "--format", "nt", "-"}, kPerson).code, 0);
  EXPECT_EQ(BlankLabels(Marsad({"export", "--format", "nq"}).out).size(), 2u);
  CliRun again = Marsad({"import", "--format", "nt", "-"}, kPerson);
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_THAT(again.err, HasSubstr("(2 new)"));
  EXPECT_EQ(BlankLabels(Marsad({"export", "--format", "nq"}).out).size(), 4u);
}

TEST_F(CliTest, BulkImportScopesLabelsToo) {
  const std::string a = Write("a.nt", kPerson);
  ASSERT_EQ(Marsad({"import", "--bulk", a}).code, 0);
  ASSERT_EQ(Marsad({"import", "--bulk", a}).code, 0);
  EXPECT_EQ(BlankLabels(Marsad({"export", "--format", "nq"}).out).size(), 4u);
}

TEST_F(CliTest, TurtleRelativeIrisResolveAgainstTheFileUrl) {
  const std::string file = Write("my data.ttl", "<#me> <rel/p> <../up> .\n");
  CliRun run = Marsad({"import", file});
  ASSERT_EQ(run.code, 0) << run.err;
  CliRun exported = Marsad({"export"});
  const std::string dir = std::filesystem::absolute(dir_.Sub("")).lexically_normal().string();
  std::string url_dir = "file://" + dir;
  if (url_dir.back() != '/') url_dir += '/';
  const std::string parent =
      "file://" + std::filesystem::path(dir).parent_path().parent_path().string() + "/up";
  EXPECT_THAT(exported.out, HasSubstr("<" + url_dir + "my%20data.ttl#me>"));
  EXPECT_THAT(exported.out, HasSubstr("<" + url_dir + "rel/p>"));
  EXPECT_THAT(exported.out, HasSubstr("<" + parent + ">"));
}

TEST_F(CliTest, BaseOptionAndBaseDirectiveWinOverTheFileUrl) {
  const std::string plain = Write("a.ttl", "<x> <http://ex/p> 1 .\n");
  const std::string with_base = Write("b.ttl", "@base <http://doc/> .\n<y> <http://ex/p> 2 .\n");
  ASSERT_EQ(Marsad({"import", "--base", "http://given/", plain}).code, 0);
  ASSERT_EQ(Marsad({"import", with_base}).code, 0);
  CliRun exported = Marsad({"export"});
  EXPECT_THAT(exported.out, HasSubstr("<http://given/x>"));
  EXPECT_THAT(exported.out, HasSubstr("<http://doc/y>"));
}

TEST_F(CliTest, RelativeIriOnStdinWithoutBaseIsAnError) {
  CliRun run = Marsad({"import", "--format", "ttl", "-"}, "<x> <http://ex/p> 1 .\n");
  EXPECT_EQ(run.code, kExitError);
  EXPECT_THAT(run.err, HasSubstr("<stdin>:1:1"));
  EXPECT_THAT(run.err, HasSubstr("no base IRI"));
}

}  // namespace
}  // namespace marsad::cli
