// Parse entry of the rule language. PEGTL stays inside rule_parser.cc.
#pragma once

#include <string>
#include <string_view>

#include "grammar/rules/rule_ast.h"
#include "marsad/status.h"

namespace marsad::rules {

// Parses rule-file text. Syntax errors are kSyntaxError with a SourceLocation whose source is
// `source_name` and whose line/column (1-based, column in code points) point at the error.
// Structural errors (a capture used by an emission but never bound, an unknown emission kind
// or argument, a duplicate rule id) are kInvalidArgument with the location of the culprit.
Result<RuleFile> ParseRules(std::string_view text, std::string_view source_name);

// Reads and parses a file; kIOError when it cannot be read.
Result<RuleFile> ParseRulesFile(const std::string& path);

// Syntax and structure check of a rule file, for `marsad rules check FILE`. (The extractor's
// extract::CheckRulesFile additionally checks lexicon classes and event types.)
Status CheckRulesSyntax(const std::string& path);

}  // namespace marsad::rules
