// The fact phase: rules whose phase is "facts" assert events (with roles, date, certainty)
// and claims; pronoun subjects take the current topic.
#include <algorithm>

#include "extract/article_state.h"

namespace marsad::extract {
namespace {

constexpr std::size_t kVerbInitialUnits = 3;  // a trigger this close to the start has a
                                              // pronoun subject when no agent is named

const char* const kCertaintyNames[] = {"asserted", "claimed", "intent", "negated", "future"};

Certainty CertaintyFromName(const std::string& name) {
  for (int i = 0; i < 5; ++i) {
    if (name == kCertaintyNames[i]) return static_cast<Certainty>(i);
  }
  return Certainty::kAsserted;
}

// Negation particles and the future marker just before the trigger change its certainty;
// so does a plan announced anywhere from a few words before the match to the trigger
// («ومن المقرر أن يعقد كيري … اجتماعا»). Keys are match keys (ة written ه).
Certainty InferCertainty(const std::vector<Unit>& units, std::size_t match_begin,
                         std::size_t trigger) {
  static constexpr std::size_t kPlanLookBehind = 3;
  for (std::size_t back = 1; back <= 2 && back <= trigger; ++back) {
    const std::string& k = units[trigger - back].key;
    if (k == "لن" || k == "لا" || k == "لم" || k == "ليس" || k == "لما") {
      return Certainty::kNegated;
    }
    if (k == "سوف" || k == "س") return Certainty::kFuture;
  }
  const std::size_t from = match_begin > kPlanLookBehind ? match_begin - kPlanLookBehind : 0;
  for (std::size_t i = from; i < trigger; ++i) {
    const std::string& k = units[i].key;
    if (k == "المقرر" || k == "يعتزم" || k == "تعتزم" || k == "المرتقب" || k == "المرتقبه") {
      return Certainty::kFuture;
    }
  }
  return Certainty::kAsserted;
}

class FactApplier {
 public:
  FactApplier(ArticleState* st, SentenceState* sentence) : st_(st), sentence_(sentence) {}

  void Run() {
    const std::size_t first_event = st_->out.events.size();
    const Matcher matcher(st_->out.entities, sentence_->units);
    for (const rules::Rule& rule : st_->rules.fact_rules()) {
      std::size_t pos = 0;
      while (pos < sentence_->units.size()) {
        std::optional<Match> m;
        if (matcher.MayStartAt(rule.pattern, pos)) m = matcher.MatchAt(rule.pattern, pos);
        if (!m) {
          ++pos;
          continue;
        }
        for (const rules::Emission& e : rule.emissions) Apply(rule, *m, e, first_event);
        pos = m->end;
      }
    }
    ApplyClaims(first_event);
    UpdateTopic(first_event);
  }

 private:
  std::vector<const Capture*> Arg(const Match& m, const rules::Emission& e, const char* key) {
    const rules::Arg* arg = e.Find(key);
    if (arg == nullptr || arg->quoted) return {};
    return m.Find(arg->value);
  }

  void Apply(const rules::Rule& rule, const Match& m, const rules::Emission& e,
             std::size_t first_event) {
    const std::vector<Unit>& units = sentence_->units;
    if (e.kind == "claim") {
      for (int id : Referents(st_, units, Arg(m, e, "source"), true, false)) {
        claim_sources_.push_back(id);
      }
      return;
    }
    if (e.kind != "event") return;
    EventFact ev;
    std::size_t trigger = m.begin;
    const rules::Arg* type = e.Find("type");
    if (type != nullptr) ev.type = type->value;
    for (const Capture* c : Arg(m, e, "trigger")) {
      trigger = c->begin;
      for (std::size_t i = c->begin; i < c->end && ev.type.empty(); ++i) {
        const int t = units[i].HitIndex(LexCategory::kTrigger);
        if (t >= 0) ev.type = st_->lex.event_types()[t].type;
      }
    }
    const int type_index = st_->lex.EventTypeIndex(ev.type);
    if (type_index < 0) return;
    ev.edge = st_->lex.event_types()[type_index].edge;
    ev.symmetric = st_->lex.event_types()[type_index].symmetric;
    ev.agents = Referents(st_, units, Arg(m, e, "agent"), true, false);
    ev.targets = Referents(st_, units, Arg(m, e, "target"), true, false);
    ev.places = Referents(st_, units, Arg(m, e, "place"), false, false);
    ev.theme_entities = Referents(st_, units, Arg(m, e, "theme"), false, false);
    if (ev.agents.empty() && e.Find("agent") != nullptr) ev.agents = ImplicitAgent(std::min(trigger, m.begin));
    std::erase_if(ev.targets, [&](int id) {
      return std::find(ev.agents.begin(), ev.agents.end(), id) != ev.agents.end();
    });
    if (ev.agents.empty() && ev.targets.empty() && ev.places.empty()) return;
    for (const Capture* c : Arg(m, e, "theme")) {
      ev.theme = SurfaceOf(*st_, units, c->begin, c->end);
    }
    SetDate(m, e, &ev);
    const rules::Arg* certainty = e.Find("certainty");
    ev.certainty = certainty != nullptr ? CertaintyFromName(certainty->value)
                                        : InferCertainty(units, m.begin, trigger);
    text::TextSpan span = units[m.begin].span;
    span.byte_end = units[m.end - 1].span.byte_end;
    span.cp_end = units[m.end - 1].span.cp_end;
    ev.provenance = Provenance{sentence_->index, span, rule.id};
    for (std::size_t i = first_event; i < st_->out.events.size(); ++i) {
      const EventFact& o = st_->out.events[i];
      if (o.type == ev.type && o.agents == ev.agents && o.targets == ev.targets) return;
    }
    // One trigger word asserts one event of its type: the first rule to use it wins (rules
    // are ordered from the most to the least specific).
    const auto used = std::make_pair(trigger, ev.type);
    if (std::find(used_triggers_.begin(), used_triggers_.end(), used) != used_triggers_.end()) {
      return;
    }
    used_triggers_.push_back(used);
    st_->out.events.push_back(std::move(ev));
  }

