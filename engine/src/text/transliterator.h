// Arabic -> Latin transliteration (ICU "Arabic-Latin") and conventional Latin aliases.
//
// ICU's output is consonantal and scholarly (روحاني -> "rwḥạny"), fine for display of unknown
// names but not how people spell "Rouhani". Two complements:
//  - LatinAliasTable: curated pairs (روحاني <-> Rouhani), looked up by match key on both sides;
//  - CrossScriptKey: a coarse consonant key computed the same way from Arabic and from Latin
//    ("روحاني" and "Rouhani" -> "rhn"; "بوتين" and "Putin" -> "btn"), a low-confidence
//    fallback for Latin queries.
// All functions are thread-safe (one ICU transliterator per thread, built on first use).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/status.h"

namespace marsad::text {

// ICU Arabic-Latin transliteration of `utf8` (non-Arabic characters pass through),
// e.g. "بوتين" -> "bwtyn". kInternal if ICU lacks the transform.
Result<std::string> TransliterateArabic(std::string_view utf8);

// The same folded to lowercase ASCII (Latin-ASCII after Arabic-Latin): "rwhany". Search key.
Result<std::string> TransliterateArabicAscii(std::string_view utf8);

// Coarse consonant key comparable across Arabic and Latin spellings, computed on the match
// key. Arabic letters map to consonant classes (ب پ->b, ت ث ط->t, ج غ گ->j, ح ه->h,
// خ ق ك->k, د ض->d, ذ ز ظ ژ->z, س ش ص چ->s, ف->f, ر ل م ن as themselves); Latin letters
// likewise after the digraphs kh->k sh ch->s gh->j th->t dh->z ph->f and q c->k, p->b, v->f,
// g->j. Long vowels, glides, hamza, ain and the Latin vowels a e i o u w y are dropped, and so
// are non-letters; repeated classes collapse. Lossy by design: use only as a fallback after
// exact and alias matches.
std::string CrossScriptKey(std::string_view utf8);

// Conventional Latin spellings of Arabic names. Not thread-safe for writes; concurrent
// lookups on a table that is no longer modified are safe.
class LatinAliasTable {
 public:
  // Registers `latin` as a conventional spelling of `arabic`. Both are stored by match key;
  // the first Latin alias added for an Arabic key is its preferred display spelling.
  void Add(std::string_view arabic, std::string_view latin);

  // Loads lines "arabic<TAB>latin" ('#' starts a comment). kInvalidArgument with the line
  // number for a malformed line.
  Status LoadTsv(std::string_view tsv);

  // Latin spellings of `arabic` (any orthographic variant: أذربيجان = اذربيجان).
  std::vector<std::string> LatinFor(std::string_view arabic) const;
  // Arabic names whose alias matches `latin` case-insensitively.
  std::vector<std::string> ArabicFor(std::string_view latin) const;

  // The preferred alias when there is one, else TransliterateArabic's output (or the input
  // itself if ICU fails).
  std::string DisplayLatin(std::string_view arabic) const;

  std::size_t size() const { return size_; }

 private:
  std::unordered_map<std::string, std::vector<std::string>> latin_by_arabic_;
  std::unordered_map<std::string, std::vector<std::string>> arabic_by_latin_;
  std::size_t size_ = 0;
};

}  // namespace marsad::text
