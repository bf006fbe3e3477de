#include "extract/matcher.h"

#include "text/normalizer.h"

namespace marsad::extract {
namespace {

using rules::Item;
using rules::ItemKind;

// A non-owning reference to a callable: backtracking passes continuations down the stack,
// and std::function would allocate for each of them.
class Continuation {
 public:
  template <typename F>
  Continuation(const F& f)  // NOLINT: implicit by design, like std::function_ref
      : object_(&f), call_([](const void* o, std::size_t p) {
          return (*static_cast<const F*>(o))(p);
        }) {}
  bool operator()(std::size_t pos) const { return call_(object_, pos); }

 private:
  const void* object_;
  bool (*call_)(const void*, std::size_t);
};

// Item::code values. Classes first, then tests; the order follows the name tables below.
enum Code : int {
  kPerson, kCountry, kTerritory, kOrg, kPlace, kActor, kEntity, kOffice, kOfficeGroup, kNisba,
  kCapital, kHonorific, kTrigger, kPlaceNoun, kAttribution, kInstitution, kDate, kNumber,
  kAny, kNonActor, kWord, kName, kNamePart, kProper, kArabic, kLatin, kPunct, kKey,
};
constexpr const char* kClasses[] = {
    "person", "country", "territory", "org",      "place",      "actor",     "entity",
    "office", "office_group", "nisba", "capital", "honorific", "trigger",   "place_noun",
    "attribution", "institution", "date", "number"};
constexpr const char* kTests[] = {"any",    "nonactor", "word",  "name", "name_part", "proper",
                                  "arabic", "latin",    "punct", "key"};

bool IsGap(const Item& item) { return item.code == kAny || item.code == kNonActor; }

template <std::size_t N>
int IndexOf(const char* const (&names)[N], const std::string& name) {
  for (std::size_t i = 0; i < N; ++i) {
    if (name == names[i]) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

std::vector<const Capture*> Match::Find(const std::string& role) const {
  std::vector<const Capture*> out;
  for (const Capture& c : captures) {
    if (c.role == role) out.push_back(&c);
  }
  return out;
}

std::string CompileItem(Item* item, const Lexicons& lexicons) {
  if (item->kind == ItemKind::kClass) {
    item->code = IndexOf(kClasses, item->name);
    if (item->code < 0) return "unknown class @" + item->name;
    if (!item->arg.empty() && item->code != kTrigger) {
      return "@" + item->name + " takes no subtype";
    }
    if (!item->arg.empty()) {
      item->subtype = lexicons.EventTypeIndex(item->arg);
      if (item->subtype < 0) return "unknown event type " + item->arg + " in @trigger." + item->arg;
    }
  } else if (item->kind == ItemKind::kTest) {
    const int test = IndexOf(kTests, item->name);
    if (test < 0) return "unknown token test <" + item->name + ">";
    item->code = kAny + test;
    if (item->code == kKey && item->arg.empty()) return "<key=...> needs a value";
    if (item->code == kKey) item->arg = text::MatchKey(item->arg);
  } else if (item->kind == ItemKind::kLiteral) {
    item->arg = text::MatchKey(item->name);  // matched against unit keys
    if (item->arg.empty()) return "empty literal";
  }
  for (rules::Sequence& seq : item->alternatives) {
    for (Item& inner : seq) {
      std::string error = CompileItem(&inner, lexicons);
      if (!error.empty()) return error;
    }
  }
  return "";
}

// Backtracking state: the captures bound so far on the current path.
struct Matcher::Frame {
  const Matcher& m;
  std::vector<Capture> captures;

  bool Seq(const rules::Sequence& seq, std::size_t idx, std::size_t pos,
           const Continuation& k) {
    if (idx == seq.size()) return k(pos);
    return Rep(seq[idx], 0, pos, pos,
               [&](std::size_t p) { return Seq(seq, idx + 1, p, k); });
  }

  bool Finish(const Item& item, std::size_t start, std::size_t pos, const Continuation& k) {
    if (item.capture.empty()) return k(pos);
    captures.push_back({item.capture, start, pos});
    if (k(pos)) return true;
    captures.pop_back();
    return false;
  }

  bool Rep(const Item& item, int n, std::size_t pos, std::size_t start,
           const Continuation& k) {
    const bool more = item.max == Item::kUnbounded || n < item.max;
    auto again = [&](std::size_t p) { return p > pos && Rep(item, n + 1, p, start, k); };
    if (IsGap(item)) {
      if (n >= item.min && Finish(item, start, pos, k)) return true;
      return more && Once(item, pos, again);
    }
    if (more && Once(item, pos, again)) return true;
    return n >= item.min && Finish(item, start, pos, k);
  }

  bool Once(const Item& item, std::size_t pos, const Continuation& k) {
    const std::vector<Unit>& units = m.units_;
    switch (item.kind) {
      case ItemKind::kGroup:
        for (const rules::Sequence& alt : item.alternatives) {
          if (Seq(alt, 0, pos, k)) return true;
        }
        return false;
      case ItemKind::kLiteral: {
        std::size_t p = pos;
        // Item::arg holds the literal's match key (CompileItem computes it).
        std::string_view rest(item.arg);
        while (!rest.empty()) {
          const std::size_t space = std::min(rest.find(' '), rest.size());
          if (p >= units.size() || units[p].key != rest.substr(0, space)) return false;
          rest.remove_prefix(std::min(space + 1, rest.size()));
          ++p;
        }
        return k(p);
      }
      case ItemKind::kClass:
      case ItemKind::kTest:
        return pos < units.size() && m.TestUnit(item, units[pos]) && k(pos + 1);
    }
    return false;
  }
};

std::optional<Match> Matcher::MatchAt(const rules::Alternatives& pattern,
                                      std::size_t start) const {
  Frame frame{*this, {}};
  std::size_t end = 0;
  for (const rules::Sequence& alt : pattern) {
    frame.captures.clear();
    if (frame.Seq(alt, 0, start, [&](std::size_t p) {
          end = p;
          return p > start;
        })) {
      return Match{start, end, std::move(frame.captures)};
    }
  }
  return std::nullopt;
}

bool Matcher::MayStartAt(const rules::Alternatives& pattern, std::size_t start) const {
  if (start >= units_.size()) return false;
  const Unit& u = units_[start];
  for (const rules::Sequence& alt : pattern) {
    if (alt.empty()) continue;
    const Item& first = alt.front();
    if (first.min == 0) return true;
    switch (first.kind) {
      case ItemKind::kGroup:
        if (MayStartAt(first.alternatives, start)) return true;
        break;
      case ItemKind::kLiteral: {
        const std::string_view key(first.arg);
        if (u.key == key.substr(0, std::min(key.find(' '), key.size()))) return true;
        break;
      }
      case ItemKind::kClass:
      case ItemKind::kTest:
        if (TestUnit(first, u)) return true;
        break;
    }
  }
  return false;
}

bool Matcher::IsActor(const Unit& u) const {
  if (u.kind != UnitKind::kEntity) return false;
  if (u.Has(LexCategory::kCapital)) return true;
  const EntityClass cls = entities_[u.entity].cls;
  return cls == EntityClass::kPerson || cls == EntityClass::kCountry ||
         cls == EntityClass::kOrganization;
}

// A word that can be part of a name: an Arabic word outside every lexicon but the given
// names. A word starting with و, ي or ت is far more often a conjunction or a present-tense
// verb («يزور», «تأتي») than a name, unless it is a known given name («وليد», «تميم»).
bool Matcher::IsProper(const Unit& u) const {
  if (u.kind != UnitKind::kWord || u.script != text::Script::kArabic || !u.enclitic.empty() ||
      u.key.size() < 4) {  // at least two Arabic letters
    return false;
  }
  for (const LexHit& h : u.hits) {
    if (h.category != LexCategory::kGivenName) return false;
  }
  return true;
}

bool Matcher::IsNamePart(const Unit& u) const {
  if (!IsProper(u)) return false;
  if (u.Has(LexCategory::kGivenName)) return true;
  const std::string_view key(u.key);
  for (std::string_view prefix : {"و", "ي", "ت"}) {
    if (key.substr(0, prefix.size()) == prefix) return false;
  }
  // A future-tense verb («سيزوران», «ستبحث») ends a name.
  return key.size() < 10 || (key.substr(0, 4) != "سي" && key.substr(0, 4) != "ست");
}

// The first word of a name: words with the article («الجبير») only continue one.
bool Matcher::IsName(const Unit& u) const {
  if (!IsNamePart(u)) return false;
  if (u.Has(LexCategory::kGivenName)) return true;
  // A preposition or conjunction glued to the article («لأصحاب», «بالمنطقة») starts no name.
  const std::string_view key(u.key);
  for (std::string_view prefix : {"ال", "لل", "لا", "بال", "فال", "كال"}) {
    if (key.substr(0, prefix.size()) == prefix) return false;
  }
  return true;
}

bool Matcher::TestUnit(const Item& item, const Unit& u) const {
  const bool entity = u.kind == UnitKind::kEntity;
  const EntityClass cls = entity ? entities_[u.entity].cls : EntityClass::kPlace;
  switch (static_cast<Code>(item.code)) {
    case kAny: return true;
    case kNonActor: return !IsActor(u);
    case kWord: return u.kind == UnitKind::kWord;
    case kName: return IsName(u);
    case kNamePart: return IsNamePart(u);
    case kProper: return IsProper(u);
    case kArabic: return u.script == text::Script::kArabic;
    case kLatin: return u.script == text::Script::kLatin;
    case kPunct: return u.kind == UnitKind::kPunct;
    case kKey: return u.key == item.arg;
    case kPerson: return entity && cls == EntityClass::kPerson;
    case kCountry: return entity && cls == EntityClass::kCountry;
    case kTerritory: return entity && cls == EntityClass::kTerritory;
    case kOrg: return entity && cls == EntityClass::kOrganization;
    case kPlace:
      return entity && (cls == EntityClass::kPlace || cls == EntityClass::kTerritory);
    case kActor: return IsActor(u);
    case kEntity: return entity;
    case kDate: return u.kind == UnitKind::kDate;
    case kNumber: return u.kind == UnitKind::kNumber;
    case kCapital: return entity && u.Has(LexCategory::kCapital);
    case kOffice: return !entity && u.Has(LexCategory::kOffice);
    case kOfficeGroup: return !entity && u.Has(LexCategory::kOfficeGroup);
    case kNisba: return !entity && u.Has(LexCategory::kNisba);
    case kHonorific: return !entity && u.Has(LexCategory::kHonorific);
    // «مدينة جبرائيل» introduces a name; «المنطقة» (with the article) does not.
    case kPlaceNoun: return !entity && u.Has(LexCategory::kPlaceNoun) && !u.definite;
    case kAttribution: return !entity && u.Has(LexCategory::kAttribution);
    case kInstitution: return !entity && u.Has(LexCategory::kInstitutionHead);
    case kTrigger:
      if (entity) return false;
      for (const LexHit& h : u.hits) {
        if (h.category == LexCategory::kTrigger && (item.subtype < 0 || h.index == item.subtype)) {
          return true;
        }
      }
      return false;
  }
  return false;
}

}  // namespace marsad::extract
