#include "extract/annotate.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "text/clitics.h"
#include "text/normalizer.h"

namespace marsad::extract {
namespace {

// One way to read the first word of a phrase: as written, or with clitics split off.
struct Reading {
  bool definite = false;
  std::vector<std::string> proclitics;
  std::string stem;
  std::string enclitic;
  std::uint32_t stem_byte_offset = 0;
  std::uint32_t stem_cp_offset = 0;
};

bool IsQuote(std::string_view t) {
  static constexpr std::string_view kQuotes[] = {"\"", "«", "»", "“", "”", "‘", "’", "'",
                                                 "„", "‹", "›"};
  return std::find(std::begin(kQuotes), std::end(kQuotes), t) != std::end(kQuotes);
}

std::vector<Reading> Readings(const text::Token& token, const std::string& key,
                              const Lexicons& lex) {
  std::vector<Reading> out;
  Reading whole;
  whole.stem = key;
  out.push_back(whole);
  if (token.script != text::Script::kArabic || lex.StartsPhrase(whole.stem)) return out;
  const auto analyses = text::AnalyzeClitics(
      token.text, [&lex](std::string_view stem) { return lex.StartsPhrase(stem); });
  for (const text::CliticAnalysis& a : analyses) {
    Reading r;
    for (const std::string& p : a.proclitics) {
      if (p == "ال") {
        r.definite = true;
      } else {
        r.proclitics.push_back(p);
      }
    }
    r.stem = a.stem;
    r.enclitic = a.enclitic;
    r.stem_byte_offset = a.stem_span.byte_begin;
    r.stem_cp_offset = a.stem_span.cp_begin;
    if (!r.stem.empty()) out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

struct ReadingCache::Impl {
  std::unordered_map<std::string, std::vector<Reading>> readings;  // by token text
};

namespace {

class Builder {
 public:
  Builder(std::span<const text::Token> tokens, std::span<const text::DateMention> dates,
          EntityTable* entities, ReadingCache::Impl* cache)
      : tokens_(tokens), dates_(dates), table_(entities), lex_(entities->lexicons()),
        cache_(cache) {}

  std::vector<Unit> Run() {
    keys_.reserve(tokens_.size());
    for (const text::Token& t : tokens_) {
      keys_.push_back(t.kind == text::TokenKind::kWord ? text::MatchKey(t.text) : std::string());
    }
    skeletons_.resize(tokens_.size());
    std::size_t i = 0;
    while (i < tokens_.size()) i = Step(i);
    MergeInstitutions();
    MergeAppositions();
    return std::move(units_);
  }

 private:
  const text::DateMention* DateAt(const text::Token& t) const {
    for (const text::DateMention& d : dates_) {
      if (d.span.byte_begin <= t.span.byte_begin && t.span.byte_end <= d.span.byte_end) {
        return &d;
      }
    }
    return nullptr;
  }

  std::size_t Step(std::size_t i) {
    const text::Token& t = tokens_[i];
    if (const text::DateMention* d = DateAt(t)) {
      std::size_t j = i;
      while (j < tokens_.size() && tokens_[j].span.byte_end <= d->span.byte_end) ++j;
      Unit u = Make(UnitKind::kDate, "", i, j);
      u.date = d->date;
      u.date_precision = d->precision;
      units_.push_back(std::move(u));
      return j;
    }
    if (t.kind == text::TokenKind::kPunctuation || t.kind == text::TokenKind::kSymbol) {
      if (!IsQuote(t.text)) units_.push_back(Make(UnitKind::kPunct, std::string(t.text), i, i + 1));
      return i + 1;
    }
    if (t.kind == text::TokenKind::kNumber) {
      units_.push_back(Make(UnitKind::kNumber, text::MatchKey(t.text), i, i + 1));
      return i + 1;
    }
    return Word(i);
  }

  // Longest lexicon phrase starting at token i over every reading of the first word.
  std::size_t Word(std::size_t i) {
    auto cached = cache_->readings.find(std::string(tokens_[i].text));
    if (cached == cache_->readings.end()) {
      cached = cache_->readings
                   .emplace(std::string(tokens_[i].text), Readings(tokens_[i], keys_[i], lex_))
                   .first;
    }
    const std::vector<Reading>& readings = cached->second;
    const Reading* best = &readings.front();
    std::size_t best_len = 0;
    const std::vector<LexHit>* best_hits = nullptr;
    for (const Reading& r : readings) {
      std::string key = r.stem;
      std::size_t j = i + 1;
      for (std::size_t len = 1; len <= static_cast<std::size_t>(lex_.max_phrase_words());
           ++len) {
        if (len > 1) {
          while (j < tokens_.size() && IsQuote(tokens_[j].text)) ++j;
          if (j >= tokens_.size() || tokens_[j].kind != text::TokenKind::kWord) break;
          key += ' ';
          key += keys_[j];
          ++j;
        }
        if (!lex_.IsPhrasePrefix(key)) break;
        const auto* hits = lex_.Find(key);
        if (hits != nullptr && len > best_len) {
          best = &r;
          best_len = len;
          best_hits = hits;
          best_end_ = j;
        }
      }
    }
    if (best_hits == nullptr) best_hits = SkeletonMatch(i, &best_len);
    for (const std::string& p : best->proclitics) {
      Unit c = Make(UnitKind::kClitic, p, i, i + 1);
      c.span.byte_end = c.span.byte_begin + best->stem_byte_offset;
      c.span.cp_end = c.span.cp_begin + best->stem_cp_offset;
      units_.push_back(std::move(c));
    }
    const std::size_t end = best_hits != nullptr ? best_end_ : i + 1;
    Unit u = Make(UnitKind::kWord, best->stem, i, end);
    u.span.byte_begin += best->stem_byte_offset;
    u.span.cp_begin += best->stem_cp_offset;
    u.enclitic = best->enclitic;
    u.definite = best->definite;
    if (best_hits != nullptr) u.hits = *best_hits;
    Resolve(&u);
    units_.push_back(std::move(u));
    return end;
  }

  // Fallback for foreign names spelled with other vowels than the lexicon's: the longest
  // run of up to kMaxSkeletonWords words whose skeleton names an entity.
  const std::vector<LexHit>* SkeletonMatch(std::size_t i, std::size_t* len) {
    static constexpr std::size_t kMaxSkeletonWords = 3;
    if (tokens_[i].script != text::Script::kArabic) return nullptr;
    // The skeleton works word by word, so a phrase's skeleton is its words' skeletons joined.
    std::string phrase;
    std::vector<std::pair<std::size_t, std::string>> candidates;
    for (std::size_t j = i; j < tokens_.size() && j < i + kMaxSkeletonWords; ++j) {
      if (tokens_[j].kind != text::TokenKind::kWord) break;
      if (skeletons_[j].empty()) skeletons_[j] = text::Skeleton(keys_[j]);
      if (!phrase.empty()) phrase += ' ';
      phrase += skeletons_[j];
      candidates.emplace_back(j + 1, phrase);
    }
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
      const std::string& skeleton = it->second;
      if (skeleton.size() < Lexicons::kMinSkeletonBytes) continue;
      if (const auto* hits = lex_.FindSkeleton(skeleton)) {
        *len = it->first - i;
        best_end_ = it->first;
        return hits;
      }
    }
    return nullptr;
  }

  // Entity phrases become entity units: lexicon entities, capitals (a Place that also stands
  // for its country), and surnames of persons already named in this article or the lexicon.
  void Resolve(Unit* u) {
    if (int index = u->HitIndex(LexCategory::kEntity); index >= 0) {
      u->kind = UnitKind::kEntity;
      u->entity = table_->FromLexicon(index);
    } else if (u->Has(LexCategory::kCapital)) {
      u->kind = UnitKind::kEntity;
      u->entity = table_->FromLabel(EntityClass::kPlace, Surface(*u));
    } else if (int surname = u->HitIndex(LexCategory::kSurname); surname >= 0) {
      const int known = table_->PersonBySurname(u->key);
      u->kind = UnitKind::kEntity;
      u->entity = known >= 0 ? known : table_->FromLexicon(surname);
    }
  }

  std::string Surface(const Unit& u) const {
    return std::string(source_of(u));
  }
  std::string_view source_of(const Unit& u) const {
    const text::Token& first = tokens_.front();
    const char* base = first.text.data() - first.span.byte_begin;
    return std::string_view(base + u.span.byte_begin, u.span.byte_size());
  }

  Unit Make(UnitKind kind, std::string key, std::size_t begin, std::size_t end) const {
    Unit u;
    u.kind = kind;
    u.key = std::move(key);
    u.span = tokens_[begin].span;
    u.span.byte_end = tokens_[end - 1].span.byte_end;
    u.span.cp_end = tokens_[end - 1].span.cp_end;
    u.script = tokens_[begin].script;
    u.words = static_cast<int>(end - begin);
    return u;
  }

  // «وزارة الدفاع» / «الخارجية» / «الجيش» followed by a nisba or a country name.
  void MergeInstitutions() {
    std::vector<Unit> out;
    for (std::size_t i = 0; i < units_.size(); ++i) {
      Unit u = units_[i];
      const int head = u.HitIndex(LexCategory::kInstitutionHead);
      if (head >= 0 && u.kind == UnitKind::kWord && i + 1 < units_.size()) {
        const Unit& next = units_[i + 1];
        int country = -1;
        if (int n = next.HitIndex(LexCategory::kNisba); n >= 0 && next.kind == UnitKind::kWord) {
          country = table_->CountryOfNisba(n);
        } else if (next.kind == UnitKind::kEntity &&
                   table_->entities()[next.entity].cls == EntityClass::kCountry) {
          country = next.entity;
        }
        if (country >= 0) {
          u.kind = UnitKind::kEntity;
          u.entity = table_->Institution(lex_.institutions()[head], country);
          u.span.byte_end = next.span.byte_end;
          u.span.cp_end = next.span.cp_end;
          u.words += next.words;
          u.hits.clear();
          ++i;
        }
      }
      out.push_back(std::move(u));
    }
    units_ = std::move(out);
  }

  // «حلف شمال الأطلسي "الناتو"»: the same entity twice in a row is one mention.
  void MergeAppositions() {
    std::vector<Unit> out;
    for (Unit& u : units_) {
      if (!out.empty() && u.kind == UnitKind::kEntity && out.back().kind == UnitKind::kEntity &&
          out.back().entity == u.entity) {
        out.back().span.byte_end = u.span.byte_end;
        out.back().span.cp_end = u.span.cp_end;
        out.back().words += u.words;
        continue;
      }
      out.push_back(std::move(u));
    }
    units_ = std::move(out);
  }

  std::span<const text::Token> tokens_;
  std::span<const text::DateMention> dates_;
  EntityTable* table_;
  const Lexicons& lex_;
  ReadingCache::Impl* cache_;
  std::vector<Unit> units_;
  std::vector<std::string> keys_;       // match key of each word token
  std::vector<std::string> skeletons_;  // skeleton of each word token, computed on demand
  std::size_t best_end_ = 0;
};

}  // namespace

bool Unit::Has(LexCategory category) const { return HitIndex(category) >= 0; }

int Unit::HitIndex(LexCategory category) const {
  for (const LexHit& h : hits) {
    if (h.category == category) return h.index < 0 ? 0 : h.index;
  }
  return -1;
}

ReadingCache::ReadingCache() : impl_(std::make_unique<Impl>()) {}
ReadingCache::~ReadingCache() = default;

std::vector<Unit> BuildUnits(std::span<const text::Token> tokens,
                             std::span<const text::DateMention> dates, EntityTable* entities,
                             ReadingCache* cache) {
  if (tokens.empty()) return {};
  return Builder(tokens, dates, entities, &cache->impl()).Run();
}

}  // namespace marsad::extract
