// Lexicons for extraction: gazetteers of countries, persons, organizations and institutions,
// offices, honorifics, event triggers and the small word lists that drive name boundaries,
// attribution and boilerplate. docs/extraction.md documents every file format.
//
// All lookups are on match keys (text/normalizer.h): a phrase is the match keys of its words
// joined by single spaces. A default set is compiled into the library (engine/data/lexicon,
// embedded at build time) on top of the ISO 3166 regions ICU names in Arabic; AddFile/AddText
// extend it with a user's files.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "marsad/status.h"

namespace marsad::extract {

enum class EntityClass : std::uint8_t { kPerson, kCountry, kTerritory, kOrganization, kPlace };

// "Person", "Country", ... (the local name of the RDF class marsad:<name>).
const char* EntityClassName(EntityClass cls);

struct EntityEntry {
  EntityClass cls = EntityClass::kPerson;
  std::string label;               // canonical display form (Arabic)
  std::vector<std::string> names;  // every Arabic spelling, label first
  std::vector<std::string> latin;  // case-folded Latin aliases
  std::string kind;                // organization kind ("alliance", "ministry", ...)
  int country = -1;                // institutions: the country entity they belong to
};

struct OfficeEntry {
  std::string role;  // canonical title, stored as marsad:role
  std::string kind;  // head, minister, diplomat, official, royal, military
};

struct NisbaEntry {
  int country = -1;       // entity index
  std::string masculine;  // display form with ال: «الإيراني»
  std::string feminine;   // «الإيرانية»
};

struct InstitutionHead {
  std::string head;  // canonical head «وزارة الخارجية»
  bool feminine = true;
  std::string kind;
};

struct EventTypeEntry {
  std::string type;  // "PhoneCall"
  std::string edge;  // "phoned"
  bool symmetric = false;
};

enum class LexCategory : std::uint8_t {
  kEntity,           // index into entities()
  kSurname,          // last word(s) of a lexicon person: index into entities()
  kCapital,          // index: the country entity
  kNisba,            // index into nisbas()
  kOffice,           // index into offices()
  kOfficeGroup,      // dual/plural office form: index into offices()
  kHonorific,        // index unused
  kInstitutionHead,  // index into institutions()
  kTrigger,          // index into event_types()
  kPlaceNoun,
  kAttribution,
  kBoundary,
  kGivenName,
};

struct LexHit {
  LexCategory category;
  int index = -1;
};

// Hashing that accepts string_view, so lookups need no temporary std::string.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// The nisba stem (masculine singular, without ال) the generation rule derives from a
// one-word country name: drop ال; a final «يا» loses its ا («ألمانيا» → «ألماني»); a final ا
// or ة becomes ي («كندا» → «كندي»); otherwise ي is added («البرازيل» → «برازيلي»). "" when
// the rule does not apply: several words, a name ending in ي, و, ى or ه (it reads as an
// adjective already or takes an irregular nisba: «مالي», «بيرو»), or a name (without ال)
// under four letters («قطر», «مصر»: short stems clash with common words). docs/extraction.md,
// "Countries".
std::string NisbaStemByRule(std::string_view country_name);

class Lexicons {
 public:
  // The compiled-in default set. Never fails on the shipped data; a parse error there is
  // kInternal.
  static Result<Lexicons> LoadDefault();

  // Adds the ISO 3166 regions ICU names in Arabic (text::IsoRegionNames). A region a
  // countries file keyed by its code gets ICU's name as one more spelling (the file's label
  // stays canonical); every other region becomes a country labelled with ICU's name, its
  // English name as a Latin alias. A country left without nisba gets forms generated from
  // NisbaStemByRule of its label, except forms that already name something else. LoadDefault
  // calls it after the compiled-in files; calling it again changes nothing.
  void AddIcuRegions();
  // The entity of an ISO 3166 alpha-2 code ("JP"), or -1.
  int FindRegion(std::string_view code) const;

  // Adds one file; its kind comes from the file name's stem before the first '.' or '_'
  // (countries, persons, organizations, institutions, offices, honorifics, triggers,
  // event_types, boundaries, given_names, place_nouns, attribution, boilerplate, nisba).
  // Errors name the file and line.
  Status AddFile(const std::string& path);
  Status AddText(std::string_view file_name, std::string_view content);

