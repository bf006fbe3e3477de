#include "extract/entity_table.h"

#include <algorithm>

#include "text/normalizer.h"

namespace marsad::extract {
namespace {

std::string Key(EntityClass cls, std::string_view label) {
  return std::string(EntityClassName(cls)) + "|" + NameKey(label);
}

}  // namespace

void EntityTable::AddName(int id, std::string_view name) {
  if (name_keys_.size() < entities_->size()) name_keys_.resize(entities_->size());
  Entity& e = (*entities_)[id];
  if (name.empty() || std::find(e.names.begin(), e.names.end(), name) != e.names.end()) return;
  e.names.emplace_back(name);
  name_keys_[id].push_back(text::MatchKey(name));
}

std::string NameKey(std::string_view label) {
  std::string key = text::MatchKey(label);
  // Match keys fold أ to ا, so «أبو» is «ابو» here.
  for (std::string_view head : {"عبد ", "ابو "}) {
    std::size_t pos = 0;
    while ((pos = key.find(head, pos)) != std::string::npos) {
      const bool word_start = pos == 0 || key[pos - 1] == ' ';
      pos += head.size() - 1;  // the space
      if (word_start && pos + 1 < key.size()) {
        key.erase(pos, 1);
      } else {
        ++pos;
      }
    }
  }
  return key;
}

int EntityTable::FromLexicon(int index) {
  auto it = by_lexicon_.find(index);
  if (it != by_lexicon_.end()) return it->second;
  const EntityEntry& entry = lex_.entities()[index];
  Entity e;
  e.cls = entry.cls;
  e.label = entry.label;
  e.latin = entry.latin;
  e.lexicon_index = index;
  entities_->push_back(std::move(e));
  const int id = static_cast<int>(entities_->size()) - 1;
  AddName(id, entry.label);
  for (const std::string& name : entry.names) AddName(id, name);
  by_lexicon_.emplace(index, id);
  by_label_.emplace(Key(entry.cls, entry.label), id);
  return id;
}

int EntityTable::FromLabel(EntityClass cls, std::string_view label, std::string_view spelling) {
  const std::string display = text::DisplayForm(label);
  if (cls == EntityClass::kPerson) {
    if (const auto* hits = lex_.Find(text::MatchKey(display))) {
      for (const LexHit& hit : *hits) {
        if (hit.category == LexCategory::kEntity &&
            lex_.entities()[hit.index].cls == EntityClass::kPerson) {
          const int id = FromLexicon(hit.index);
          AddName(id, spelling.empty() ? std::string_view(display) : spelling);
          return id;
        }
      }
    }
  }
  const std::string key = Key(cls, display);
  auto it = by_label_.find(key);
  if (it == by_label_.end()) {
    Entity e;
    e.cls = cls;
    e.label = display;
    entities_->push_back(std::move(e));
    it = by_label_.emplace(key, static_cast<int>(entities_->size()) - 1).first;
    AddName(it->second, display);
  }
  AddName(it->second, spelling);
  return it->second;
}

int EntityTable::Institution(const InstitutionHead& head, int country_entity) {
  const Entity& country = (*entities_)[country_entity];
  const NisbaEntry* nisba =
      country.lexicon_index >= 0 ? lex_.NisbaOf(country.lexicon_index) : nullptr;
  std::string label = head.head + " ";
  if (nisba != nullptr) {
    label += head.feminine ? nisba->feminine : nisba->masculine;
  } else {
    label += country.label;
  }
  const int id = FromLabel(EntityClass::kOrganization, label);
  (*entities_)[id].country = country_entity;
  return id;
}

int EntityTable::CountryOfNisba(int nisba_index) {
  return FromLexicon(lex_.nisbas()[nisba_index].country);
}

int EntityTable::PersonBySurname(std::string_view key) const {
  for (int id = static_cast<int>(entities_->size()) - 1; id >= 0; --id) {
    if ((*entities_)[id].cls != EntityClass::kPerson) continue;
    for (const std::string& name_key : name_keys_[id]) {
      if (name_key.size() > key.size() &&
          name_key.compare(name_key.size() - key.size(), key.size(), key) == 0 &&
          name_key[name_key.size() - key.size() - 1] == ' ') {
        return id;
      }
    }
  }
  return -1;
}

}  // namespace marsad::extract
