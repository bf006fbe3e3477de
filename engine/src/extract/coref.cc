// Within-article reference: title-only mentions («الرئيس الأذربيجاني»), surnames of persons
// named earlier, «الأخير/الأخيرة» and «بلاده/بلادها».
#include <algorithm>

#include "extract/article_state.h"
#include "text/normalizer.h"

namespace marsad::extract {
namespace {

// The country a person represents, from the offices stated so far.
int CountryOf(const ArticleState& st, int person) {
  for (auto it = st.out.offices.rbegin(); it != st.out.offices.rend(); ++it) {
    if (it->holder != person || it->of < 0) continue;
    const Entity& of = st.out.entities[it->of];
    if (of.cls == EntityClass::kCountry) return it->of;
    if (of.country >= 0) return of.country;
  }
  return -1;
}

int HolderOf(const ArticleState& st, const std::string& role, int country) {
  for (auto it = st.out.offices.rbegin(); it != st.out.offices.rend(); ++it) {
    if (it->role == role && it->of == country) return it->holder;
  }
  return -1;
}

int LatestInHistory(const ArticleState& st, const std::vector<int>& local, bool person) {
  for (const std::vector<int>* h : {&local, &st.history}) {
    for (auto it = h->rbegin(); it != h->rend(); ++it) {
      const EntityClass cls = st.out.entities[*it].cls;
      const bool is_person = cls == EntityClass::kPerson;
      if (is_person == person && cls != EntityClass::kPlace && cls != EntityClass::kTerritory) {
        return *it;
      }
    }
  }
  return -1;
}

void MakeEntity(Unit* u, int entity, const ArticleState& st) {
  u->kind = UnitKind::kEntity;
  u->entity = entity;
  u->hits.clear();
  u->key = text::MatchKey(st.out.entities[entity].label);
}

// «الرئيس الأذربيجاني» / «رئيس الجمهورية الإسلامية الإيرانية» with no name after it: the
// person this article already named with that office.
bool ResolveTitle(ArticleState* st, std::vector<Unit>* units, std::size_t i) {
  Unit& u = (*units)[i];
  const int office = u.HitIndex(LexCategory::kOffice);
  if (u.kind != UnitKind::kWord || office < 0 || i + 1 >= units->size()) return false;
  const Unit& next = (*units)[i + 1];
  int country = -1;
  if (int n = next.HitIndex(LexCategory::kNisba); n >= 0 && next.kind == UnitKind::kWord) {
    country = st->table.CountryOfNisba(n);
  } else if (next.kind == UnitKind::kEntity &&
             st->out.entities[next.entity].cls == EntityClass::kCountry) {
    country = next.entity;
  }
  if (country < 0) return false;
  const int holder = HolderOf(*st, st->lex.offices()[office].role, country);
  if (holder < 0) return false;
  u.span.byte_end = next.span.byte_end;
  u.span.cp_end = next.span.cp_end;
  MakeEntity(&u, holder, *st);
  units->erase(units->begin() + static_cast<std::ptrdiff_t>(i) + 1);
  return true;
}

bool PrecededByVerbOrConj(const std::vector<Unit>& units, std::size_t i) {
  if (i == 0) return true;
  const Unit& prev = units[i - 1];
  return (prev.kind == UnitKind::kClitic && prev.key == "و") ||
         prev.Has(LexCategory::kTrigger) || prev.kind == UnitKind::kPunct;
}

}  // namespace

void ResolveReferences(ArticleState* st, SentenceState* sentence) {
  std::vector<Unit>& units = sentence->units;
  std::vector<int> local;  // entities mentioned earlier in this sentence
  int subject = -1;        // first person of the sentence
  for (std::size_t i = 0; i < units.size(); ++i) {
    Unit& u = units[i];
    if (u.kind == UnitKind::kWord) {
      if (ResolveTitle(st, &units, i)) {
        // units[i] is now the person
      } else if (u.key == "الاخير" && PrecededByVerbOrConj(units, i)) {
        const int id = LatestInHistory(*st, local, true);
        if (id >= 0) MakeEntity(&u, id, *st);
      } else if (u.key == "الاخيره" && PrecededByVerbOrConj(units, i)) {
        const int id = LatestInHistory(*st, local, false);
        if (id >= 0) MakeEntity(&u, id, *st);
      } else if (u.key == "بلاد" && (u.enclitic == "ه" || u.enclitic == "ها")) {
        const int person = subject >= 0 ? subject : st->topic;
        const int country = person >= 0 ? CountryOf(*st, person) : -1;
        if (country >= 0) MakeEntity(&u, country, *st);
      } else if (u.script == text::Script::kArabic && u.hits.empty() && u.enclitic.empty()) {
        const int id = st->table.PersonBySurname(u.key);
        if (id >= 0) MakeEntity(&u, id, *st);
      }
    }
    if (units[i].kind == UnitKind::kEntity) {
      const int id = units[i].entity;
      local.push_back(id);
      if (subject < 0 && st->out.entities[id].cls == EntityClass::kPerson) subject = id;
      st->out.mentions.push_back({id, sentence->index, units[i].span});
    }
  }
  st->history.insert(st->history.end(), local.begin(), local.end());
}

}  // namespace marsad::extract
