#include "extract/rule_set.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "base/status_macros.h"
#include "extract/embedded_data.h"
#include "extract/matcher.h"
#include "grammar/rules/rule_parser.h"

namespace marsad::extract {
namespace {

constexpr const char* kCertainties[] = {"asserted", "claimed", "intent", "negated", "future"};

Status CompileItems(rules::Alternatives* alternatives, const Lexicons& lex) {
  for (rules::Sequence& seq : *alternatives) {
    for (rules::Item& item : seq) {
      const std::string error = CompileItem(&item, lex);
      if (!error.empty()) return Status(StatusCode::kInvalidArgument, error, item.where);
    }
  }
  return Status::Ok();
}

// Quoted values are allowed for an event's type and certainty, an office's role, and
// agent="implicit" (the sentence's subject or the topic); everything else names a capture.
Status CheckQuoted(const rules::Rule& rule, const rules::Emission& e) {
  for (const rules::Arg& arg : e.args) {
    if (!arg.quoted) continue;
    const bool ok = arg.key == "type" || arg.key == "certainty" || arg.key == "role" ||
                    (arg.key == "agent" && arg.value == "implicit");
    if (!ok) {
      return Status(StatusCode::kInvalidArgument,
                    "rule " + rule.id + ": " + arg.key + " must name a capture, not \"" +
                        arg.value + "\"",
                    e.where);
    }
  }
  return Status::Ok();
}

Status CheckEmissions(const rules::Rule& rule, const Lexicons& lex) {
  for (const rules::Emission& e : rule.emissions) {
    MARSAD_RETURN_IF_ERROR(CheckQuoted(rule, e));
    if (e.kind != "event") continue;
    const rules::Arg* type = e.Find("type");
    const rules::Arg* trigger = e.Find("trigger");
    if (type == nullptr && trigger == nullptr) {
      return Status(StatusCode::kInvalidArgument,
                    "rule " + rule.id + ": event() needs type=\"...\" or trigger=<capture>",
                    e.where);
    }
    if (type != nullptr && (!type->quoted || lex.EventTypeIndex(type->value) < 0)) {
      return Status(StatusCode::kInvalidArgument,
                    "rule " + rule.id + ": unknown event type " + type->value, e.where);
    }
    if (const rules::Arg* c = e.Find("certainty")) {
      if (std::find(std::begin(kCertainties), std::end(kCertainties), c->value) ==
          std::end(kCertainties)) {
        return Status(StatusCode::kInvalidArgument,
                      "rule " + rule.id + ": unknown certainty " + c->value, e.where);
      }
    }
  }
  return Status::Ok();
}

}  // namespace

Status RuleSet::AddText(std::string_view text, std::string_view source_name,
                        const Lexicons& lexicons) {
  MARSAD_ASSIGN_OR_RETURN(rules::RuleFile file, rules::ParseRules(text, source_name));
  std::set<std::string> ids;
  for (const auto* list : {&mention_rules_, &fact_rules_}) {
    for (const rules::Rule& r : *list) ids.insert(r.id);
  }
  for (rules::Rule& rule : file.rules) {
    if (ids.count(rule.id) > 0) {
      return Status(StatusCode::kInvalidArgument, "duplicate rule id " + rule.id, rule.where);
    }
    MARSAD_RETURN_IF_ERROR(CompileItems(&rule.pattern, lexicons));
    MARSAD_RETURN_IF_ERROR(CheckEmissions(rule, lexicons));
  }
  for (rules::Rule& rule : file.rules) {
    (rule.phase == "mentions" ? mention_rules_ : fact_rules_).push_back(std::move(rule));
  }
  return Status::Ok();
}

Status RuleSet::AddFile(const std::string& path, const Lexicons& lexicons) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kIOError, "cannot read rule file " + path);
  std::ostringstream content;
  content << in.rdbuf();
  return AddText(content.str(), path, lexicons);
}

Result<RuleSet> RuleSet::LoadDefault(const Lexicons& lexicons) {
  RuleSet set;
  for (const EmbeddedFile& file : EmbeddedRuleFiles()) {
    Status s = set.AddText(file.content, file.name, lexicons);
    if (!s.ok()) return Status(StatusCode::kInternal, "built-in rules: " + s.ToString());
  }
  return set;
}

Status CheckRulesFile(const std::string& path) {
  MARSAD_ASSIGN_OR_RETURN(Lexicons lexicons, Lexicons::LoadDefault());
  RuleSet set;
  return set.AddFile(path, lexicons);
}

}  // namespace marsad::extract
