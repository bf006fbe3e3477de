// Countries: ISO 3166 regions with ICU's Arabic names as the base, countries files as the
// overlay, nisba forms by rule (docs/extraction.md, "Countries").
#include <algorithm>
#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "text/normalizer.h"
#include "text/region_names.h"
#include "text/utf8.h"

namespace marsad::extract {
namespace {

bool IsRegionCode(std::string_view code) {
  return code.size() == 2 && std::all_of(code.begin(), code.end(),
                                         [](char c) { return c >= 'A' && c <= 'Z'; });
}

// ICU's name as a phrase: without a parenthetical («ميانمار (بورما)») and with the dash of
// «الكونغو - كينشاسا» dropped (the tokenizer would split the name there).
std::string PhraseOfIcuName(std::string_view name) {
  std::string out(name.substr(0, name.find(" (")));
  for (std::size_t at; (at = out.find(" - ")) != std::string::npos;) out.replace(at, 3, " ");
  return out;
}

// English names made of ASCII letters and spaces only ("South Africa", not "Côte d’Ivoire"
// or "Bosnia & Herzegovina"), lower-cased, as Latin aliases.
std::string LatinAliasOf(std::string_view english) {
  std::string out;
  for (char c : english) {
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || c == ' ') {
      out.push_back(c);
    } else {
      return "";
    }
  }
  return out;
}

std::string Join(const std::vector<std::string>& words, const char* article, const char* suffix) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += article + w + suffix;
  }
  return out;
}

}  // namespace

std::string NisbaStemByRule(std::string_view country_name) {
  std::string name(country_name);
  if (name.empty() || name.find(' ') != std::string::npos) return "";
  if (name.starts_with("ال")) name.erase(0, std::string_view("ال").size());
  if (text::CodePointLength(name) < 4) return "";
  std::string stem;
  if (name.ends_with("يا")) {
    stem = name.substr(0, name.size() - std::string_view("ا").size());
  } else if (name.ends_with("ي") || name.ends_with("و") || name.ends_with("ى") ||
             name.ends_with("ه")) {
    return "";
  } else if (name.ends_with("ا") || name.ends_with("ة")) {
    stem = name.substr(0, name.size() - std::string_view("ا").size()) + "ي";
  } else {
    stem = name + "ي";
  }
  return stem;
}

void Lexicons::RemovePhrase(std::string_view surface, LexHit hit) {
  auto it = phrases_.find(text::MatchKey(surface));
  if (it == phrases_.end()) return;
  std::erase_if(it->second, [&](const LexHit& h) {
    return h.category == hit.category && h.index == hit.index;
  });
  if (it->second.empty()) phrases_.erase(it);  // IsPhrasePrefix may still say yes: harmless
}

void Lexicons::ExcludeName(int index, std::string_view surface) {
  excluded_names_.insert(std::to_string(index) + "|" + text::MatchKey(surface));
  RemovePhrase(surface, {LexCategory::kEntity, index});
  std::vector<std::string>& names = entities_[index].names;
  std::erase_if(names, [&](const std::string& n) { return IsExcluded(index, n); });
}

bool Lexicons::IsExcluded(int index, std::string_view surface) const {
  if (excluded_names_.empty()) return false;
  return excluded_names_.contains(std::to_string(index) + "|" + text::MatchKey(surface));
}

int Lexicons::AddCountry(std::string_view code, EntityEntry entry) {
  const bool is_code = IsRegionCode(code);
  auto known = is_code ? region_entity_.find(std::string(code)) : region_entity_.end();
  if (known != region_entity_.end()) {
    // Relabel the region with the row's label (the old one stays a spelling), so AddEntity
    // below merges the row into it.
    EntityEntry& region = entities_[known->second];
    if (text::MatchKey(region.label) != text::MatchKey(entry.label) || region.cls != entry.cls) {
      region.names.push_back(region.label);
      region.label = entry.label;
      region.cls = entry.cls;
      label_keys_[std::string(EntityClassName(entry.cls)) + "|" + text::MatchKey(entry.label)] =
          known->second;
    }
  }
  const int index = AddEntity(std::move(entry));
  if (is_code) region_entity_.emplace(std::string(code), index);
  return index;
}

int Lexicons::FindRegion(std::string_view code) const {
  auto it = region_entity_.find(std::string(code));
  return it == region_entity_.end() ? -1 : it->second;
}

void Lexicons::AddNisbaForms(const std::string& stem, int country, bool canonical,
                             bool generated) {
  const std::vector<std::string> words = [&] {
    std::vector<std::string> out;
    for (std::size_t start = 0; start < stem.size();) {
      const std::size_t end = std::min(stem.find(' ', start), stem.size());
      if (end > start) out.push_back(stem.substr(start, end - start));
      start = end + 1;
    }
    return out;
  }();
  if (words.empty()) return;
  // A generated form never shadows an entry of any file (a word, a name, another nisba).
  auto taken = [&](const std::string& form) {
    return generated && phrases_.contains(text::MatchKey(form));
  };
  int nisba_index = -1;
  if (canonical) {
    if (taken(Join(words, "", "")) || taken(Join(words, "ال", ""))) return;
    nisbas_.push_back({country, Join(words, "ال", ""), Join(words, "ال", "ة")});
    nisba_index = static_cast<int>(nisbas_.size()) - 1;
    nisba_of_country_.emplace(country, nisba_index);
  } else {
    auto it = nisba_of_country_.find(country);
    nisba_index = it == nisba_of_country_.end() ? -1 : it->second;
  }
  if (nisba_index < 0) return;
  for (const char* suffix : {"", "ة", "ون", "ين", "ان", "تين"}) {
    for (const char* article : {"", "ال"}) {
      const std::string form = Join(words, article, suffix);
      if (!taken(form)) AddPhrase(form, {LexCategory::kNisba, nisba_index});
    }
  }
}

void Lexicons::AddIcuRegions() {
  for (const text::RegionName& region : text::IsoRegionNames()) {
    const std::string name = PhraseOfIcuName(region.arabic);
    if (name.empty()) continue;
    EntityEntry entry;
    entry.cls = EntityClass::kCountry;
    entry.label = name;
    if (const std::string latin = LatinAliasOf(region.english); !latin.empty()) {
      entry.latin.push_back(latin);
    }
    const int known = FindRegion(region.code);
    if (known >= 0) {
      // A file's row: ICU's name joins its spellings under the row's label.
      entry.cls = entities_[known].cls;
      entry.label = entities_[known].label;
      if (!IsExcluded(known, name)) entry.names.push_back(name);
    }
    const int index = AddCountry(region.code, std::move(entry));
    if (NisbaOf(index) == nullptr) {
      const std::string stem = NisbaStemByRule(entities_[index].label);
      if (!stem.empty()) AddNisbaForms(stem, index, /*canonical=*/true, /*generated=*/true);
    }
  }
}

}  // namespace marsad::extract
