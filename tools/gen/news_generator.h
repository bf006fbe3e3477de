// A deterministic generator of news-shaped N-Triples in the Marsad vocabulary
// (docs/vocabulary.md): countries, people holding offices, organizations and places with
// Arabic labels; articles with dated, titled sentences that mention entities; events with a
// type, agents, a target, a place and a date, each stated in an article, and the direct
// agent -> target edges the extractor writes. Provenance is written as triples
// (marsad:statedIn, marsad:article, marsad:mentions), not named graphs, so that every store
// of the comparison benchmark loads the same N-Triples. About 80 triples per article; the same
// seed and scale always give the same bytes.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace marsad::gen {

struct NewsOptions {
  int articles = 100;
  std::uint64_t seed = 0;
};

// Emits each triple as one N-Triples line (with the trailing " .\n").
using LineSink = std::function<void(std::string_view line)>;

// Entities and values the benchmark queries are written against. They depend on the seed and
// scale, so the query templates name them by placeholder and the harness substitutes these.
struct NewsAnchors {
  std::string person_iri;     // the most active person (Zipf rank 0)
  std::string person_label;   // its rdfs:label, without the @ar tag
  std::string country_iri;    // the most frequent target country
  std::string event_type;     // local name of the most frequent event type, e.g. "Meet"
  std::string date_from;      // a month-long window inside the article dates, yyyy-mm-dd
  std::string date_to;        // exclusive end of the window
};

struct NewsSummary {
  std::uint64_t triples = 0;
  std::uint64_t events = 0;
  NewsAnchors anchors;
};

NewsSummary GenerateNews(const NewsOptions& options, const LineSink& sink);

}  // namespace marsad::gen
