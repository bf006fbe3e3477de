#include "news_generator.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

#include "news_tables.h"
#include "news_writer.h"

namespace marsad::gen {
namespace {

using news::Random;
using news::Writer;

constexpr std::string_view kEntityBase = "http://marsad.dev/entity/";
constexpr std::string_view kArticleBase = "http://marsad.dev/article/";
constexpr std::string_view kEventBase = "http://marsad.dev/event/";

struct Entity {
  std::string iri;
  std::string label;
};

// Code points in UTF-8 text: the unit of marsad:charStart / charEnd.
int CodePoints(std::string_view text) {
  return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string Hex(std::uint64_t value) {
  char text[20];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
  return text;
}

class NewsGenerator {
 public:
  NewsGenerator(const NewsOptions& options, const LineSink& sink)
      : articles_(std::max(1, options.articles)),
        seed_(options.seed),
        random_(options.seed * 0x2545F4914F6CDD1Dull + 17),
        out_(sink),
        span_days_(std::clamp(articles_ / 10, 30, 1095)) {}

  NewsSummary Run() {
    MakeCountries();
    MakePeople(std::clamp(articles_ / 3, 20, 50000));
    MakeOrganizations(std::clamp(articles_ / 25, 10, 240));
    MakePlaces(std::clamp(articles_ / 50, 10, 200));
    for (int a = 0; a < articles_; ++a) MakeArticle(a);
    NewsSummary summary;
    summary.triples = out_.count();
    summary.events = events_;
    summary.anchors = Anchors();
    return summary;
  }

 private:
  // Adds an entity unless its IRI (the slug of its match key) is taken; false if taken.
  bool AddEntity(std::string_view cls, std::string_view klass, std::string label,
                 std::vector<Entity>& into) {
    std::string slug = news::MatchKey(label);
    std::replace(slug.begin(), slug.end(), ' ', '-');
    Entity entity{std::string(kEntityBase) + std::string(cls) + "/" + slug, std::move(label)};
    if (!iris_.insert(entity.iri).second) return false;
    out_.Type(entity.iri, klass);
    out_.Arabic(entity.iri, news::kRdfsLabel, entity.label);
    out_.String(entity.iri, Writer::Ns("matchKey"), news::MatchKey(entity.label));
    into.push_back(std::move(entity));
    return true;
  }

  void MakeCountries() {
    for (const auto& country : news::Countries()) {
      AddEntity("country", "Country", std::string(country.label), countries_);
      out_.String(countries_.back().iri, Writer::Ns("latinAlias"), country.latin);
    }
  }

  // Three-part names (given, father's, family) enumerated in a seeded order: a stride coprime
  // to the number of combinations visits each once, so labels and IRIs never repeat.
  void MakePeople(int count) {
    const auto given = news::GivenNames();
    const auto fathers = news::GivenNames().first(news::kMaleGivenNames);
    const auto family = news::FamilyNames();
    const std::uint64_t g = given.size(), f = fathers.size();
    const std::uint64_t combinations = g * f * family.size();
    const std::uint64_t offset = seed_ % combinations;
    for (std::uint64_t k = 0; people_.size() < static_cast<std::size_t>(count) && k < combinations;
         ++k) {
      const std::uint64_t c = (k * 7919 + offset) % combinations;
      std::string label = std::string(given[c % g]) + " " + std::string(fathers[(c / g) % f]) +
                          " " + std::string(family[c / (g * f)]);
      if (AddEntity("person", "Person", std::move(label), people_)) MakeOffice(people_.back());
    }
  }

  void MakeOffice(const Entity& person) {
    const std::string office = std::string(kEntityBase) + "office/" + Hex(random_.Next());
    const int article = static_cast<int>(people_.size() - 1) % articles_;
    out_.NsIri(person.iri, "holdsOffice", office);
    out_.Type(office, "Office");
    const auto roles = news::Roles();
    out_.Arabic(office, Writer::Ns("role"), roles[random_.Skewed(roles.size())]);
    out_.NsIri(office, "of", countries_[random_.Skewed(countries_.size())].iri);
    out_.Date(office, Writer::Ns("since"), ArticleDate(article));
    out_.NsIri(office, "statedIn", ArticleIri(article));
    out_.String(office, Writer::Ns("rule"), "office.title");
  }

  void MakeOrganizations(int count) {
    const auto kinds = news::OrganizationKinds();
    for (int i = 0; i < count; ++i) {
      const Entity& country = countries_[(i / kinds.size()) % countries_.size()];
      std::string label = std::string(kinds[i % kinds.size()]) + " " + country.label;
      if (AddEntity("organization", "Organization", std::move(label), organizations_)) {
        out_.NsIri(organizations_.back().iri, "country", country.iri);
      }
    }
  }

  void MakePlaces(int count) {
    const auto prefixes = news::PlacePrefixes();
    const auto suffixes = news::PlaceSuffixes();
    for (int i = 0; i < count; ++i) {
      AddEntity("place", "Place",
                std::string(prefixes[i % prefixes.size()]) + " " +
                    std::string(suffixes[(i / prefixes.size()) % suffixes.size()]),
                places_);
    }
  }

  std::string ArticleIri(int a) const {
    char stem[32];
    std::snprintf(stem, sizeof stem, "news-%07d", a);
    return std::string(kArticleBase) + stem;
  }
  std::string ArticleDate(int a) const {
    return news::DateAfter2020(static_cast<int>(static_cast<long>(a) * span_days_ / articles_));
  }

  const Entity& Pick(const std::vector<Entity>& from) { return from[random_.Skewed(from.size())]; }
  const Entity& Agent() { return random_.Below(10) < 7 ? Pick(people_) : Pick(countries_); }
  const Entity& Target() {
    const int r = random_.Below(10);
    return r < 4 ? Pick(people_) : r < 8 ? Pick(countries_) : Pick(organizations_);
  }

  struct Sentence {
    std::string text;
    std::vector<const Entity*> mentions;
  };

  void MakeArticle(int a);
  Sentence MakeEvent(int a, int char_start);
  void WriteSentence(const std::string& article, int index, int char_start, const Sentence& s);
  NewsAnchors Anchors() const;

  // A direct edge, written once however many events state it (the output is a set).
  void Edge(const Entity& from, std::string_view edge, const Entity& to) {
    std::string key = from.iri + ' ' + std::string(edge) + ' ' + to.iri;
    if (edges_.insert(std::move(key)).second) out_.NsIri(from.iri, edge, to.iri);
  }

  const int articles_;
  const std::uint64_t seed_;
  Random random_;
  Writer out_;
  const int span_days_;
  std::uint64_t events_ = 0;
  std::unordered_set<std::string> iris_, edges_;
  std::vector<Entity> countries_, people_, organizations_, places_;
};

void NewsGenerator::MakeArticle(int a) {
  const std::string article = ArticleIri(a);
  const int events = 1 + random_.Below(3);
  const int sentences = events + 1 + random_.Below(4);
  std::vector<Sentence> texts;
  int offset = 0;
  for (int s = 0; s < sentences; ++s) {
    if (s < events) {
      texts.push_back(MakeEvent(a, offset));
    } else {
      const Entity& speaker = Pick(people_);
      const Entity& topic = Target();
      texts.push_back({"وقال " + speaker.label + " إن المحادثات تناولت العلاقات مع " + topic.label,
                       {&speaker, &topic}});
    }
    WriteSentence(article, s, offset, texts.back());
    offset += CodePoints(texts.back().text) + 1;
  }
  out_.Type(article, "Article");
  out_.Arabic(article, Writer::Ns("title"), texts.front().text);
  out_.Date(article, Writer::Ns("date"), ArticleDate(a));
  const auto outlets = news::Outlets();
  out_.String(article, Writer::Ns("outlet"), outlets[a % outlets.size()]);
  out_.String(article, Writer::Ns("file"), "news/" + article.substr(kArticleBase.size()) + ".txt");
}

// One event of article `a`, stated by the sentence starting at `char_start`: its node, and the
// direct edges of its agent/target pairs.
NewsGenerator::Sentence NewsGenerator::MakeEvent(int a, int char_start) {
  const auto types = news::EventTypes();
  const news::EventType& type = types[random_.Skewed(types.size())];
  std::vector<const Entity*> agents{&Agent()};
  if (random_.Below(5) == 0) agents.push_back(&Agent());
  if (agents.size() == 2 && agents[0] == agents[1]) agents.pop_back();
  const Entity* target = &Target();
  for (std::size_t i = 0; std::find(agents.begin(), agents.end(), target) != agents.end(); ++i) {
    target = &countries_[i];  // no self-directed events; at most two agents, so this ends
  }
  const Entity& place = Pick(places_);
  const int certainty = random_.Below(20);
  Sentence sentence{agents.front()->label + " " + std::string(type.verb) + " " + target->label +
                        " في " + place.label,
                    {agents.front(), target, &place}};
  const std::string event = std::string(kEventBase) + Hex(random_.Next());
  ++events_;
  out_.Type(event, "Event");
  out_.NsIri(event, "eventType", Writer::Ns(type.name));
  for (const Entity* agent : agents) out_.NsIri(event, "agent", agent->iri);
  out_.NsIri(event, "target", target->iri);
  out_.NsIri(event, "place", place.iri);
  out_.Date(event, Writer::Ns("date"), ArticleDate(a));
  out_.String(event, Writer::Ns("datePrecision"), random_.Below(2) == 0 ? "day" : "article");
  out_.String(event, Writer::Ns("certainty"), certainty == 0   ? "negated"
                                              : certainty == 1 ? "claimed"
                                              : certainty == 2 ? "intent"
                                                               : "asserted");
  out_.NsIri(event, "statedIn", ArticleIri(a));
  out_.String(event, Writer::Ns("rule"), "event." + std::string(type.name));
  out_.Integer(event, Writer::Ns("charStart"), char_start);
  out_.Integer(event, Writer::Ns("charEnd"), char_start + CodePoints(sentence.text));
  if (certainty != 0) {  // negated events assert no edge
    for (const Entity* agent : agents) {
      Edge(*agent, type.edge, *target);
      if (type.symmetric) Edge(*target, type.edge, *agent);
    }
  }
  return sentence;
}

void NewsGenerator::WriteSentence(const std::string& article, int index, int char_start,
                                  const Sentence& s) {
  const std::string iri = article + "/s" + std::to_string(index);
  out_.Type(iri, "Sentence");
  out_.NsIri(iri, "article", article);
  out_.Integer(iri, Writer::Ns("index"), index);
  out_.Arabic(iri, Writer::Ns("text"), s.text);
  out_.Integer(iri, Writer::Ns("charStart"), char_start);
  out_.Integer(iri, Writer::Ns("charEnd"), char_start + CodePoints(s.text));
  std::unordered_set<const Entity*> seen;
  for (const Entity* entity : s.mentions) {
    if (seen.insert(entity).second) out_.NsIri(iri, "mentions", entity->iri);
  }
}

NewsAnchors NewsGenerator::Anchors() const {
  NewsAnchors anchors;
  anchors.person_iri = people_.front().iri;
  anchors.person_label = people_.front().label;
  anchors.country_iri = countries_.front().iri;
  anchors.event_type = std::string(news::EventTypes().front().name);
  // The calendar month holding the middle article.
  const std::string middle = ArticleDate(articles_ / 2);
  anchors.date_from = middle.substr(0, 8) + "01";
  int year = std::stoi(middle.substr(0, 4)), month = std::stoi(middle.substr(5, 2)) + 1;
  if (month == 13) month = 1, ++year;
  char next[48];
  std::snprintf(next, sizeof next, "%04d-%02d-01", year, month);
  anchors.date_to = next;
  return anchors;
}

}  // namespace

NewsSummary GenerateNews(const NewsOptions& options, const LineSink& sink) {
  return NewsGenerator(options, sink).Run();
}

}  // namespace marsad::gen
