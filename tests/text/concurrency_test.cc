// The text layer is used from several ingestion and query threads at once: per-thread ICU
// objects and lazily built tables must give every thread the same answers.
#include <string>
#include <thread>
#include <vector>

#include "support/test_util.h"
#include "text/collation.h"
#include "text/dates.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/transliterator.h"

namespace marsad::text {
namespace {

struct Digest {
  std::size_t sentences = 0;
  std::size_t tokens = 0;
  std::string key;
  std::string dates;
  std::string latin;
  int order = 0;
  friend bool operator==(const Digest&, const Digest&) = default;
};

Digest Process(const std::string& text) {
  Digest d;
  Result<SegmentedText> seg = Segment(text);
  if (!seg.ok()) return d;
  d.sentences = seg->sentences.size();
  d.tokens = seg->tokens.size();
  d.key = MatchKey(text);
  for (const DateMention& m : FindDates(text, seg->tokens, {2020, 10, 6}))
    d.dates += m.ToIso() + ";";
  const Result<std::string> latin = TransliterateArabic("روحاني وبوتين");
  d.latin = latin.ok() ? *latin : "<error>";
  const Result<int> order = Collate("ar", "باكو", "بوتين");
  d.order = order.ok() ? *order : 99;
  return d;
}

TEST(ConcurrencyTest, ThreadsAgreeWithSingleThreadedRun) {
  const std::string text =
      "وأعلنت طهران أمس الإثنين أنها أعدت خطة مفصلة. اليوم الثلاثاء، أجرى لافروف وظريف "
      "محادثة هاتفية.\nالسبت ١٠ أكتوبر ٢٠٢٠ - ٠٤:٢٠ بتوقيت غرينتش";
  const Digest expected = Process(text);
  ASSERT_EQ(expected.sentences, 3u);
  ASSERT_EQ(expected.dates, "2020-10-05;2020-10-06;2020-10-10T04:20Z;");
  std::vector<Digest> results(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int k = 0; k < 50; ++k) results[t] = Process(text);
    });
  }
  for (std::thread& t : threads) t.join();
  for (const Digest& d : results) EXPECT_EQ(d, expected);
}

}  // namespace
}  // namespace marsad::text
