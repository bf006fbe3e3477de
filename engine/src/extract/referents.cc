// What a captured unit range refers to.
#include <algorithm>

#include "extract/article_state.h"
#include "text/normalizer.h"

namespace marsad::extract {
namespace {

void AddUnique(std::vector<int>* out, int id) {
  if (id >= 0 && std::find(out->begin(), out->end(), id) == out->end()) out->push_back(id);
}

bool IsSeparator(const Unit& u) {
  return u.kind == UnitKind::kPunct || (u.kind == UnitKind::kClitic && u.key == "و");
}

// A person named by a run of words. A single word that ends the name of a person already
// seen in the article is that person («جلالي» after «كاظم جلالي»).
int PersonFromRun(ArticleState* st, const std::string& surface) {
  const std::string key = text::MatchKey(surface);
  if (key.find(' ') == std::string::npos) {
    const int known = st->table.PersonBySurname(key);
    if (known >= 0) return known;
  }
  return st->table.FromLabel(EntityClass::kPerson, surface, surface);
}

}  // namespace

std::string SurfaceOf(const ArticleState& state, const std::vector<Unit>& units,
                      std::size_t begin, std::size_t end) {
  if (begin >= end) return "";
  const std::uint32_t b = units[begin].span.byte_begin;
  const std::uint32_t e = units[end - 1].span.byte_end;
  return text::DisplayForm(state.source.substr(b, e - b));
}

std::vector<int> Referents(ArticleState* st, const std::vector<Unit>& units,
                           const std::vector<const Capture*>& captures, bool as_actor,
                           bool make_persons) {
  std::vector<int> out;
  for (const Capture* c : captures) {
    std::size_t run_begin = c->end;
    auto flush = [&](std::size_t end) {
      if (make_persons && run_begin < end) {
        AddUnique(&out, PersonFromRun(st, SurfaceOf(*st, units, run_begin, end)));
      }
      run_begin = c->end;
    };
    for (std::size_t i = c->begin; i < c->end; ++i) {
      const Unit& u = units[i];
      if (u.kind == UnitKind::kWord && !u.Has(LexCategory::kNisba) &&
          !u.Has(LexCategory::kOffice) && !u.Has(LexCategory::kOfficeGroup) &&
          !u.Has(LexCategory::kHonorific)) {
        if (run_begin == c->end) run_begin = i;
        continue;
      }
      flush(i);
      if (u.kind == UnitKind::kEntity) {
        // A capital («موسكو») acting stands for its government; «عمان» the country stays
        // Oman even though it also spells Amman.
        const int capital = u.HitIndex(LexCategory::kCapital);
        const bool place = st->out.entities[u.entity].cls == EntityClass::kPlace;
        AddUnique(&out, as_actor && capital >= 0 && place ? st->table.FromLexicon(capital)
                                                          : u.entity);
      } else if (int n = u.HitIndex(LexCategory::kNisba); n >= 0 && !IsSeparator(u)) {
        AddUnique(&out, st->table.CountryOfNisba(n));
      }
    }
    flush(c->end);
  }
  return out;
}

}  // namespace marsad::extract
