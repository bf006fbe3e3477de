#include "text/number_words.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <unicode/rbnf.h>

#include "text/normalizer.h"

namespace marsad::text::internal {
namespace {

using Table = std::unordered_map<std::string, int>;

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) words.emplace_back(s.substr(start, i - start));
  }
  return words;
}

bool EndsWith(const std::string& s, std::string_view p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

// Spellings of one word as it occurs in news text (match-key form). ICU spells nominative
// case only; the genitive/accusative forms are the common ones in running text.
std::vector<std::string> WordVariants(const std::string& w) {
  std::vector<std::string> out = {w};
  const auto replace_suffix = [&](std::string_view from, std::string_view to) {
    if (EndsWith(w, from)) out.push_back(w.substr(0, w.size() - from.size()) + std::string(to));
  };
  replace_suffix("ون", "ين");  // عشرون -> عشرين
  replace_suffix("ان", "ين");  // اثنان -> اثنين, مائتان -> مائتين
  replace_suffix("نا", "ني");  // اثنا عشر -> اثني عشر
  replace_suffix("تا", "تي");  // اثنتا عشره -> اثنتي عشره
  if (w == "عشر") out.emplace_back("عشره");
  if (w == "عشره") out.emplace_back("عشر");
  const std::size_t n = out.size();
  for (std::size_t i = 0; i < n; ++i) {  // مائة is also spelled مئة
    const std::size_t at = out[i].find("مائ");
    if (at != std::string::npos) out.push_back(out[i].substr(0, at) + "مئ" + out[i].substr(at + 6));
  }
  return out;
}

// Adds every combination of the words' variants.
void AddPhrase(const std::vector<std::string>& words, int value, Table* table) {
  std::vector<std::string> phrases = {""};
  for (const std::string& w : words) {
    std::vector<std::string> next;
    for (const std::string& v : WordVariants(w)) {
      for (const std::string& p : phrases) next.push_back(p.empty() ? v : p + " " + v);
    }
    phrases.swap(next);
  }
  for (std::string& p : phrases) table->emplace(std::move(p), value);
}

std::string Spell(const icu::RuleBasedNumberFormat& f, const char* rule_set, int value) {
  icu::UnicodeString out;
  icu::FieldPosition pos;
  UErrorCode err = U_ZERO_ERROR;
  f.format(static_cast<int32_t>(value), icu::UnicodeString(rule_set), out, pos, err);
  if (U_FAILURE(err)) return "";
  std::string utf8;
  out.toUTF8String(utf8);
  return MatchKey(utf8);
}

struct Tables {
  Table cardinal;
  Table ordinal;
  std::unordered_set<std::string> cardinal_starts;  // first words of the phrases
  std::unordered_set<std::string> ordinal_starts;
};

void CollectStarts(const Table& table, std::unordered_set<std::string>* starts) {
  for (const auto& [phrase, value] : table) starts->insert(phrase.substr(0, phrase.find(' ')));
}

Tables Build() {
  Tables t;
  UErrorCode err = U_ZERO_ERROR;
  const icu::RuleBasedNumberFormat f(icu::URBNF_SPELLOUT, icu::Locale("ar"), err);
  if (U_FAILURE(err)) return t;  // no ICU data: number words are simply not recognized
  for (const char* rs : {"%spellout-cardinal-masculine", "%spellout-cardinal-feminine"}) {
    for (int v = 1; v <= 999; ++v) {
      std::vector<std::string> words = SplitWords(Spell(f, rs, v));
      if (words.empty()) continue;
      AddPhrase(words, v, &t.cardinal);
      // ICU writes «ثلاثة مائة»; text usually fuses the unit, without its ة: «ثلاثمائة».
      if (words.size() >= 2 && words[1].rfind("مائ", 0) == 0 && EndsWith(words[0], "ه")) {
        std::vector<std::string> fused(words.begin() + 1, words.end());
        fused[0] = words[0].substr(0, words[0].size() - 2) + fused[0];
        AddPhrase(fused, v, &t.cardinal);
        if (EndsWith(words[0], "يه")) {  // ثمانية -> ثمانمائة
          fused[0] = words[0].substr(0, words[0].size() - 4) + words[1];
          AddPhrase(fused, v, &t.cardinal);
        }
      }
    }
  }
  for (const char* rs : {"%spellout-ordinal-masculine", "%spellout-ordinal-feminine"}) {
    for (int v = 1; v <= 99; ++v) AddPhrase(SplitWords(Spell(f, rs, v)), v, &t.ordinal);
  }
  CollectStarts(t.cardinal, &t.cardinal_starts);
  CollectStarts(t.ordinal, &t.ordinal_starts);
  return t;
}

const Tables& GetTables() {
  static const Tables tables = Build();
  return tables;
}

std::optional<int> Lookup(const Table& table, std::string_view phrase) {
  const auto it = table.find(std::string(phrase));
  if (it == table.end()) return std::nullopt;
  return it->second;
}

}  // namespace

std::optional<int> CardinalPhraseValue(std::string_view phrase) {
  return Lookup(GetTables().cardinal, phrase);
}

std::optional<int> OrdinalPhraseValue(std::string_view phrase) {
  return Lookup(GetTables().ordinal, phrase);
}

bool StartsCardinalPhrase(std::string_view word) {
  return GetTables().cardinal_starts.count(std::string(word)) > 0;
}

bool StartsOrdinalPhrase(std::string_view word) {
  return GetTables().ordinal_starts.count(std::string(word)) > 0;
}

std::optional<ScaleWord> ScaleWordValue(std::string_view word) {
  // Singular forms agree with ICU's spellout of 10^3, 10^6, 10^9 (الف، مليون، مليار); the
  // dual and plural forms are not produced by ICU's Arabic rules, so they are listed here.
  struct Entry {
    std::string_view key;
    ScaleWord scale;
  };
  static constexpr Entry kScales[] = {
      {"الف", {1e3, false, false}},     {"الفا", {2e3, true, false}},
      {"الفان", {2e3, true, false}},    {"الفين", {2e3, true, false}},
      {"الفي", {2e3, true, false}},     {"الاف", {1e3, false, true}},
      {"مليون", {1e6, false, false}},   {"مليونا", {2e6, true, false}},
      {"مليونان", {2e6, true, false}},  {"مليونين", {2e6, true, false}},
      {"ملايين", {1e6, false, true}},   {"مليار", {1e9, false, false}},
      {"مليارا", {2e9, true, false}},   {"ملياران", {2e9, true, false}},
      {"مليارين", {2e9, true, false}},  {"مليارات", {1e9, false, true}},
  };
  for (const Entry& e : kScales) {
    if (e.key == word) return e.scale;
  }
  return std::nullopt;
}

}  // namespace marsad::text::internal
