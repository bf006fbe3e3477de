// Crash safety: the real `marsad` binary is killed with SIGKILL at seeded random moments while
// it imports (batches of N-Triples) or ingests articles; after each kill the database must
// open, pass Check (indexes, dictionary and statistics agree), hold every batch the process
// reported committed (its --log-commits lines) and no part of any other batch.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <thread>

#include "marsad/database.h"
#include "support/test_util.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;

constexpr int kImportKills = 40;
constexpr int kIngestKills = 15;
constexpr int kBatchQuads = 250;
constexpr int kBatches = 40;

struct ChildRun {
  std::string stderr_text;
  bool killed = false;
};

// Runs `marsad ARGS` with stderr captured in a file, SIGKILLs it after `delay` unless it ended.
ChildRun RunAndKill(const std::vector<std::string>& args, std::chrono::microseconds delay,
               const std::string& stderr_path) {
  pid_t pid = fork();
  if (pid == 0) {
    std::FILE* err = std::freopen(stderr_path.c_str(), "w", stderr);
    if (err == nullptr) _exit(127);
    std::vector<char*> argv;
    static std::string bin = MARSAD_BIN;
    argv.push_back(bin.data());
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  ChildRun run;
  const auto deadline = std::chrono::steady_clock::now() + delay;
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      run.killed = WIFSIGNALED(status);
      break;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  run.stderr_text = testing::ReadFile(stderr_path);
  return run;
}

// The number of "committed <unit>" lines.
int CountCommitted(const std::string& text, const std::string& unit) {
  int count = 0;
  std::string needle = "committed " + unit + " ";
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

Term Subject(int batch, int i) {
  return Term::Iri("http://crash/b" + std::to_string(batch) + "/s" + std::to_string(i));
}

// Opens the killed database and checks what every crash must leave; returns the quads.
std::set<Quad> VerifyAfterCrash(const std::string& db_path) {
  std::set<Quad> quads;
  auto db = Database::Open(db_path);
  EXPECT_TRUE(db.ok()) << db.status().ToString();
  if (!db.ok()) return quads;
  auto report = (*db)->Check({});
  EXPECT_TRUE(report.ok()) << report.status().ToString();
  if (report.ok()) {
    EXPECT_TRUE(report->ok()) << report->problem_count << " problems, first: "
                              << (report->problems.empty() ? "" : report->problems[0].message);
  }
  auto cursor = (*db)->Match({});
  EXPECT_TRUE(cursor.ok());
  while ((*cursor)->Next()) quads.insert((*cursor)->quad());
  EXPECT_OK((*cursor)->status());
  return quads;
}

TEST(CrashTest, KilledImportKeepsEveryReportedBatchAndNoPartialOne) {
  testing::TempDir dir;
  const std::string file = dir.Sub("data.nt");
  {
    std::ofstream out(file);
    for (int b = 0; b < kBatches; ++b) {
      for (int i = 0; i < kBatchQuads; ++i) {
        out << Subject(b, i).ToNTriples() << " <http://crash/p> \"value " << b << ' ' << i
            << "\"@ar .\n";
      }
    }
  }
  std::mt19937 random(20261123);
  std::uniform_int_distribution<int> delay_us(0, 600000);
  int kills = 0;
  for (int round = 0; round < kImportKills; ++round) {
    const std::string db_path = dir.Sub("db" + std::to_string(round));
    ChildRun run = RunAndKill({"--db", db_path, "import", "--batch", std::to_string(kBatchQuads),
                          "--log-commits", file},
                         std::chrono::microseconds(delay_us(random)), dir.Sub("stderr"));
    kills += run.killed;
    const int reported = CountCommitted(run.stderr_text, "batch");
    if (!fs::exists(db_path + "/CURRENT")) {
      EXPECT_EQ(reported, 0);
      continue;  // killed before the database existed
    }
    std::set<Quad> quads = VerifyAfterCrash(db_path);
    SCOPED_TRACE("round " + std::to_string(round) + ", reported " + std::to_string(reported));
    // Whole batches only, in order: batches 0..k-1 complete, nothing of batch k or later.
    ASSERT_EQ(quads.size() % kBatchQuads, 0u);
    const int present = static_cast<int>(quads.size() / kBatchQuads);
    EXPECT_GE(present, reported);
    for (int b = 0; b < present; ++b) {
      for (int i = 0; i < kBatchQuads; i += 37) {
        EXPECT_TRUE(quads.count(Quad{Subject(b, i), Term::Iri("http://crash/p"),
                                     Term::LangLiteral("value " + std::to_string(b) + ' ' +
                                                           std::to_string(i), "ar"),
                                     Term()}));
      }
    }
    fs::remove_all(db_path);
  }
  EXPECT_GE(kills, kImportKills / 2) << "most runs should be killed mid-way";
}

TEST(CrashTest, KilledIngestKeepsEveryReportedArticleWhole) {
  // The bundled copies of the brief's articles, present in every clone.
  const fs::path corpus = testing::SourceDir() / "corpus";
  testing::TempDir dir;
  // Three copies of the corpus under distinct stems: 15 articles, each its own atomic batch.
  const fs::path articles = dir.path() / "articles";
  fs::create_directories(articles);
  for (int copy = 0; copy < 3; ++copy) {
    for (const auto& entry : fs::directory_iterator(corpus)) {
      if (entry.path().extension() != ".txt") continue;
      fs::copy_file(entry.path(), articles / ("c" + std::to_string(copy) + "_" +
                                              entry.path().filename().string()));
    }
  }
  // The reference: quads of a complete ingest.
  const std::string reference_path = dir.Sub("reference");
  ChildRun full =
      RunAndKill({"--db", reference_path, "ingest", "--log-commits", articles.string()},
                 std::chrono::seconds(120), dir.Sub("stderr"));
  ASSERT_FALSE(full.killed);
  const int articles_total = CountCommitted(full.stderr_text, "article");
  ASSERT_EQ(articles_total, 15) << full.stderr_text;
  std::set<Quad> reference = VerifyAfterCrash(reference_path);
  std::mt19937 random(7);
  std::uniform_int_distribution<int> delay_us(0, 3000000);
  for (int round = 0; round < kIngestKills; ++round) {
    const std::string db_path = dir.Sub("db" + std::to_string(round));
    ChildRun run = RunAndKill({"--db", db_path, "ingest", "--log-commits", articles.string()},
                         std::chrono::microseconds(delay_us(random)), dir.Sub("stderr"));
    const int reported = CountCommitted(run.stderr_text, "article");
    if (!fs::exists(db_path + "/CURRENT")) continue;
    std::set<Quad> quads = VerifyAfterCrash(db_path);
    SCOPED_TRACE("round " + std::to_string(round) + ", reported " + std::to_string(reported));
    // Every stored quad belongs to the complete ingest; a run that reported all articles
    // holds exactly the reference.
    for (const Quad& quad : quads) {
      EXPECT_TRUE(reference.count(quad)) << quad.subject.ToNTriples();
    }
    if (reported == articles_total) {
      EXPECT_EQ(quads, reference);
    }
    // Per article (its file stem names its IRIs): the reference's quads about it are all
    // present or none are, and all are present once the article was reported committed.
    for (const auto& entry : fs::directory_iterator(articles)) {
      const std::string stem = entry.path().stem().string();
      std::size_t expected = 0, present = 0;
      for (const Quad& quad : reference) {
        if (quad.subject.value().find(stem) == std::string::npos) continue;
        ++expected;
        present += quads.count(quad);
      }
      const bool reported_here =
          run.stderr_text.find("committed article " + entry.path().string() + ":") !=
          std::string::npos;
      EXPECT_TRUE(present == 0 || present == expected) << stem << ": " << present << " of "
                                                       << expected;
      if (reported_here) {
        EXPECT_EQ(present, expected) << stem;
      }
    }
    fs::remove_all(db_path);
  }
}

}  // namespace
}  // namespace marsad
