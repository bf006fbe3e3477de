// The mention phase: rules whose phase is "mentions" find persons (title + nisba + name),
// places and offices; each match collapses into entity units for the fact rules.
#include <algorithm>

#include "extract/article_state.h"
#include "text/normalizer.h"

namespace marsad::extract {
namespace {

std::vector<const Capture*> Arg(const Match& m, const rules::Emission& e, const char* key) {
  const rules::Arg* arg = e.Find(key);
  if (arg == nullptr || arg->quoted) return {};
  return m.Find(arg->value);
}

// The office title named by a capture (an office or office_group unit), or a quoted literal.
std::string RoleOf(const ArticleState& st, const std::vector<Unit>& units, const Match& m,
                   const rules::Emission& e) {
  const rules::Arg* arg = e.Find("role");
  if (arg == nullptr) return "";
  if (arg->quoted) return arg->value;
  for (const Capture* c : m.Find(arg->value)) {
    for (std::size_t i = c->begin; i < c->end; ++i) {
      int index = units[i].HitIndex(LexCategory::kOffice);
      if (index < 0) index = units[i].HitIndex(LexCategory::kOfficeGroup);
      if (index >= 0) return st.lex.offices()[index].role;
    }
  }
  return "";
}

std::string LatestRole(const ArticleState& st, int person) {
  for (auto it = st.out.offices.rbegin(); it != st.out.offices.rend(); ++it) {
    if (it->holder == person) return it->role;
  }
  return "";
}

// «نظيره»: the counterpart holds the office of the other party: the nearest person before
// «نظيره» in the sentence whose office is known, else the latest office holder named before.
std::string CounterpartRole(const ArticleState& st, const std::vector<Unit>& units,
                            std::size_t match_begin, int holder) {
  for (std::size_t i = match_begin; i-- > 0;) {
    const Unit& u = units[i];
    if (u.kind != UnitKind::kEntity || u.entity == holder ||
        st.out.entities[u.entity].cls != EntityClass::kPerson) {
      continue;
    }
    const std::string role = LatestRole(st, u.entity);
    if (!role.empty()) return role;
  }
  for (auto it = st.out.offices.rbegin(); it != st.out.offices.rend(); ++it) {
    if (it->holder != holder) return it->role;
  }
  return "";
}

class MentionApplier {
 public:
  MentionApplier(ArticleState* st, SentenceState* sentence, const rules::Rule& rule)
      : st_(st), sentence_(sentence), rule_(rule) {}

  // Applies the rule at every position; returns nothing, edits the sentence's units.
  void Run() {
    std::size_t pos = 0;
    while (pos < sentence_->units.size()) {
      const Matcher matcher(st_->out.entities, sentence_->units);
      std::optional<Match> m;
      if (matcher.MayStartAt(rule_.pattern, pos)) m = matcher.MatchAt(rule_.pattern, pos);
      if (!m) {
        ++pos;
        continue;
      }
      std::vector<int> collapsed;
      for (const rules::Emission& e : rule_.emissions) Apply(*m, e, &collapsed);
      if (collapsed.empty()) {
        ++pos;
        continue;
      }
      pos += Replace(*m, collapsed);
    }
  }

 private:
  void Apply(const Match& m, const rules::Emission& e, std::vector<int>* collapsed) {
    const std::vector<Unit>& units = sentence_->units;
    if (e.kind == "person") {
      Merge(collapsed, Referents(st_, units, Arg(m, e, "name"), false, true));
    } else if (e.kind == "place") {
      for (const Capture* c : Arg(m, e, "name")) {
        const std::string label = SurfaceOf(*st_, units, c->begin, c->end);
        Merge(collapsed, {st_->table.FromLabel(EntityClass::kPlace, label, label)});
      }
    } else if (e.kind == "office" || e.kind == "counterpart") {
      std::vector<int> holders = Referents(st_, units, Arg(m, e, "holder"), false, true);
      std::erase_if(holders, [&](int id) {
        return st_->out.entities[id].cls != EntityClass::kPerson;
      });
      const std::vector<int> of = Referents(st_, units, Arg(m, e, "of"), true, false);
      const std::vector<int> to = Referents(st_, units, Arg(m, e, "to"), true, false);
      for (std::size_t i = 0; i < holders.size(); ++i) {
        const std::string role = e.kind == "office"
                                     ? RoleOf(*st_, units, m, e)
                                     : CounterpartRole(*st_, units, m.begin, holders[i]);
        if (role.empty()) continue;
        OfficeFact fact;
        fact.holder = holders[i];
        fact.role = role;
        // Coordinated holders and countries map respectively («وزيرا خارجية روسيا وإيران
        // سيرغي لافروف ومحمد جواد ظريف»); one country applies to every holder.
        if (of.size() == holders.size()) {
          fact.of = of[i];
        } else if (of.size() == 1) {
          fact.of = of[0];
        }
        if (!to.empty()) fact.to = to[0];
        fact.since = st_->out.date;
        fact.provenance = Provenance{sentence_->index, SpanOf(m), rule_.id};
        st_->out.offices.push_back(std::move(fact));
      }
      Merge(collapsed, holders);
    }
  }

  static void Merge(std::vector<int>* out, const std::vector<int>& ids) {
    for (int id : ids) {
      if (std::find(out->begin(), out->end(), id) == out->end()) out->push_back(id);
    }
  }

  text::TextSpan SpanOf(const Match& m) const {
    text::TextSpan span = sentence_->units[m.begin].span;
    span.byte_end = sentence_->units[m.end - 1].span.byte_end;
    span.cp_end = sentence_->units[m.end - 1].span.cp_end;
    return span;
  }

  // Replaces the matched units by the collapsed entities joined with «و»; returns how many
  // units were inserted.
  std::size_t Replace(const Match& m, const std::vector<int>& ids) {
    std::vector<Unit>& units = sentence_->units;
    std::vector<Unit> inserted;
    const text::TextSpan span = SpanOf(m);
    int words = 0;
    for (std::size_t i = m.begin; i < m.end; ++i) words += units[i].words;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (i > 0) {
        Unit conj;
        conj.kind = UnitKind::kClitic;
        conj.key = "و";
        conj.span = span;
        conj.span.byte_begin = conj.span.byte_end;
        conj.span.cp_begin = conj.span.cp_end;
        conj.words = 0;
        inserted.push_back(std::move(conj));
      }
      Unit u;
      u.kind = UnitKind::kEntity;
      u.entity = ids[i];
      u.span = span;
      u.script = text::Script::kArabic;
      u.words = words;
      u.key = text::MatchKey(st_->out.entities[ids[i]].label);
      inserted.push_back(std::move(u));
    }
    units.erase(units.begin() + static_cast<std::ptrdiff_t>(m.begin),
                units.begin() + static_cast<std::ptrdiff_t>(m.end));
    units.insert(units.begin() + static_cast<std::ptrdiff_t>(m.begin), inserted.begin(),
                 inserted.end());
    return inserted.size();
  }

  ArticleState* st_;
  SentenceState* sentence_;
  const rules::Rule& rule_;
};

}  // namespace

void RunMentionPhase(ArticleState* st) {
  for (SentenceState& sentence : st->sentences) {
    for (const rules::Rule& rule : st->rules.mention_rules()) {
      MentionApplier(st, &sentence, rule).Run();
    }
  }
}

}  // namespace marsad::extract
