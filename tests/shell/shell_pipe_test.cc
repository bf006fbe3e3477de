// End-to-end: the real `marsad` binary reading statements from a pipe or a file, as scripts
// use it. Asserts stdout, stderr and the exit code.
#include <sys/wait.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "support/test_util.h"
#include "tmux_session.h"

namespace marsad::shell {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using testing::ShellQuote;

constexpr char kMarsad[] = MARSAD_BINARY;

struct Outcome {
  int code = -1;
  std::string out;
  std::string err;
};

class ShellPipeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_.Sub("kb.db");
    std::ofstream(dir_.Sub("data.nt"))
        << "<http://marsad.dev/entity/putin> <http://www.w3.org/2000/01/rdf-schema#label> "
           "\"بوتين\"@ar .\n"
           "<http://marsad.dev/entity/putin> <http://marsad.dev/ns#mentions> "
           "<http://marsad.dev/entity/erdogan> .\n";
    ASSERT_EQ(Sh(std::string(kMarsad) + " --db " + ShellQuote(db_) + " import " +
                 ShellQuote(dir_.Sub("data.nt")))
                  .code,
              0);
  }

  // Runs a /bin/sh command line with stdout and stderr captured.
  Outcome Sh(const std::string& command) {
    const std::string out = dir_.Sub("stdout"), err = dir_.Sub("stderr");
    const int status = std::system(
        (command + " >" + ShellQuote(out) + " 2>" + ShellQuote(err)).c_str());
    return Outcome{WIFEXITED(status) ? WEXITSTATUS(status) : -1, marsad::testing::ReadFile(out),
                   marsad::testing::ReadFile(err)};
  }

  // `marsad --db DB ARGS < script`.
  Outcome RunScript(const std::string& script, const std::string& args = "") {
    std::ofstream(dir_.Sub("script.rq")) << script;
    return Sh(std::string(kMarsad) + " --db " + ShellQuote(db_) + " " + args + " < " +
              ShellQuote(dir_.Sub("script.rq")));
  }

  bool QueryEngineMissing() {
    return Sh(std::string(kMarsad) + " --db " + ShellQuote(db_) + " query 'ASK { ?s ?p ?o }'")
               .code != 0;
  }

  marsad::testing::TempDir dir_;
  std::string db_;
};

TEST_F(ShellPipeTest, PipedDotCommandsRunWithoutPrompts) {
  const Outcome r = RunScript(".mode csv\n.predicates\n");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "predicate,triples,subjects,objects\r\n"
            "http://www.w3.org/2000/01/rdf-schema#label,1,1,1\r\n"
            "http://marsad.dev/ns#mentions,1,1,1\r\n");
  EXPECT_THAT(r.err, IsEmpty());
}

TEST_F(ShellPipeTest, ErrorsGoToStderrTheScriptGoesOnAndExitsWithOne) {
  const Outcome r = RunScript(".bogus\n.stats\n");
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.err, HasSubstr("unknown command '.bogus'"));
  EXPECT_THAT(r.out, HasSubstr("| quads | triples |"));
  EXPECT_THAT(r.out, Not(HasSubstr("marsad>")));
}

TEST_F(ShellPipeTest, BailStopsAtTheFirstError) {
  const Outcome r = RunScript(".bogus\n.stats\n", "shell --bail");
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.out, Not(HasSubstr("quads")));
}

TEST_F(ShellPipeTest, ShellRunsAScriptFile) {
  std::ofstream(dir_.Sub("file.rq")) << ".mode tsv\n.stats\n";
  const Outcome r = Sh(std::string(kMarsad) + " --db " + ShellQuote(db_) + " shell " +
                       ShellQuote(dir_.Sub("file.rq")) + " </dev/null");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, ::testing::StartsWith("?quads\t?triples\t?terms\t?graphs\t?predicates\n"
                                           "\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>\t"));
}

TEST_F(ShellPipeTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(Sh(std::string(kMarsad) + " --db " + ShellQuote(db_) + " shell --nonsense").code, 2);
  EXPECT_EQ(Sh(std::string(kMarsad) + " --db " + ShellQuote(db_) + " shell a.rq b.rq").code, 2);
}

TEST_F(ShellPipeTest, EchoedQueryPrintsATable) {
  if (QueryEngineMissing()) GTEST_SKIP() << "Database::Query is not wired yet";
  const Outcome r = Sh("echo 'SELECT ?name WHERE { ?who rdfs:label ?name };' | " +
                       std::string(kMarsad) + " --db " + ShellQuote(db_));
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "+-------+\n"
            "| name  |\n"
            "+-------+\n"
            "| \u2068بوتين\u2069 |\n"
            "+-------+\n"
            "1 row\n");
}

TEST_F(ShellPipeTest, QuerySyntaxErrorInAScriptShowsWhereAndTheCaret) {
  if (QueryEngineMissing()) GTEST_SKIP() << "Database::Query is not wired yet";
  const Outcome r = RunScript("ASK { ?s ?p ?o };\n\nSELECT * WHERE { ?s ?p };\n.stats\n");
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.out, HasSubstr("true\n"));
  EXPECT_THAT(r.out, HasSubstr("| quads |"));
  EXPECT_THAT(r.err, HasSubstr("<stdin>:3: "));
  EXPECT_THAT(r.err, HasSubstr("SELECT * WHERE { ?s ?p }\n" + std::string(23, ' ') + "^"));
}

}  // namespace
}  // namespace marsad::shell
