// JSON, TSV and CSV result readers and the term parser they share.
#include <cctype>
#include <map>
#include <memory>

#include "query/results/result_reader.h"
#include "text/utf8.h"

namespace marsad::query::results {
namespace {

Status Bad(std::string what) {
  return Status(StatusCode::kSyntaxError, "result file: " + std::move(what));
}

// A minimal JSON reader: objects, arrays, strings, literals (numbers kept as text).
struct Json {
  enum Kind { kNull, kBool, kNumber, kString, kArray, kObject } kind = kNull;
  std::string text;  // string value, number text, "true"/"false"
  std::vector<Json> items;
  std::map<std::string, Json> fields;
  const Json* Get(const std::string& k) const {
    auto it = fields.find(k);
    return it == fields.end() ? nullptr : &it->second;
  }
};

class JsonParser {
 public:
  explicit JsonParser(std::string_view s) : s_(s) {}
  bool Parse(Json* out, int depth = 0) {
    Skip();
    if (pos_ >= s_.size() || depth > 64) return false;
    const char c = s_[pos_];
    if (c == '{') return Object(out, depth);
    if (c == '[') return Array(out, depth);
    if (c == '"') return out->kind = Json::kString, String(&out->text);
    const std::size_t start = pos_;
    while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) ||
                                s_[pos_] == '-' || s_[pos_] == '+' || s_[pos_] == '.')) {
      ++pos_;
    }
    out->text = std::string(s_.substr(start, pos_ - start));
    out->kind = out->text == "null" ? Json::kNull
                : (out->text == "true" || out->text == "false") ? Json::kBool
                                                                : Json::kNumber;
    return pos_ > start;
  }

 private:
  void Skip() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
  }
  bool Eat(char c) {
    Skip();
    if (pos_ < s_.size() && s_[pos_] == c) return ++pos_, true;
    return false;
  }
  bool String(std::string* out) {
    ++pos_;  // opening quote
    while (pos_ < s_.size() && s_[pos_] != '"') {
      char c = s_[pos_++];
      if (c != '\\') {
        *out += c;
        continue;
      }
      if (pos_ >= s_.size()) return false;
      c = s_[pos_++];
      switch (c) {
        case 'n': *out += '\n'; break;
        case 't': *out += '\t'; break;
        case 'r': *out += '\r'; break;
        case 'b': *out += '\b'; break;
        case 'f': *out += '\f'; break;
        case 'u': {
          if (pos_ + 4 > s_.size()) return false;
          std::uint32_t cp = std::stoul(std::string(s_.substr(pos_, 4)), nullptr, 16);
          pos_ += 4;
          if (cp >= 0xD800 && cp < 0xDC00 && pos_ + 6 <= s_.size() && s_[pos_] == '\\') {
            std::uint32_t lo = std::stoul(std::string(s_.substr(pos_ + 2, 4)), nullptr, 16);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            pos_ += 6;
          }
          text::AppendUtf8(cp, out);
          break;
        }
        default: *out += c;
      }
    }
    return Eat('"');
  }
  bool Object(Json* out, int depth) {
    out->kind = Json::kObject;
    ++pos_;
    if (Eat('}')) return true;
    do {
      Skip();
      std::string key;
      if (pos_ >= s_.size() || s_[pos_] != '"' || !String(&key) || !Eat(':')) return false;
      if (!Parse(&out->fields[key], depth + 1)) return false;
    } while (Eat(','));
    return Eat('}');
  }
  bool Array(Json* out, int depth) {
    out->kind = Json::kArray;
    ++pos_;
    if (Eat(']')) return true;
    do {
      out->items.emplace_back();
      if (!Parse(&out->items.back(), depth + 1)) return false;
    } while (Eat(','));
    return Eat(']');
  }

  std::string_view s_;
  std::size_t pos_ = 0;
};

Term JsonTerm(const Json& j) {
  const Json* type = j.Get("type");
  const Json* value = j.Get("value");
  if (!type || !value) return Term();
  if (type->text == "uri") return Term::Iri(value->text);
  if (type->text == "bnode") return Term::Blank(value->text);
  if (const Json* lang = j.Get("xml:lang")) return Term::LangLiteral(value->text, lang->text);
  if (const Json* dt = j.Get("datatype")) return Term::Typed(value->text, dt->text);
  return Term::Literal(value->text);
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

}  // namespace

Result<ResultTable> ReadJsonResults(std::string_view text) {
  Json root;
  if (!JsonParser(text).Parse(&root) || root.kind != Json::kObject) return Bad("invalid JSON");
  ResultTable table;
  if (const Json* b = root.Get("boolean")) {
    table.boolean = b->text == "true";
    return table;
  }
  const Json* head = root.Get("head");
  if (const Json* vars = head ? head->Get("vars") : nullptr) {
    for (const Json& v : vars->items) table.variables.push_back(v.text);
  }
  const Json* results = root.Get("results");
  const Json* bindings = results ? results->Get("bindings") : nullptr;
  if (!bindings) return Bad("no results.bindings");
  for (const Json& b : bindings->items) {
    std::vector<Term> row(table.variables.size());
    for (const auto& [name, term] : b.fields) {
      for (std::size_t i = 0; i < table.variables.size(); ++i) {
        if (table.variables[i] == name) row[i] = JsonTerm(term);
      }
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

Result<ResultTable> ReadTsvResults(std::string_view text) {
  ResultTable table;
  std::vector<std::string_view> lines = SplitLines(text);
  if (lines.empty()) return Bad("empty TSV");
  std::string_view header = lines[0];
  while (!header.empty()) {
    std::size_t tab = header.find('\t');
    std::string_view v = header.substr(0, tab);
    if (!v.empty() && (v[0] == '?' || v[0] == '$')) v.remove_prefix(1);
    table.variables.emplace_back(v);
    if (tab == std::string_view::npos) break;
    header.remove_prefix(tab + 1);
  }
  for (std::size_t l = 1; l < lines.size(); ++l) {
    std::vector<Term> row;
    std::string_view line = lines[l];
    for (std::size_t i = 0; i < table.variables.size(); ++i) {
      std::size_t tab = line.find('\t');
      std::string_view cell = line.substr(0, tab);
      if (cell.empty()) {
        row.emplace_back();
      } else {
        std::size_t used = 0;
        Result<Term> t = ParseTermText(cell, &used);
        if (!t.ok()) return t.status();
        row.push_back(std::move(*t));
      }
      line = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

Result<ResultTable> ReadCsvResults(std::string_view text) {
  ResultTable table;
  std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& field = records.back().back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      records.back().emplace_back();
    } else if (c == '\n') {
      records.emplace_back(1);
    } else if (c != '\r') {
      field += c;
    }
  }
  while (!records.empty() && records.back().size() == 1 && records.back()[0].empty()) {
    records.pop_back();
  }
  if (records.empty()) return Bad("empty CSV");
  table.variables = records[0];
  for (std::size_t r = 1; r < records.size(); ++r) {
    std::vector<Term> row;
    for (const std::string& f : records[r]) {
      const std::size_t colon = f.find(':');
      const bool iri = colon != std::string::npos && colon > 0 && f[0] != '_' &&
                       std::isalpha(static_cast<unsigned char>(f[0])) &&
                       f.find(' ') == std::string::npos;
      if (f.empty()) row.emplace_back();
      else if (f.starts_with("_:")) row.push_back(Term::Blank(f.substr(2)));
      else if (iri) row.push_back(Term::Iri(f));
      else row.push_back(Term::Literal(f));
    }
    row.resize(table.variables.size());
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace marsad::query::results
