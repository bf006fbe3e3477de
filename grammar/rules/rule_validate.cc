#include "grammar/rules/rule_validate.h"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>
#include <utility>

namespace marsad::rules {
namespace {

struct EmissionSpec {
  std::string_view kind;
  std::array<std::string_view, 8> args;
};

// Arguments taking a capture name, except: `type`, `certainty` and `role` also accept
// "literals" (an event type, a certainty, an office title).
constexpr std::array<EmissionSpec, 6> kEmissions = {{
    {"person", {"name"}},
    {"place", {"name"}},
    {"office", {"holder", "role", "of", "to"}},
    {"counterpart", {"holder", "of"}},
    {"event",
     {"type", "trigger", "agent", "target", "theme", "place", "date", "certainty"}},
    {"claim", {"source"}},
}};

const EmissionSpec* FindSpec(const std::string& kind) {
  for (const auto& spec : kEmissions) {
    if (spec.kind == kind) return &spec;
  }
  return nullptr;
}

Status Invalid(const std::string& message, const SourceLocation& where) {
  return Status(StatusCode::kInvalidArgument, message, where);
}

Status CollectCaptures(const Alternatives& alternatives, std::set<std::string>* captures) {
  for (const Sequence& sequence : alternatives) {
    for (const Item& item : sequence) {
      if (item.max != Item::kUnbounded && (item.max < item.min || item.max == 0)) {
        return Invalid("repeat {" + std::to_string(item.min) + "," +
                           std::to_string(item.max) + "} can never match",
                       item.where);
      }
      if (!item.capture.empty()) captures->insert(item.capture);
      if (item.kind == ItemKind::kGroup) {
        Status s = CollectCaptures(item.alternatives, captures);
        if (!s.ok()) return s;
      }
    }
  }
  return Status::Ok();
}

Status ValidateRule(const Rule& rule) {
  if (rule.phase != "mentions" && rule.phase != "facts") {
    return Invalid("rule " + rule.id + ": unknown phase '" + rule.phase +
                       "' (expected mentions or facts)",
                   rule.where);
  }
  if (rule.pattern.empty() || rule.pattern.front().empty()) {
    return Invalid("rule " + rule.id + " has no 'match' pattern", rule.where);
  }
  if (rule.emissions.empty()) {
    return Invalid("rule " + rule.id + " has no 'emit' clause", rule.where);
  }
  std::set<std::string> captures;
  Status s = CollectCaptures(rule.pattern, &captures);
  if (!s.ok()) return s;
  for (const Emission& emission : rule.emissions) {
    if (!IsKnownEmission(emission.kind)) {
      return Invalid("unknown emission '" + emission.kind + "'", emission.where);
    }
    for (const Arg& arg : emission.args) {
      if (!IsKnownArgument(emission.kind, arg.key)) {
        return Invalid(emission.kind + "() has no argument '" + arg.key + "'", emission.where);
      }
      if (!arg.quoted && captures.count(arg.value) == 0) {
        return Invalid("rule " + rule.id + ": '" + arg.value +
                           "' is not bound by the pattern (use :" + arg.value + ")",
                       emission.where);
      }
    }
  }
  return Status::Ok();
}

}  // namespace

const Arg* Emission::Find(const std::string& key) const {
  for (const Arg& arg : args) {
    if (arg.key == key) return &arg;
  }
  return nullptr;
}

bool IsKnownEmission(const std::string& kind) { return FindSpec(kind) != nullptr; }

bool IsKnownArgument(const std::string& kind, const std::string& key) {
  const EmissionSpec* spec = FindSpec(kind);
  return spec != nullptr &&
         std::find(spec->args.begin(), spec->args.end(), key) != spec->args.end();
}

Status ValidateRuleFile(const RuleFile& file) {
  std::set<std::string> ids;
  for (const Rule& rule : file.rules) {
    if (!ids.insert(rule.id).second) {
      return Invalid("duplicate rule id " + rule.id, rule.where);
    }
    Status s = ValidateRule(rule);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace marsad::rules
