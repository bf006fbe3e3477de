#include "extract_test_util.h"

#include <algorithm>

#include "text/normalizer.h"

namespace marsad::extract::testing {

const Lexicons& DefaultLexicons() {
  static const Lexicons* lex = [] {
    Result<Lexicons> r = Lexicons::LoadDefault();
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new Lexicons(std::move(r).value());
  }();
  return *lex;
}

const RuleSet& DefaultRules() {
  static const RuleSet* rules = [] {
    Result<RuleSet> r = RuleSet::LoadDefault(DefaultLexicons());
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new RuleSet(std::move(r).value());
  }();
  return *rules;
}

ArticleExtraction Extract(std::string_view text, const std::string& stem,
                          const std::string& date) {
  ArticleMeta meta;
  meta.file_stem = stem;
  meta.file = stem + ".txt";
  if (!date.empty()) {
    EXPECT_OK(ParseArticleSidecar("date: " + date, &meta));
  }
  Result<ArticleExtraction> x = ExtractArticle(text, meta, DefaultLexicons(), DefaultRules());
  EXPECT_TRUE(x.ok()) << x.status().ToString();
  return x.ok() ? std::move(x).value() : ArticleExtraction();
}

std::string Label(const ArticleExtraction& x, int id) {
  return id < 0 ? "" : x.entities[id].label;
}

std::vector<std::string> Labels(const ArticleExtraction& x, const std::vector<int>& ids) {
  std::vector<std::string> out;
  for (int id : ids) out.push_back(Label(x, id));
  return out;
}

std::vector<const OfficeFact*> OfficesOf(const ArticleExtraction& x, std::string_view holder) {
  std::vector<const OfficeFact*> out;
  for (const OfficeFact& o : x.offices) {
    if (Label(x, o.holder) == holder) out.push_back(&o);
  }
  return out;
}

std::vector<const EventFact*> EventsOf(const ArticleExtraction& x, std::string_view type) {
  std::vector<const EventFact*> out;
  for (const EventFact& e : x.events) {
    if (e.type == type) out.push_back(&e);
  }
  return out;
}

const EventFact* FindEvent(const ArticleExtraction& x, std::string_view type,
                           std::string_view agent, std::string_view target) {
  for (const EventFact* e : EventsOf(x, type)) {
    const auto agents = Labels(x, e->agents);
    const auto targets = Labels(x, e->targets);
    if (std::find(agents.begin(), agents.end(), agent) == agents.end()) continue;
    if (!target.empty() && std::find(targets.begin(), targets.end(), target) == targets.end()) {
      continue;
    }
    return e;
  }
  return nullptr;
}

std::string NisbaCountry(const Lexicons& lex, std::string_view surface) {
  const auto* hits = lex.Find(text::MatchKey(surface));
  if (hits == nullptr) return "";
  for (const LexHit& h : *hits) {
    if (h.category == LexCategory::kNisba) {
      return lex.entities()[lex.nisbas()[h.index].country].label;
    }
  }
  return "";
}

}  // namespace marsad::extract::testing
