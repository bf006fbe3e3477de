// Structural checks of a parsed rule file (no lexicon knowledge needed).
#pragma once

#include "grammar/rules/rule_ast.h"
#include "marsad/status.h"

namespace marsad::rules {

// The emission kinds of the language and the arguments each accepts.
bool IsKnownEmission(const std::string& kind);
bool IsKnownArgument(const std::string& kind, const std::string& key);

// kInvalidArgument (with the offending location) for: a duplicate rule id, a rule without a
// pattern or without emissions, an unknown phase, emission kind or argument, an unquoted
// argument naming a capture the pattern never binds, a repeat {n,m} with n > m, or a
// pattern item that can match nothing at all ({0}).
Status ValidateRuleFile(const RuleFile& file);

}  // namespace marsad::rules
