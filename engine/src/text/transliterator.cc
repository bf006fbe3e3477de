#include "text/transliterator.h"

#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "base/status_macros.h"
#include "text/icu_status.h"
#include "text/normalizer.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

enum class Chain { kLatin, kAscii };

// One ICU transliterator per thread and chain: Transliterator::transliterate is not
// documented as safe for concurrent use of one instance.
Result<const icu::Transliterator*> ThreadTransliterator(Chain chain) {
  thread_local std::unique_ptr<icu::Transliterator> cache[2];
  auto& slot = cache[static_cast<int>(chain)];
  if (slot == nullptr) {
    const char* id = chain == Chain::kLatin ? "Arabic-Latin" : "Arabic-Latin; Latin-ASCII; Lower";
    UErrorCode err = U_ZERO_ERROR;
    slot.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id),
                                                   UTRANS_FORWARD, err));
    MARSAD_RETURN_IF_ERROR(internal::IcuStatus(err, std::string("creating transliterator ") + id));
  }
  return slot.get();
}

Result<std::string> Run(Chain chain, std::string_view utf8) {
  MARSAD_ASSIGN_OR_RETURN(const icu::Transliterator* t, ThreadTransliterator(chain));
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  t->transliterate(s);
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Consonant class of an Arabic-script letter of the match key; 0 drops it (long vowels,
// hamza, ain, which Latin spellings do not write consistently).
char ArabicConsonant(std::int32_t c) {
  switch (c) {
    case U'ب': case U'پ': return 'b';
    case U'ت': case U'ث': case U'ط': return 't';
    case U'ج': case U'غ': case U'گ': return 'j';
    case U'ح': case U'ه': return 'h';
    case U'خ': case U'ق': case U'ك': return 'k';
    case U'د': case U'ض': return 'd';
    case U'ذ': case U'ز': case U'ظ': case U'ژ': return 'z';
    case U'ر': return 'r';
    case U'س': case U'ش': case U'ص': case U'چ': return 's';
    case U'ف': return 'f';
    case U'ل': return 'l';
    case U'م': return 'm';
    case U'ن': return 'n';
    default: return 0;
  }
}

// Consonant class of a Latin letter at s[i] (lowercase ASCII); `*skip` is set to 1 when a
// digraph (kh sh gh th dh ph ch) consumed the next letter too.
char LatinConsonant(std::string_view s, std::size_t i, std::size_t* skip) {
  const char c = s[i];
  *skip = 0;
  if (i + 1 < s.size() && s[i + 1] == 'h') {
    const char* digraph = nullptr;
    switch (c) {
      case 'k': digraph = "k"; break;
      case 's': case 'c': digraph = "s"; break;
      case 'g': digraph = "j"; break;
      case 't': digraph = "t"; break;
      case 'd': digraph = "z"; break;
      case 'p': digraph = "f"; break;
      default: break;
    }
    if (digraph != nullptr) {
      *skip = 1;
      return digraph[0];
    }
  }
  switch (c) {
    case 'q': case 'c': return 'k';
    case 'p': return 'b';
    case 'v': return 'f';
    case 'g': return 'j';
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'w': case 'y': return 0;
    default: return c >= 'a' && c <= 'z' ? c : 0;
  }
}

}  // namespace

Result<std::string> TransliterateArabic(std::string_view utf8) {
  return Run(Chain::kLatin, DisplayForm(utf8));
}

Result<std::string> TransliterateArabicAscii(std::string_view utf8) {
  return Run(Chain::kAscii, MatchKey(utf8));
}

std::string CrossScriptKey(std::string_view utf8) {
  const std::string key = MatchKey(utf8);  // folds alef forms, ة, case and digits first
  std::string out;
  char prev = 0;
  for (std::size_t pos = 0; pos < key.size();) {
    const std::size_t at = pos;
    const std::int32_t c = DecodeUtf8(key, &pos);
    char cls = 0;
    if (c < 0x80) {
      std::size_t skip = 0;
      cls = LatinConsonant(key, at, &skip);
      pos += skip;
    } else {
      cls = ArabicConsonant(c);
    }
    if (cls == 0 || cls == prev) continue;
    out.push_back(cls);
    prev = cls;
  }
  return out;
}

void LatinAliasTable::Add(std::string_view arabic, std::string_view latin) {
  const std::string arabic_key = MatchKey(arabic);
  const std::string latin_key = MatchKey(latin);
  auto& latins = latin_by_arabic_[arabic_key];
  for (const std::string& existing : latins) {
    if (MatchKey(existing) == latin_key) return;  // already known
  }
  latins.emplace_back(latin);
  arabic_by_latin_[latin_key].emplace_back(DisplayForm(arabic));
  ++size_;
}

Status LatinAliasTable::LoadTsv(std::string_view tsv) {
  std::size_t line_no = 0;
  while (!tsv.empty()) {
    ++line_no;
    const std::size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0 || tab + 1 == line.size()) {
      SourceLocation where{"<aliases>", line_no, 1, 0};
      return Status(StatusCode::kInvalidArgument,
                    "alias line " + std::to_string(line_no) + ": expected 'arabic<TAB>latin'",
                    std::move(where));
    }
    Add(line.substr(0, tab), line.substr(tab + 1));
  }
  return Status::Ok();
}

std::vector<std::string> LatinAliasTable::LatinFor(std::string_view arabic) const {
  const auto it = latin_by_arabic_.find(MatchKey(arabic));
  return it == latin_by_arabic_.end() ? std::vector<std::string>() : it->second;
}

std::vector<std::string> LatinAliasTable::ArabicFor(std::string_view latin) const {
  const auto it = arabic_by_latin_.find(MatchKey(latin));
  return it == arabic_by_latin_.end() ? std::vector<std::string>() : it->second;
}

std::string LatinAliasTable::DisplayLatin(std::string_view arabic) const {
  const auto it = latin_by_arabic_.find(MatchKey(arabic));
  if (it != latin_by_arabic_.end() && !it->second.empty()) return it->second.front();
  Result<std::string> icu = TransliterateArabic(arabic);
  return icu.ok() ? *icu : std::string(arabic);
}

}  // namespace marsad::text