  // No agent named: the sentence's first person before the trigger («… قال … داعياً
  // الأخيرة»), else, for a verb opening the sentence («وأعرب عن قلقه»), the topic.
  std::vector<int> ImplicitAgent(std::size_t trigger) const {
    const std::vector<Unit>& units = sentence_->units;
    for (std::size_t i = 0; i < trigger; ++i) {
      if (units[i].kind == UnitKind::kEntity &&
          st_->out.entities[units[i].entity].cls == EntityClass::kPerson) {
        return {units[i].entity};
      }
    }
    if (trigger < kVerbInitialUnits && st_->topic >= 0) return {st_->topic};
    return {};
  }

  void SetDate(const Match& m, const rules::Emission& e, EventFact* ev) {
    const std::vector<Unit>& units = sentence_->units;
    const Unit* date = nullptr;
    for (const Capture* c : Arg(m, e, "date")) {
      for (std::size_t i = c->begin; i < c->end && date == nullptr; ++i) {
        if (units[i].kind == UnitKind::kDate) date = &units[i];
      }
    }
    for (std::size_t i = 0; i < units.size() && date == nullptr; ++i) {
      if (units[i].kind == UnitKind::kDate && units[i].date.known()) date = &units[i];
    }
    if (date != nullptr) {
      ev->date = date->date;
      ev->date_precision = date->date_precision;
    } else if (st_->out.date.known()) {
      ev->date = st_->out.date;
      ev->date_from_article = true;
    }
  }

  // «بحسب بيانات لوزارة الدفاع», «قالت X إن Y انتهك»: the sentence's other events are X's
  // claims, not facts.
  void ApplyClaims(std::size_t first_event) {
    if (claim_sources_.empty()) return;
    for (std::size_t i = first_event; i < st_->out.events.size(); ++i) {
      EventFact& ev = st_->out.events[i];
      if (std::find(ev.agents.begin(), ev.agents.end(), claim_sources_.front()) !=
          ev.agents.end()) {
        continue;
      }
      ev.claimed_by = claim_sources_.front();
      if (ev.certainty == Certainty::kAsserted) ev.certainty = Certainty::kClaimed;
    }
  }

  void UpdateTopic(std::size_t first_event) {
    for (std::size_t i = first_event; i < st_->out.events.size(); ++i) {
      for (int agent : st_->out.events[i].agents) {
        if (st_->out.entities[agent].cls == EntityClass::kPerson) {
          st_->topic = agent;
          return;
        }
      }
    }
    for (const Unit& u : sentence_->units) {
      if (u.kind == UnitKind::kEntity &&
          st_->out.entities[u.entity].cls == EntityClass::kPerson) {
        st_->topic = u.entity;
        return;
      }
    }
  }

  ArticleState* st_;
  SentenceState* sentence_;
  std::vector<int> claim_sources_;
  std::vector<std::pair<std::size_t, std::string>> used_triggers_;
};

}  // namespace

const char* CertaintyName(Certainty certainty) {
  return kCertaintyNames[static_cast<int>(certainty)];
}

void RunFactPhase(ArticleState* st) {
  for (SentenceState& sentence : st->sentences) {
    ResolveReferences(st, &sentence);
    FactApplier(st, &sentence).Run();
  }
}

}  // namespace marsad::extract
