// Lexicons for extraction: gazetteers of countries, persons, organizations and institutions,
// offices, honorifics, event triggers and the small word lists that drive name boundaries,
// attribution and boilerplate. docs/extraction.md documents every file format.
//
// All lookups are on match keys (text/normalizer.h): a phrase is the match keys of its words
// joined by single spaces. A default set is compiled into the library (engine/data/lexicon,
// embedded at build time); AddFile/AddText extend it with a user's files.
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

class Lexicons {
 public:
  // The compiled-in default set. Never fails on the shipped data; a parse error there is
  // kInternal.
  static Result<Lexicons> LoadDefault();

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
  struct BoilerplatePattern {
    enum class Kind : std::uint8_t { kPrefix, kContains, kExact } kind;
    std::string key;
  };
  std::vector<BoilerplatePattern> boilerplate_;
  int max_phrase_words_ = 1;
};

}  // namespace marsad::extract
