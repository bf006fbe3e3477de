#include "text/clitics.h"

#include <algorithm>
#include <array>
#include <tuple>

#include "text/normalizer.h"
#include "text/utf8.h"

namespace marsad::text {
namespace {

// Match-key spellings (UTF-8). Enclitics longest first so the loop below tries «هما» before
// «ها» before «ه» -- order does not change the result set, only the scan.
constexpr std::array<std::string_view, 3> kConjunctions = {"", "و", "ف"};
constexpr std::array<std::string_view, 5> kParticles = {"", "ب", "ك", "ل", "س"};
constexpr std::array<std::string_view, 12> kEnclitics = {
    "", "هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ك"};
constexpr std::string_view kArticle = "ال";
constexpr std::string_view kTa = "ت";
constexpr std::string_view kHa = "ه";  // ة folds to ه in the match key
constexpr std::size_t kMinStemCodePoints = 2;

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

struct Candidate {
  std::vector<std::string> proclitics;
  std::string stem;
  std::string enclitic;
  std::size_t stem_key_begin = 0;  // bytes in the match key
  std::size_t stem_key_end = 0;
  bool restored = false;
};

// Adds the candidates for one (proclitics, rest-of-key) split: `rest` starts at byte
// `rest_begin` of the key.
void TrySplit(std::string_view key, std::vector<std::string> proclitics, std::size_t rest_begin,
              bool allow_enclitic, const LexiconPredicate& in_lexicon,
              std::vector<Candidate>* out) {
  const std::string_view rest = key.substr(rest_begin);
  for (const std::string_view enclitic : kEnclitics) {
    if (!enclitic.empty() && (!allow_enclitic || !EndsWith(rest, enclitic))) continue;
    const std::string_view stem = rest.substr(0, rest.size() - enclitic.size());
    if (CodePointLength(stem) < kMinStemCodePoints) continue;
    const std::size_t b = rest_begin;
    const std::size_t e = rest_begin + stem.size();
    if (in_lexicon(stem)) {
      out->push_back({proclitics, std::string(stem), std::string(enclitic), b, e, false});
    }
    // «حكومته»: the ة of حكومة is written ت before a pronoun.
    if (!enclitic.empty() && EndsWith(stem, kTa)) {
      std::string restored(stem.substr(0, stem.size() - kTa.size()));
      restored += kHa;
      if (in_lexicon(restored)) {
        out->push_back({proclitics, restored, std::string(enclitic), b, e, true});
      }
    }
  }
}

}  // namespace

bool IsBareProclitic(std::string_view token) {
  const std::string key = MatchKey(token);
  if (CodePointLength(key) != 1) return false;
  for (const std::string_view p : {"و", "ف", "ب", "ك", "ل"}) {
    if (key == p) return true;
  }
  return false;
}

std::vector<CliticAnalysis> AnalyzeClitics(std::string_view token,
                                           const LexiconPredicate& in_lexicon) {
  const NormalizedText norm = Normalize(token, NormalForm::kMatchKey);
  const std::string_view key = norm.text;
  std::vector<CliticAnalysis> result;
  if (IsBareProclitic(token)) {
    CliticAnalysis bare;
    bare.proclitics.emplace_back(key);
    bare.stem_span = norm.map.ToSource(key.size(), key.size());
    result.push_back(std::move(bare));
    return result;
  }
  std::vector<Candidate> candidates;
  for (const std::string_view conj : kConjunctions) {
    if (!StartsWith(key, conj)) continue;
    for (const std::string_view particle : kParticles) {
      const std::size_t after_particle = conj.size() + particle.size();
      if (!StartsWith(key.substr(conj.size()), particle)) continue;
      std::vector<std::string> procl;
      if (!conj.empty()) procl.emplace_back(conj);
      if (!particle.empty()) procl.emplace_back(particle);
      TrySplit(key, procl, after_particle, true, in_lexicon, &candidates);
      if (particle == "س") continue;  // the future particle takes verbs, never the article
      // Article: «ال» after any particle but ل, which absorbs its alef: «لل» = ل + ال.
      const std::string_view article = particle == "ل" ? "ل" : kArticle;
      if (!StartsWith(key.substr(after_particle), article)) continue;
      std::vector<std::string> with_article = procl;
      with_article.emplace_back(kArticle);
      TrySplit(key, with_article, after_particle + article.size(), false, in_lexicon,
               &candidates);
      if (particle == "ل") {  // lexicons often list the definite form: ل + «الجيش»
        const std::string_view noun = key.substr(after_particle + article.size());
        const std::string definite = std::string(kArticle) + std::string(noun);
        if (CodePointLength(noun) >= kMinStemCodePoints && in_lexicon(definite)) {
          candidates.push_back({procl, definite, "", after_particle, key.size(), false});
        }
      }
    }
  }
  for (Candidate& c : candidates) {
    CliticAnalysis a;
    a.proclitics = std::move(c.proclitics);
    a.stem = std::move(c.stem);
    a.enclitic = std::move(c.enclitic);
    a.stem_span = norm.map.ToSource(c.stem_key_begin, c.stem_key_end);
    a.restored_ta_marbuta = c.restored;
    const bool duplicate = std::any_of(result.begin(), result.end(), [&](const auto& r) {
      return r.proclitics == a.proclitics && r.stem == a.stem && r.enclitic == a.enclitic;
    });
    if (!duplicate) result.push_back(std::move(a));
  }
  std::stable_sort(result.begin(), result.end(), [](const auto& x, const auto& y) {
    return std::make_tuple(x.affix_count(), y.stem.size()) <
           std::make_tuple(y.affix_count(), x.stem.size());
  });
  return result;
}

}  // namespace marsad::text
