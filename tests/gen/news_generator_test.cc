#include "news_generator.h"

#include <map>
#include <set>
#include <sstream>
#include <string>

#include "io/rdf_reader.h"
#include "news_tables.h"
#include "news_writer.h"
#include "support/test_util.h"

namespace marsad::gen {
namespace {

constexpr std::string_view kNs = "http://marsad.dev/ns#";

std::string Generate(int articles, std::uint64_t seed, NewsSummary* summary = nullptr) {
  std::string out;
  const NewsSummary s = GenerateNews({articles, seed}, [&](std::string_view line) { out += line; });
  if (summary != nullptr) *summary = s;
  return out;
}

std::vector<Quad> Parse(const std::string& text) {
  std::vector<Quad> quads;
  std::istringstream in(text);
  const Status status = io::ReadRdf(in, {}, [&](Quad& q) {
    quads.push_back(std::move(q));
    return Status();
  });
  EXPECT_OK(status);
  return quads;
}

TEST(NewsGeneratorTest, SameSeedGivesSameBytes) {
  EXPECT_EQ(Generate(60, 7), Generate(60, 7));
}

TEST(NewsGeneratorTest, OtherSeedGivesOtherData) { EXPECT_NE(Generate(60, 1), Generate(60, 2)); }

TEST(NewsGeneratorTest, TriplesGrowLinearlyWithArticles) {
  NewsSummary small, large;
  Generate(500, 0, &small);
  Generate(2000, 0, &large);
  EXPECT_GT(small.triples, 500u * 50);
  EXPECT_LT(small.triples, 500u * 130);
  const double ratio = static_cast<double>(large.triples) / static_cast<double>(small.triples);
  EXPECT_GT(ratio, 3.5);
  EXPECT_LT(ratio, 4.5);
  EXPECT_GE(large.events, 2000u);  // at least one per article
}

TEST(NewsGeneratorTest, OutputParsesAsNTriplesWithOneQuadPerCountedLine) {
  NewsSummary summary;
  const std::string text = Generate(200, 3, &summary);
  const std::vector<Quad> quads = Parse(text);
  EXPECT_EQ(quads.size(), summary.triples);
  EXPECT_EQ(std::set<Quad>(quads.begin(), quads.end()).size(), quads.size()) << "duplicate triples";
  for (const Quad& q : quads) {
    ASSERT_TRUE(q.subject.is_iri()) << q.subject.ToNTriples();
    ASSERT_TRUE(q.graph.is_null());
  }
}

TEST(NewsGeneratorTest, EveryEventHasTypeAgentTargetDateAndProvenance) {
  NewsSummary summary;
  const std::vector<Quad> quads = Parse(Generate(300, 5, &summary));
  std::map<std::string, std::set<std::string>> event_predicates;
  std::set<std::string> articles;
  for (const Quad& q : quads) {
    if (q.object.is_iri() && q.object.value() == std::string(kNs) + "Article") {
      articles.insert(q.subject.value());
    }
    if (q.subject.value().starts_with("http://marsad.dev/event/")) {
      event_predicates[q.subject.value()].insert(q.predicate.value().substr(kNs.size()));
    }
  }
  EXPECT_EQ(articles.size(), 300u);
  EXPECT_EQ(event_predicates.size(), summary.events);
  for (const auto& [event, predicates] : event_predicates) {
    for (const char* p : {"eventType", "agent", "target", "place", "date", "statedIn"}) {
      EXPECT_TRUE(predicates.count(p)) << event << " lacks " << p;
    }
  }
}

TEST(NewsGeneratorTest, AnchorsNameDataThatExists) {
  NewsSummary summary;
  const std::vector<Quad> quads = Parse(Generate(400, 11, &summary));
  const NewsAnchors& anchors = summary.anchors;
  bool labelled = false;
  int anchor_type_events = 0, anchor_person_edges = 0;
  for (const Quad& q : quads) {
    if (q.subject.value() == anchors.person_iri &&
        q.object == Term::LangLiteral(anchors.person_label, "ar")) {
      labelled = true;
    }
    if (q.object.value() == std::string(kNs) + anchors.event_type) ++anchor_type_events;
    if (q.subject.value() == anchors.person_iri) ++anchor_person_edges;
  }
  EXPECT_TRUE(labelled);
  EXPECT_GT(anchor_type_events, 0);
  EXPECT_GT(anchor_person_edges, 10) << "the anchor person should be the most active";
  EXPECT_LT(anchors.date_from, anchors.date_to);
  EXPECT_EQ(anchors.date_from.substr(8), "01");
}

TEST(NewsGeneratorTest, LabelsAreArabicAndIrisFollowTheVocabulary) {
  const std::vector<Quad> quads = Parse(Generate(50, 0));
  int labels = 0;
  for (const Quad& q : quads) {
    if (q.predicate.value() != "http://www.w3.org/2000/01/rdf-schema#label") continue;
    ++labels;
    EXPECT_EQ(q.object.language(), "ar");
    EXPECT_EQ(static_cast<unsigned char>(q.object.value()[0]) & 0xF0, 0xD0) << q.object.value();
    EXPECT_TRUE(q.subject.value().starts_with("http://marsad.dev/entity/")) << q.subject.value();
  }
  EXPECT_GT(labels, 50);
}

TEST(NewsTablesTest, MatchKeyFoldsHamzaTaMarbutaAndAlefMaqsura) {
  EXPECT_EQ(news::MatchKey("أحمد"), "احمد");
  EXPECT_EQ(news::MatchKey("إيران"), "ايران");
  EXPECT_EQ(news::MatchKey("حمزة"), "حمزه");
  EXPECT_EQ(news::MatchKey("مصطفى"), "مصطفي");
  EXPECT_EQ(news::MatchKey("مصر"), "مصر");
}

TEST(NewsWriterTest, DatesCountFromTheFirstOfJanuary2020) {
  const std::pair<int, const char*> cases[] = {
      {0, "2020-01-01"}, {31, "2020-02-01"}, {59, "2020-02-29"}, {60, "2020-03-01"},
      {366, "2021-01-01"}, {1095, "2022-12-31"}};
  for (const auto& [days, date] : cases) EXPECT_EQ(news::DateAfter2020(days), date) << days;
}

TEST(NewsWriterTest, SkewedPickFavoursTheFirstRanks) {
  news::Random random(42);
  std::vector<int> hits(10);
  for (int i = 0; i < 10000; ++i) ++hits[random.Skewed(10)];
  EXPECT_GT(hits[0], hits[5]);
  EXPECT_GT(hits[0], hits[9] * 2);
  for (int h : hits) EXPECT_GT(h, 0);
}

}  // namespace
}  // namespace marsad::gen
