// The entities of one article. Lexicon entities are registered once per article and keep
// their lexicon index (their IRI then comes from the lexicon label, the same in every
// article); new entities found by rules are keyed by class and normalized label.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/extraction.h"
#include "extract/lexicon.h"

namespace marsad::extract {

// The key that identifies a referent by its label: the match key with the compound-name
// spaces of Arabic names closed («عبد الفتاح» = «عبدالفتاح», «أبو ظبي» = «أبوظبي»), so
// spellings that differ only there are one entity in an article and one IRI across articles.
std::string NameKey(std::string_view label);

class EntityTable {
 public:
  EntityTable(const Lexicons& lexicons, std::vector<Entity>* entities)
      : lex_(lexicons), entities_(entities) {}

  // The article entity of lexicon entity `index`.
  int FromLexicon(int index);
  // The article entity of class `cls` labelled `label` (display form), created when absent;
  // `spelling` is recorded among its names. A Person label naming a lexicon person (or one of
  // its spellings) resolves to that person.
  int FromLabel(EntityClass cls, std::string_view label, std::string_view spelling = {});
  // The organization «<head> <nisba>» of a country («وزارة الدفاع الأذربيجانية»).
  int Institution(const InstitutionHead& head, int country_entity);
  // The country entity of a nisba entry.
  int CountryOfNisba(int nisba_index);
  // An article person whose name ends with the words `key` (match keys joined by ' '), the
  // most recently created first; -1 when none. Resolves «روحاني» to «حسن روحاني».
  int PersonBySurname(std::string_view key) const;

  const Lexicons& lexicons() const { return lex_; }
  std::vector<Entity>& entities() { return *entities_; }

 private:
  const Lexicons& lex_;
  std::vector<Entity>* entities_;
  std::unordered_map<int, int> by_lexicon_;
  std::unordered_map<std::string, int> by_label_;
  std::vector<std::vector<std::string>> name_keys_;  // match keys of each entity's names
  void AddName(int id, std::string_view name);
};

}  // namespace marsad::extract
