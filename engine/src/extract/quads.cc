#include "extract/quads.h"

#include <algorithm>
#include <cstdio>

#include "extract/entity_table.h"
#include "text/normalizer.h"

namespace marsad::extract {
namespace {

std::uint64_t Fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string Hex(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

std::string Slug(std::string_view label) {
  std::string key = NameKey(label);
  std::replace(key.begin(), key.end(), ' ', '-');
  return key;
}

std::string IsoDate(const text::CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

const char* PrecisionName(const EventFact& ev) {
  if (ev.date_from_article) return "article";
  switch (ev.date_precision) {
    case text::DatePrecision::kDay: return "day";
    case text::DatePrecision::kMonth: return "month";
    case text::DatePrecision::kYear: return "year";
    case text::DatePrecision::kApproximate: return "approximate";
  }
  return "day";
}

class QuadWriter {
 public:
  explicit QuadWriter(const ArticleExtraction& x) : x_(x) {}

  void Add(const std::string& s, std::string_view p, Term o, const Term& g) {
    out_.push_back(Quad{Term::Iri(s), Ns(p), std::move(o), g});
  }
  static Term Ns(std::string_view local) { return Term::Iri(std::string(kNs) + std::string(local)); }
  Term Entity(int id) const { return Term::Iri(EntityIri(x_.entities[id])); }

  void Span(const std::string& node, const Provenance& p, const Term& g) {
    Add(node, "rule", Term::Literal(p.rule), g);
    Add(node, "charStart", Term::Integer(p.span.cp_begin), g);
    Add(node, "charEnd", Term::Integer(p.span.cp_end), g);
    Add(node, "statedIn", Term::Iri(ArticleIri(x_.meta)), g);
  }

  void Article() {
    const std::string a = ArticleIri(x_.meta);
    const Term g = Term::Iri(a);
    out_.push_back(Quad{g, Term::Iri(std::string(kRdfType)), Ns("Article"), g});
    if (!x_.title.empty()) Add(a, "title", Term::LangLiteral(x_.title, "ar"), g);
    if (x_.date.known()) Add(a, "date", Term::Typed(IsoDate(x_.date), std::string(xsd::kDate)), g);
    if (!x_.meta.outlet.empty()) Add(a, "outlet", Term::Literal(x_.meta.outlet), g);
    if (!x_.meta.file.empty()) Add(a, "file", Term::Literal(x_.meta.file), g);
    for (const SentenceInfo& s : x_.sentences) {
      const std::string si = SentenceIri(x_.meta, s.index);
      out_.push_back(Quad{Term::Iri(si), Term::Iri(std::string(kRdfType)), Ns("Sentence"), g});
      Add(si, "article", g, g);
      Add(si, "index", Term::Integer(s.index), g);
      Add(si, "text", Term::LangLiteral(s.text, "ar"), g);
      Add(si, "charStart", Term::Integer(s.span.cp_begin), g);
      Add(si, "charEnd", Term::Integer(s.span.cp_end), g);
    }
  }

  void Entities() {
    const Term g = Term::Iri(ArticleIri(x_.meta));
    for (std::size_t i = 0; i < x_.entities.size(); ++i) {
      const extract::Entity& e = x_.entities[i];
      const std::string iri = EntityIri(e);
      out_.push_back(Quad{Term::Iri(iri), Term::Iri(std::string(kRdfType)),
                          Ns(EntityClassName(e.cls)), g});
      out_.push_back(Quad{Term::Iri(iri), Term::Iri(std::string(kRdfsLabel)),
                          Term::LangLiteral(e.label, "ar"), g});
      for (const std::string& name : e.names) {
        Add(iri, "matchKey", Term::Literal(text::MatchKey(name)), g);
        Add(iri, "skeletonKey", Term::Literal(text::Skeleton(name)), g);
      }
      for (const std::string& latin : e.latin) {
        Add(iri, "latinAlias", Term::Literal(text::MatchKey(latin)), g);
      }
      if (e.country >= 0) Add(iri, "country", Entity(e.country), g);
    }
    for (const MentionFact& m : x_.mentions) {
      Add(SentenceIri(x_.meta, m.sentence), "mentions", Entity(m.entity),
          Term::Iri(SentenceIri(x_.meta, m.sentence)));
    }
  }

  void Offices() {
    for (const OfficeFact& o : x_.offices) {
      const Term g = Term::Iri(SentenceIri(x_.meta, o.provenance.sentence));
      const std::string holder = EntityIri(x_.entities[o.holder]);
      const std::string node =
          std::string(kEntityBase) + "office/" +
          Hex(Fnv1a(holder + "|" + o.role + "|" +
                    (o.of >= 0 ? EntityIri(x_.entities[o.of]) : std::string()) + "|" +
                    (o.to >= 0 ? EntityIri(x_.entities[o.to]) : std::string())));
      Add(holder, "holdsOffice", Term::Iri(node), g);
      out_.push_back(Quad{Term::Iri(node), Term::Iri(std::string(kRdfType)), Ns("Office"), g});
      Add(node, "role", Term::LangLiteral(o.role, "ar"), g);
      if (o.of >= 0) Add(node, "of", Entity(o.of), g);
      if (o.to >= 0) Add(node, "to", Entity(o.to), g);
      if (o.since.known()) {
        Add(node, "since", Term::Typed(IsoDate(o.since), std::string(xsd::kDate)), g);
      }
      Span(node, o.provenance, g);
    }
  }

  void Events() {
    for (const EventFact& ev : x_.events) {
      const Term g = Term::Iri(SentenceIri(x_.meta, ev.provenance.sentence));
      const std::string node = EventIri(x_, ev);
      out_.push_back(Quad{Term::Iri(node), Term::Iri(std::string(kRdfType)), Ns("Event"), g});
      Add(node, "eventType", Ns(ev.type), g);
      for (int id : ev.agents) Add(node, "agent", Entity(id), g);
      for (int id : ev.targets) Add(node, "target", Entity(id), g);
      for (int id : ev.places) Add(node, "place", Entity(id), g);
      for (int id : ev.theme_entities) Add(node, "theme", Entity(id), g);
      if (!ev.theme.empty()) Add(node, "themeText", Term::LangLiteral(ev.theme, "ar"), g);
      if (ev.date.known()) {
        Add(node, "date", Term::Typed(IsoDate(ev.date), std::string(xsd::kDate)), g);
        Add(node, "datePrecision", Term::Literal(PrecisionName(ev)), g);
      }
      Add(node, "certainty", Term::Literal(CertaintyName(ev.certainty)), g);
      if (ev.claimed_by >= 0) Add(node, "claimedBy", Entity(ev.claimed_by), g);
      Span(node, ev.provenance, g);
      if (ev.certainty == Certainty::kNegated || ev.edge.empty()) continue;
      // Direct edges so one triple pattern answers "who phoned whom".
      for (int a : ev.agents) {
        for (int t : ev.targets) {
          Add(EntityIri(x_.entities[a]), ev.edge, Entity(t), g);
          if (ev.symmetric) Add(EntityIri(x_.entities[t]), ev.edge, Entity(a), g);
        }
      }
    }
  }

  std::vector<Quad> Take() { return std::move(out_); }

 private:
  const ArticleExtraction& x_;
  std::vector<Quad> out_;
};

}  // namespace

std::string EntityIri(const Entity& entity) {
  std::string cls = EntityClassName(entity.cls);
  std::transform(cls.begin(), cls.end(), cls.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::string(kEntityBase) + cls + "/" + Slug(entity.label);
}

std::string ArticleIri(const ArticleMeta& meta) {
  return std::string(kArticleBase) + meta.file_stem;
}

std::string SentenceIri(const ArticleMeta& meta, std::uint32_t index) {
  return ArticleIri(meta) + "/s" + std::to_string(index);
}

std::string EventIri(const ArticleExtraction& x, const EventFact& ev) {
  auto iris = [&](const std::vector<int>& ids) {
    std::vector<std::string> v;
    for (int id : ids) v.push_back(EntityIri(x.entities[id]));
    std::sort(v.begin(), v.end());
    std::string out;
    for (const std::string& s : v) out += s + ",";
    return out;
  };
  const std::string key = ev.type + "|" + iris(ev.agents) + "|" + iris(ev.targets) + "|" +
                          iris(ev.places) + "|" + (ev.date.known() ? IsoDate(ev.date) : "") +
                          "|" + CertaintyName(ev.certainty);
  return std::string(kEventBase) + Hex(Fnv1a(key));
}

std::vector<Quad> ToQuads(const ArticleExtraction& extraction) {
  QuadWriter w(extraction);
  w.Article();
  w.Entities();
  w.Offices();
  w.Events();
  return w.Take();
}

}  // namespace marsad::extract
