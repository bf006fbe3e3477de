// Readers beside a writer: every query sees one snapshot, so the writer's batches appear whole.
// The writer stores events as atomic batches (type, agent and source together, and for the
// corpus, whole ingested articles); readers check that no event is ever seen without its agent
// or its source, and that the event count never goes down. Run under ThreadSanitizer by
// tools/run-tsan.sh.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "marsad/database.h"
#include "support/test_util.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;

constexpr int kReaders = 3;
constexpr int kEvents = 300;

std::vector<Quad> EventBatch(int i) {
  const Term event = Term::Iri("http://c/event" + std::to_string(i));
  return {
      {event, Term::Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
       Term::Iri("http://c/Event"), Term()},
      {event, Term::Iri("http://c/agent"), Term::Iri("http://c/agent" + std::to_string(i % 7)),
       Term()},
      {event, Term::Iri("http://c/source"),
       Term::LangLiteral("جملة " + std::to_string(i), "ar"),
       Term::Iri("http://c/article" + std::to_string(i % 5))},
  };
}

// Events, with agent and source where present: OPTIONAL keeps events lacking either.
constexpr const char* kEventQuery =
    "SELECT ?e ?a ?s WHERE { ?e a <http://c/Event> . OPTIONAL { ?e <http://c/agent> ?a } "
    "OPTIONAL { GRAPH ?g { ?e <http://c/source> ?s } } }";

TEST(ConcurrencyTest, ReadersSeeWholeBatchesWhileAWriterCommits) {
  testing::TempDir dir;
  Options options;
  options.sync_writes = false;
  auto opened = Database::Open(dir.Sub("db"), options);
  ASSERT_OK(opened);
  Database& db = **opened;
  std::atomic<bool> done{false};
  std::atomic<int> queries{0};
  std::vector<std::thread> readers;
  std::vector<std::string> failures(kReaders);
  for (int r = 0; r < kReaders; ++r) {
    readers.emplace_back([&, r] {
      std::size_t last_count = 0;
      while (!done.load()) {
        auto result = db.Query(kEventQuery);
        if (!result.ok()) return void(failures[r] = result.status().ToString());
        std::size_t rows = 0;
        while ((*result)->Next()) {
          ++rows;
          auto row = (*result)->row();
          if (row[1].is_null() || row[2].is_null()) {
            return void(failures[r] = "event " + row[0].ToNTriples() + " without agent or source");
          }
        }
        if (!(*result)->status().ok()) return void(failures[r] = (*result)->status().ToString());
        if (rows < last_count) return void(failures[r] = "event count went down");
        last_count = rows;
        queries.fetch_add(1);
      }
    });
  }
  const fs::path corpus = testing::SourceDir() / "corpus";  // bundled, present in every clone
  for (int i = 0; i < kEvents; ++i) {
    std::vector<Quad> batch = EventBatch(i);
    ASSERT_OK(db.Insert(batch));
    if (i % 60 == 0) {
      for (const auto& entry : fs::directory_iterator(corpus)) {
        if (entry.path().extension() != ".txt") continue;
        Article article;
        article.file = entry.path().string();
        article.text = testing::ReadFile(entry.path());
        ASSERT_OK(db.Ingest(article));
        break;
      }
    }
  }
  done = true;
  for (std::thread& t : readers) t.join();
  for (const std::string& failure : failures) EXPECT_EQ(failure, "");
  EXPECT_GT(queries.load(), 0);
  auto final_result = db.Query(kEventQuery);
  ASSERT_OK(final_result);
  int rows = 0;
  while ((*final_result)->Next()) ++rows;
  EXPECT_EQ(rows, kEvents);
  final_result->reset();
  auto report = db.Check({});
  ASSERT_OK(report);
  EXPECT_TRUE(report->ok()) << report->problem_count << " problems, first: "
                            << (report->problems.empty() ? "" : report->problems[0].message);
}

}  // namespace
}  // namespace marsad
