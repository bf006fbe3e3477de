// RunPipelined: every quad reaches the consumer once, in order, across chunk boundaries; an
// error on either side stops both and is returned.
#include "store/bulk_pipeline.h"

#include <string>
#include <vector>

#include "support/test_util.h"

namespace marsad::store {
namespace {

using ::testing::HasSubstr;

// A source producing `count` quads whose subjects are numbered, reusing one Quad object the
// way the readers do.
QuadSource Numbered(int count, int fail_at = -1) {
  return [count, fail_at](const QuadSink& sink) -> Status {
    Quad quad;
    for (int i = 0; i < count; ++i) {
      if (i == fail_at) return Status(StatusCode::kSyntaxError, "bad line " + std::to_string(i));
      quad.subject = Term::Iri("http://s/" + std::to_string(i));
      quad.predicate = Term::Iri("http://p");
      quad.object = Term::Integer(i);
      Status status = sink(quad);
      if (!status.ok()) return status;
    }
    return Status();
  };
}

TEST(BulkPipelineTest, DeliversEveryQuadOnceInOrder) {
  for (int count : {0, 1, 4095, 4096, 4097, 50000}) {
    std::vector<std::string> seen;
    ASSERT_OK(RunPipelined(Numbered(count), [&seen](std::span<Quad> chunk) {
      for (const Quad& q : chunk) seen.push_back(q.subject.value());
      return Status();
    }));
    ASSERT_EQ(seen.size(), std::size_t(count));
    for (int i = 0; i < count; ++i) ASSERT_EQ(seen[i], "http://s/" + std::to_string(i));
  }
}

TEST(BulkPipelineTest, SourceErrorIsReturnedAfterEarlierQuadsWereConsumed) {
  std::size_t consumed = 0;
  Status status = RunPipelined(Numbered(20000, 12345), [&consumed](std::span<Quad> chunk) {
    consumed += chunk.size();
    return Status();
  });
  EXPECT_STATUS(status, StatusCode::kSyntaxError, HasSubstr("bad line 12345"));
  EXPECT_LE(consumed, 12345u);
}

TEST(BulkPipelineTest, ConsumerErrorStopsTheSourceAndWins) {
  int chunks = 0;
  Status status = RunPipelined(Numbered(1000000), [&chunks](std::span<Quad>) {
    return ++chunks == 3 ? Status(StatusCode::kResourceExhausted, "dictionary full") : Status();
  });
  EXPECT_STATUS(status, StatusCode::kResourceExhausted, HasSubstr("dictionary full"));
  EXPECT_EQ(chunks, 3);  // nothing is consumed after the failure
}

}  // namespace
}  // namespace marsad::store
