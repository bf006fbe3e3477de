// ReadXmlResults: the SPARQL Query Results XML Format, read with a small tag scanner (the
// format is flat: head/variable, results/result/binding/{uri,bnode,literal}, boolean).
#include <map>
#include <string>

#include "query/results/result_reader.h"
#include "text/utf8.h"

namespace marsad::query::results {
namespace {

std::string Unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const std::size_t semi = s.find(';', i);
    if (semi == std::string_view::npos) {
      out += s[i];
      continue;
    }
    std::string_view entity = s.substr(i + 1, semi - i - 1);
    static const std::map<std::string_view, char> kNamed = {
        {"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"quot", '"'}, {"apos", '\''}};
    if (auto it = kNamed.find(entity); it != kNamed.end()) {
      out += it->second;
    } else if (!entity.empty() && entity[0] == '#') {
      const bool hex = entity.size() > 1 && entity[1] == 'x';
      std::uint32_t cp = std::stoul(std::string(entity.substr(hex ? 2 : 1)), nullptr, hex ? 16 : 10);
      text::AppendUtf8(static_cast<char32_t>(cp), &out);
    } else {
      out += s.substr(i, semi - i + 1);
    }
    i = semi;
  }
  return out;
}

struct Tag {
  std::string name;  // without namespace prefix; "/name" for a closing tag
  std::map<std::string, std::string> attrs;
  bool self_closing = false;
};

// Parses the tag starting at s[pos] == '<'; *end is just past '>'.
Tag ParseTag(std::string_view s, std::size_t pos, std::size_t* end) {
  Tag tag;
  const std::size_t close = s.find('>', pos);
  *end = close == std::string_view::npos ? s.size() : close + 1;
  std::string_view body = s.substr(pos + 1, *end - pos - 2);
  if (!body.empty() && body.back() == '/') {
    tag.self_closing = true;
    body.remove_suffix(1);
  }
  std::size_t i = 0;
  while (i < body.size() && !std::isspace(static_cast<unsigned char>(body[i]))) ++i;
  tag.name = std::string(body.substr(0, i));
  while (i < body.size()) {
    while (i < body.size() && std::isspace(static_cast<unsigned char>(body[i]))) ++i;
    const std::size_t eq = body.find('=', i);
    if (eq == std::string_view::npos) break;
    std::string key(body.substr(i, eq - i));
    const char quote = body[eq + 1];
    const std::size_t vend = body.find(quote, eq + 2);
    if (vend == std::string_view::npos) break;
    tag.attrs[key] = Unescape(body.substr(eq + 2, vend - eq - 2));
    i = vend + 1;
  }
  return tag;
}

}  // namespace

Result<ResultTable> ReadXmlResults(std::string_view s) {
  ResultTable table;
  std::vector<Term>* row = nullptr;
  std::size_t binding = 0;
  std::size_t pos = 0;
  while ((pos = s.find('<', pos)) != std::string_view::npos) {
    if (s.substr(pos, 4) == "<!--") {
      pos = s.find("-->", pos);
      continue;
    }
    std::size_t end = 0;
    Tag tag = ParseTag(s, pos, &end);
    const std::size_t text_end = s.find('<', end);
    const std::string text = Unescape(s.substr(end, text_end - end));
    pos = end;
    if (tag.name == "variable") {
      table.variables.push_back(tag.attrs["name"]);
    } else if (tag.name == "boolean") {
      table.boolean = text.find("true") != std::string::npos;
    } else if (tag.name == "result") {
      table.rows.emplace_back(table.variables.size());
      row = &table.rows.back();
      if (tag.self_closing) row = nullptr;
    } else if (tag.name == "binding" && row) {
      binding = table.variables.size();
      for (std::size_t i = 0; i < table.variables.size(); ++i) {
        if (table.variables[i] == tag.attrs["name"]) binding = i;
      }
    } else if (row && binding < row->size() &&
               (tag.name == "uri" || tag.name == "bnode" || tag.name == "literal")) {
      Term& cell = (*row)[binding];
      const std::string body = tag.self_closing ? std::string() : text;
      if (tag.name == "uri") {
        cell = Term::Iri(body);
      } else if (tag.name == "bnode") {
        cell = Term::Blank(body);
      } else if (tag.attrs.count("xml:lang")) {
        cell = Term::LangLiteral(body, tag.attrs["xml:lang"]);
      } else if (tag.attrs.count("datatype")) {
        cell = Term::Typed(body, tag.attrs["datatype"]);
      } else {
        cell = Term::Literal(body);
      }
    }
  }
  if (table.variables.empty() && !table.boolean && table.rows.empty() &&
      s.find("sparql") == std::string_view::npos) {
    return Status(StatusCode::kSyntaxError, "result file: not SPARQL XML results");
  }
  return table;
}

}  // namespace marsad::query::results
