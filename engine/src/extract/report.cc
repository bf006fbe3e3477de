#include "extract/report.h"

#include "extract/quads.h"

#include <cstdio>
#include <sstream>


namespace marsad::extract {
namespace {

std::string Names(const ArticleExtraction& x, const std::vector<int>& ids) {
  std::string out;
  for (int id : ids) {
    if (!out.empty()) out += "، ";
    out += x.entities[id].label;
  }
  return out;
}

std::string Date(const text::CivilDate& d) {
  if (!d.known()) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string Where(const Provenance& p) {
  return "[s" + std::to_string(p.sentence) + " " + p.rule + "]";
}

// A JSON string literal (UTF-8 passes through; quotes, backslashes and controls escaped).
std::string Json(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string JsonList(const ArticleExtraction& x, const std::vector<int>& ids) {
  std::string out = "[";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out += ",";
    out += Json(x.entities[ids[i]].label);
  }
  return out + "]";
}

std::string JsonWhere(const Provenance& p) {
  return ",\"sentence\":" + std::to_string(p.sentence) +
         ",\"char_start\":" + std::to_string(p.span.cp_begin) +
         ",\"char_end\":" + std::to_string(p.span.cp_end) + ",\"rule\":" + Json(p.rule) + "}";
}

}  // namespace

std::string FormatExtraction(const ArticleExtraction& x) {
  std::ostringstream out;
  out << "article " << x.meta.file_stem << "  date=" << Date(x.date) << " (" << x.date_source
      << ")  sentences=" << x.sentences.size() << "  skipped_lines=" << x.skipped_lines << "\n";
  out << "title   " << x.title << "\n";
  for (const Entity& e : x.entities) {
    out << "entity  " << EntityClassName(e.cls) << "  " << e.label << "\n";
  }
  for (const OfficeFact& o : x.offices) {
    out << "office  " << x.entities[o.holder].label << "  " << o.role;
    if (o.of >= 0) out << "  of " << x.entities[o.of].label;
    if (o.to >= 0) out << "  to " << x.entities[o.to].label;
    out << "  " << Where(o.provenance) << "\n";
  }
  for (const EventFact& e : x.events) {
    out << "event   " << e.type << " agent=" << Names(x, e.agents)
        << " target=" << Names(x, e.targets);
    if (!e.places.empty()) out << " place=" << Names(x, e.places);
    if (!e.theme.empty()) out << " theme=«" << e.theme << "»";
    if (e.date.known()) out << " date=" << Date(e.date) << (e.date_from_article ? "~" : "");
    out << " " << CertaintyName(e.certainty);
    if (e.claimed_by >= 0) out << " claimedBy=" << x.entities[e.claimed_by].label;
    out << "  " << Where(e.provenance) << "\n";
  }
  return out.str();
}

std::string FormatExtractionJson(const ArticleExtraction& x) {
  std::ostringstream out;
  out << "{\"kind\":\"article\",\"file\":" << Json(x.meta.file) << ",\"title\":" << Json(x.title)
      << ",\"date\":" << Json(Date(x.date)) << ",\"sentences\":" << x.sentences.size() << "}\n";
  for (const Entity& e : x.entities) {
    out << "{\"kind\":\"entity\",\"class\":" << Json(EntityClassName(e.cls))
        << ",\"label\":" << Json(e.label) << ",\"iri\":" << Json(EntityIri(e)) << "}\n";
  }
  for (const OfficeFact& o : x.offices) {
    out << "{\"kind\":\"office\",\"holder\":" << Json(x.entities[o.holder].label)
        << ",\"role\":" << Json(o.role)
        << ",\"of\":" << Json(o.of >= 0 ? x.entities[o.of].label : "")
        << ",\"to\":" << Json(o.to >= 0 ? x.entities[o.to].label : "") << JsonWhere(o.provenance)
        << "\n";
  }
  for (const EventFact& e : x.events) {
    out << "{\"kind\":\"event\",\"type\":" << Json(e.type) << ",\"agents\":" << JsonList(x, e.agents)
        << ",\"targets\":" << JsonList(x, e.targets) << ",\"places\":" << JsonList(x, e.places)
        << ",\"theme\":" << Json(e.theme) << ",\"date\":" << Json(Date(e.date))
        << ",\"certainty\":" << Json(CertaintyName(e.certainty)) << ",\"claimed_by\":"
        << Json(e.claimed_by >= 0 ? x.entities[e.claimed_by].label : "") << JsonWhere(e.provenance)
        << "\n";
  }
  return out.str();
}

}  // namespace marsad::extract
