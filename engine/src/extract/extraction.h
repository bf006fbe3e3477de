// The result of extracting one article: entities, mentions, offices and events with their
// provenance. ToQuads (quads.h) turns it into RDF following docs/vocabulary.md.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "text/dates.h"
#include "text/span.h"

namespace marsad::extract {

// What the caller knows about an article before reading it. `date` (from --date or a
// metadata sidecar) is used only when the text has no dateline.
struct ArticleMeta {
  std::string file_stem;  // names the article IRI: <http://marsad.dev/article/{file_stem}>
  std::string file;       // the path as given, stored as marsad:file
  std::string title;      // empty: the first non-boilerplate line
  std::string outlet;     // may be empty
  text::CivilDate date;   // year 0 when unknown
};

// An entity referred to by the article. Lexicon entities keep their lexicon index so the same
// referent gets the same IRI in every article; entities found by rules (a new person after a
// title, a place after «مدينة») are keyed by their normalized label.
struct Entity {
  EntityClass cls = EntityClass::kPerson;
  std::string label;               // display form
  std::vector<std::string> names;  // spellings seen in the text and in the lexicon
  std::vector<std::string> latin;  // case-folded Latin aliases
  int lexicon_index = -1;
  int country = -1;  // institutions (ministries, armies): index of their country Entity
};

struct SentenceInfo {
  std::uint32_t index = 0;  // 0-based, in the article
  text::TextSpan span;      // in the original text
  std::string text;         // the sentence as written (display form)
};

struct Provenance {
  std::uint32_t sentence = 0;
  text::TextSpan span;  // the matched words in the original text
  std::string rule;     // id of the rule that asserted the fact
};

struct MentionFact {
  int entity = -1;
  std::uint32_t sentence = 0;
  text::TextSpan span;
};

struct OfficeFact {
  int holder = -1;   // a Person entity
  std::string role;  // canonical office title («رئيس», «وزير الخارجية»)
  int of = -1;       // Country/Organization entity, or -1 when unknown
  int to = -1;       // diplomats: the host country, or -1
  text::CivilDate since;  // the article date: offices change, so keep when it was stated
  Provenance provenance;
};

enum class Certainty : std::uint8_t { kAsserted, kClaimed, kIntent, kNegated, kFuture };
const char* CertaintyName(Certainty certainty);

struct EventFact {
  std::string type;  // event type local name: "PhoneCall"
  std::string edge;  // direct agent -> target predicate local name: "phoned"
  bool symmetric = false;  // the edge is also written target -> agent
  std::vector<int> agents;
  std::vector<int> targets;
  std::vector<int> places;
  std::vector<int> theme_entities;
  std::string theme;  // the theme as written, may be empty
  bool date_from_article = false;  // no date in the sentence: the article's date is used
  text::CivilDate date;
  text::DatePrecision date_precision = text::DatePrecision::kDay;
  Certainty certainty = Certainty::kAsserted;
  int claimed_by = -1;
  Provenance provenance;
};

struct ArticleExtraction {
  ArticleMeta meta;
  std::string title;
  text::CivilDate date;  // dateline, else meta.date, else unknown
  std::string date_source;  // "dateline", "metadata" or ""
  std::vector<SentenceInfo> sentences;
  std::vector<Entity> entities;
  std::vector<MentionFact> mentions;
  std::vector<OfficeFact> offices;
  std::vector<EventFact> events;
  std::uint32_t skipped_lines = 0;  // boilerplate and foreign-language lines
};

}  // namespace marsad::extract