  // Hits for a phrase key (match keys joined by ' '), or nullptr.
  const std::vector<LexHit>* Find(std::string_view phrase_key) const;
  // Entity names by skeleton key (text::Skeleton of the phrase): the fallback for spellings
  // of foreign names the lexicon lacks («ناغورنو كراباخ» for «ناغورنو كاراباخ»). Only names
  // whose skeleton has at least kMinSkeletonBytes are indexed.
  const std::vector<LexHit>* FindSkeleton(std::string_view skeleton_key) const;
  static constexpr std::size_t kMinSkeletonBytes = 8;
  // True when some phrase starts with this word (the clitic analysis predicate).
  bool StartsPhrase(std::string_view word_key) const { return IsPhrasePrefix(word_key); }
  // True when some phrase starts with these words (match keys joined by ' '): longest-match
  // lookup stops extending a phrase as soon as this is false.
  bool IsPhrasePrefix(std::string_view words_key) const;
  int max_phrase_words() const { return max_phrase_words_; }

  bool IsBoilerplateLine(std::string_view line) const;
  // The entity with this Latin alias (case-folded), or -1.
  int FindLatin(std::string_view latin) const;
  // Index of the entity of class `cls` whose label has this match key, or -1.
  int FindByLabelKey(EntityClass cls, std::string_view key) const;
  int EventTypeIndex(std::string_view type) const;

  const std::vector<EntityEntry>& entities() const { return entities_; }
  const std::vector<OfficeEntry>& offices() const { return offices_; }
  const std::vector<NisbaEntry>& nisbas() const { return nisbas_; }
  const std::vector<InstitutionHead>& institutions() const { return institutions_; }
  const std::vector<EventTypeEntry>& event_types() const { return event_types_; }
  // The nisba entry of a country entity, or nullptr.
  const NisbaEntry* NisbaOf(int country) const;

  // Adds an entity (used by the loaders and by the extractor for institutions built from a
  // head and a nisba); returns its index, reusing an existing one with the same class and
  // label key.
  int AddEntity(EntityEntry entry);

 private:
  friend class LexiconLoader;
  void AddPhrase(std::string_view surface, LexHit hit);
  void RemovePhrase(std::string_view surface, LexHit hit);
  // A countries row: overlays the region of `code` when it is an ISO code already known
  // (the row's label becomes canonical), else adds the entity. Returns its index.
  int AddCountry(std::string_view code, EntityEntry entry);
  // `surface` no longer names entity `index`, now or when files added later list it again:
  // for ICU names that are also common words («مالي» "financial").
  void ExcludeName(int index, std::string_view surface);
  bool IsExcluded(int index, std::string_view surface) const;
  // Registers the nisba forms of `stem` for `country` (docs/extraction.md). `generated`
  // (stems made by NisbaStemByRule) skips every form that already names something.
  void AddNisbaForms(const std::string& stem, int country, bool canonical, bool generated);

  std::vector<EntityEntry> entities_;
  std::vector<OfficeEntry> offices_;
  std::vector<NisbaEntry> nisbas_;
  std::vector<InstitutionHead> institutions_;
  std::vector<EventTypeEntry> event_types_;
  StringMap<std::vector<LexHit>> phrases_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> prefixes_;
  StringMap<std::vector<LexHit>> skeletons_;
  std::unordered_map<std::string, int> latin_;
  std::unordered_map<std::string, int> label_keys_;  // "<class>|<key>" -> entity
  std::unordered_map<int, int> nisba_of_country_;
  std::unordered_map<std::string, int> region_entity_;  // ISO 3166 alpha-2 code -> entity
  std::unordered_set<std::string> excluded_names_;      // "<entity>|<match key>"
  struct BoilerplatePattern {
    enum class Kind : std::uint8_t { kPrefix, kContains, kExact } kind;
    std::string key;
  };
  std::vector<BoilerplatePattern> boilerplate_;
  int max_phrase_words_ = 1;
};

}  // namespace marsad::extract
