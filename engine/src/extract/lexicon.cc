#include "extract/lexicon.h"

#include <algorithm>
#include <utility>

#include "text/normalizer.h"

namespace marsad::extract {
namespace {

std::string LabelKey(EntityClass cls, std::string_view key) {
  return std::string(EntityClassName(cls)) + "|" + std::string(key);
}

std::string Trim(std::string_view s) {
  const auto begin = s.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return "";
  const auto end = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(begin, end - begin + 1));
}

}  // namespace

const char* EntityClassName(EntityClass cls) {
  switch (cls) {
    case EntityClass::kPerson: return "Person";
    case EntityClass::kCountry: return "Country";
    case EntityClass::kTerritory: return "Territory";
    case EntityClass::kOrganization: return "Organization";
    case EntityClass::kPlace: return "Place";
  }
  return "Entity";
}

const std::vector<LexHit>* Lexicons::Find(std::string_view phrase_key) const {
  auto it = phrases_.find(phrase_key);
  return it == phrases_.end() ? nullptr : &it->second;
}

const std::vector<LexHit>* Lexicons::FindSkeleton(std::string_view skeleton_key) const {
  auto it = skeletons_.find(skeleton_key);
  return it == skeletons_.end() ? nullptr : &it->second;
}

bool Lexicons::IsPhrasePrefix(std::string_view words_key) const {
  return prefixes_.find(words_key) != prefixes_.end();
}

void Lexicons::AddPhrase(std::string_view surface, LexHit hit) {
  const std::string key = text::MatchKey(Trim(surface));
  if (key.empty()) return;
  std::vector<LexHit>& hits = phrases_[key];
  for (const LexHit& h : hits) {
    if (h.category == hit.category && h.index == hit.index) return;
  }
  hits.push_back(hit);
  const int words = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
  max_phrase_words_ = std::max(max_phrase_words_, words);
  for (std::size_t space = key.find(' '); space != std::string::npos;
       space = key.find(' ', space + 1)) {
    prefixes_.insert(key.substr(0, space));
  }
  prefixes_.insert(key);
}

int Lexicons::AddEntity(EntityEntry entry) {
  const std::string key = LabelKey(entry.cls, text::MatchKey(entry.label));
  auto it = label_keys_.find(key);
  if (it != label_keys_.end()) {
    // A second file may add spellings and aliases to a known entity.
    EntityEntry& known = entities_[it->second];
    for (std::string& name : entry.names) known.names.push_back(std::move(name));
    for (std::string& latin : entry.latin) known.latin.push_back(std::move(latin));
    entry = known;
  } else {
    entities_.push_back(entry);
    it = label_keys_.emplace(key, static_cast<int>(entities_.size()) - 1).first;
  }
  const int index = it->second;
  if (!IsExcluded(index, entry.label)) AddPhrase(entry.label, {LexCategory::kEntity, index});
  for (const std::string& name : entry.names) {
    if (!IsExcluded(index, name)) AddPhrase(name, {LexCategory::kEntity, index});
  }
  std::vector<std::string> all = entry.names;
  all.push_back(entry.label);
  for (const std::string& name : all) {
    if (IsExcluded(index, name)) continue;
    const std::string skeleton = text::Skeleton(name);
    if (skeleton.size() < kMinSkeletonBytes) continue;
    std::vector<LexHit>& hits = skeletons_[skeleton];
    if (hits.empty()) hits.push_back({LexCategory::kEntity, index});
  }
  for (const std::string& latin : entry.latin) latin_.emplace(text::MatchKey(latin), index);
  return index;
}

int Lexicons::FindLatin(std::string_view latin) const {
  auto it = latin_.find(text::MatchKey(latin));
  return it == latin_.end() ? -1 : it->second;
}

int Lexicons::FindByLabelKey(EntityClass cls, std::string_view key) const {
  auto it = label_keys_.find(LabelKey(cls, key));
  return it == label_keys_.end() ? -1 : it->second;
}

int Lexicons::EventTypeIndex(std::string_view type) const {
  for (std::size_t i = 0; i < event_types_.size(); ++i) {
    if (event_types_[i].type == type) return static_cast<int>(i);
  }
  return -1;
}

const NisbaEntry* Lexicons::NisbaOf(int country) const {
  auto it = nisba_of_country_.find(country);
  return it == nisba_of_country_.end() ? nullptr : &nisbas_[it->second];
}

bool Lexicons::IsBoilerplateLine(std::string_view line) const {
  const std::string key = text::MatchKey(Trim(line));
  if (key.empty()) return false;
  for (const BoilerplatePattern& p : boilerplate_) {
    switch (p.kind) {
      case BoilerplatePattern::Kind::kExact:
        if (key == p.key) return true;
        break;
      case BoilerplatePattern::Kind::kPrefix:
        if (key.rfind(p.key, 0) == 0) return true;
        break;
      case BoilerplatePattern::Kind::kContains:
        if (key.find(p.key) != std::string::npos) return true;
        break;
    }
  }
  return false;
}

}  // namespace marsad::extract
