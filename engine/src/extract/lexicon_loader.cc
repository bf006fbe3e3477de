// Parsers of the lexicon file formats (docs/extraction.md, "Lexicon files").
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/embedded_data.h"
#include "extract/lexicon.h"
#include "text/normalizer.h"

namespace marsad::extract {
namespace {

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    const std::size_t end = std::min(s.find(sep, start), s.size());
    std::string part(s.substr(start, end - start));
    const auto b = part.find_first_not_of(" \r");
    const auto e = part.find_last_not_of(" \r");
    out.push_back(b == std::string::npos ? "" : part.substr(b, e - b + 1));
    start = end + 1;
  }
  return out;
}

std::vector<std::string> Alternatives(const std::vector<std::string>& cols, std::size_t i) {
  std::vector<std::string> out;
  if (i >= cols.size() || cols[i].empty()) return out;
  for (std::string& s : Split(cols[i], '|')) {
    if (!s.empty()) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

// Parses one file into a Lexicons. A friend of Lexicons so it can fill the tables.
class LexiconLoader {
 public:
  LexiconLoader(Lexicons* lex, std::string_view file_name)
      : lex_(lex), file_(file_name) {}

  Status Load(std::string_view content) {
    const std::string stem = file_.substr(file_.find_last_of('/') + 1);
    const std::string kind = stem.substr(0, stem.find_first_of("._"));
    std::istringstream in{std::string(content)};
    std::string line;
    while (std::getline(in, line)) {
      ++line_no_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      const std::vector<std::string> cols = Split(line, '\t');
      if (cols[0].empty()) continue;
      Status s = LoadLine(kind, cols);
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

 private:
  Status Error(const std::string& message) const {
    return Status(StatusCode::kInvalidArgument, message,
                  SourceLocation{file_, line_no_, 1, 0});
  }

  Status LoadLine(const std::string& kind, const std::vector<std::string>& cols) {
    if (kind == "countries") return Country(cols);
    if (kind == "persons") return Named(cols, EntityClass::kPerson, 2, "");
    if (kind == "organizations") return Named(cols, EntityClass::kOrganization, 2, Col(cols, 3));
    if (kind == "places") return Named(cols, EntityClass::kPlace, 2, "");
    if (kind == "nisba") return NisbaException(cols);
    if (kind == "institutions") return Institution(cols);
    if (kind == "offices") return Office(cols);
    if (kind == "event") return EventType(cols);
    if (kind == "triggers") return Trigger(cols);
    if (kind == "boilerplate") return Boilerplate(cols[0]);
    const LexCategory* category = WordListCategory(kind);
    if (category == nullptr) return Error("unknown lexicon kind '" + kind + "'");
    lex_->AddPhrase(cols[0], {*category, 0});
    return Status::Ok();
  }

  static const LexCategory* WordListCategory(const std::string& kind) {
    static const std::pair<const char*, LexCategory> kLists[] = {
        {"honorifics", LexCategory::kHonorific}, {"boundaries", LexCategory::kBoundary},
        {"given", LexCategory::kGivenName},      {"place", LexCategory::kPlaceNoun},
        {"attribution", LexCategory::kAttribution}};
    for (const auto& [name, category] : kLists) {
      if (kind == name) return &category;
    }
    return nullptr;
  }

  static std::string Col(const std::vector<std::string>& cols, std::size_t i) {
    return i < cols.size() ? cols[i] : "";
  }

  Status Named(const std::vector<std::string>& cols, EntityClass cls, std::size_t latin_col,
               const std::string& kind) {
    EntityEntry e;
    e.cls = cls;
    e.label = cols[0];
    e.names = Alternatives(cols, 1);
    e.latin = Alternatives(cols, latin_col);
    e.kind = kind;
    const int index = lex_->AddEntity(e);
    if (cls == EntityClass::kPerson) {
      // Later mentions use the surname alone («روحاني», «زادة»): index the last word and,
      // for two-word surnames, the last two words; the first word is a given name.
      std::vector<std::string> names = e.names;
      names.push_back(e.label);
      for (const std::string& name : names) {
        const std::vector<std::string> words = Split(name, ' ');
        if (words.size() < 2) continue;
        lex_->AddPhrase(words.back(), {LexCategory::kSurname, index});
        if (words.size() >= 3) {
          lex_->AddPhrase(words[words.size() - 2] + " " + words.back(),
                          {LexCategory::kSurname, index});
        }
        lex_->AddPhrase(words.front(), {LexCategory::kGivenName, 0});
      }
    }
    return Status::Ok();
  }

  Status Country(const std::vector<std::string>& cols) {
    if (cols.size() < 2) return Error("countries: expected at least key and name");
    EntityEntry e;
    e.cls = Col(cols, 6) == "Territory" ? EntityClass::kTerritory : EntityClass::kCountry;
    e.label = cols[1];
    // "-SPELLING" in the names column: SPELLING does not name this country (an ICU name that
    // is also a common word), whoever lists it.
    std::vector<std::string> excluded;
    for (std::string& name : Alternatives(cols, 2)) {
      if (name.starts_with('-')) {
        excluded.push_back(name.substr(1));
      } else {
        e.names.push_back(std::move(name));
      }
    }
    e.latin = Alternatives(cols, 5);
    const int index = lex_->AddCountry(cols[0], e);
    for (const std::string& name : excluded) lex_->ExcludeName(index, name);
    for (const std::string& capital : Alternatives(cols, 4)) {
      lex_->AddPhrase(capital, {LexCategory::kCapital, index});
    }
    const std::vector<std::string> stems = Alternatives(cols, 3);
    for (std::size_t i = 0; i < stems.size(); ++i) {
      lex_->AddNisbaForms(stems[i], index, /*canonical=*/i == 0, /*generated=*/false);
    }
    return Status::Ok();
  }

  Status NisbaException(const std::vector<std::string>& cols) {
    if (cols.size() < 2) return Error("nisba: expected form and country name");
    const int country = lex_->FindByLabelKey(EntityClass::kCountry, text::MatchKey(cols[1]));
    auto it = lex_->nisba_of_country_.find(country);
    if (country < 0 || it == lex_->nisba_of_country_.end()) {
      return Error("nisba: unknown country or country without nisba '" + cols[1] + "'");
    }
    lex_->AddPhrase(cols[0], {LexCategory::kNisba, it->second});
    return Status::Ok();
  }

  Status Institution(const std::vector<std::string>& cols) {
    if (cols.size() < 3) return Error("institutions: expected head, forms, gender");
    lex_->institutions_.push_back({cols[0], Col(cols, 2) != "m", Col(cols, 3)});
    const int index = static_cast<int>(lex_->institutions_.size()) - 1;
    for (const std::string& form : Alternatives(cols, 1)) {
      lex_->AddPhrase(form, {LexCategory::kInstitutionHead, index});
    }
    return Status::Ok();
  }

  Status Office(const std::vector<std::string>& cols) {
    lex_->offices_.push_back({cols[0], Col(cols, 3)});
    const int index = static_cast<int>(lex_->offices_.size()) - 1;
    lex_->AddPhrase(cols[0], {LexCategory::kOffice, index});
    for (const std::string& form : Alternatives(cols, 1)) {
      lex_->AddPhrase(form, {LexCategory::kOffice, index});
    }
    for (const std::string& form : Alternatives(cols, 2)) {
      lex_->AddPhrase(form, {LexCategory::kOfficeGroup, index});
    }
    return Status::Ok();
  }

  Status EventType(const std::vector<std::string>& cols) {
    if (cols.size() < 2) return Error("event_types: expected type and edge predicate");
    if (lex_->EventTypeIndex(cols[0]) < 0) {
      lex_->event_types_.push_back({cols[0], cols[1], Col(cols, 2) == "yes"});
    }
    return Status::Ok();
  }

  Status Trigger(const std::vector<std::string>& cols) {
    const int type = lex_->EventTypeIndex(cols[0]);
    if (type < 0) return Error("triggers: unknown event type '" + cols[0] + "'");
    for (const std::string& form : Alternatives(cols, 1)) {
      lex_->AddPhrase(form, {LexCategory::kTrigger, type});
    }
    return Status::Ok();
  }

  Status Boilerplate(const std::string& pattern) {
    const std::size_t colon = pattern.find(':');
    const std::string kind = pattern.substr(0, colon);
    using Kind = Lexicons::BoilerplatePattern::Kind;
    Kind k;
    if (kind == "prefix") {
      k = Kind::kPrefix;
    } else if (kind == "contains") {
      k = Kind::kContains;
    } else if (kind == "exact") {
      k = Kind::kExact;
    } else {
      return Error("boilerplate: expected prefix:, contains: or exact:");
    }
    lex_->boilerplate_.push_back({k, text::MatchKey(pattern.substr(colon + 1))});
    return Status::Ok();
  }

  Lexicons* lex_;
  std::string file_;
  std::uint64_t line_no_ = 0;
};

Status Lexicons::AddText(std::string_view file_name, std::string_view content) {
  return LexiconLoader(this, file_name).Load(content);
}

Status Lexicons::AddFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return Status(StatusCode::kIOError, "cannot read lexicon file " + path);
  std::ostringstream content;
  content << file.rdbuf();
  return AddText(path, content.str());
}

Result<Lexicons> Lexicons::LoadDefault() {
  Lexicons lex;
  for (const EmbeddedFile& file : EmbeddedLexiconFiles()) {
    Status s = lex.AddText(file.name, file.content);
    if (!s.ok()) return Status(StatusCode::kInternal, "built-in lexicon: " + s.ToString());
  }
  // After the files, so their rows are the overlay: ICU adds spellings to the countries they
  // list and the countries they lack.
  lex.AddIcuRegions();
  return lex;
}

}  // namespace marsad::extract
