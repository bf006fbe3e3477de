// The compiled set of extraction rules: parsed rule files (grammar/rules) checked against the
// lexicons (known classes, event types and certainties), split by phase.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "grammar/rules/rule_ast.h"
#include "marsad/status.h"

namespace marsad::extract {

class RuleSet {
 public:
  // The compiled-in rules (engine/data/rules). kInternal if they do not compile.
  static Result<RuleSet> LoadDefault(const Lexicons& lexicons);

  // Adds the rules of one file (after those already loaded). Errors carry file:line:col.
  Status AddText(std::string_view text, std::string_view source_name, const Lexicons& lexicons);
  Status AddFile(const std::string& path, const Lexicons& lexicons);

  const std::vector<rules::Rule>& mention_rules() const { return mention_rules_; }
  const std::vector<rules::Rule>& fact_rules() const { return fact_rules_; }
  std::size_t size() const { return mention_rules_.size() + fact_rules_.size(); }

 private:
  std::vector<rules::Rule> mention_rules_;
  std::vector<rules::Rule> fact_rules_;
};

// `marsad rules check FILE`: parses FILE and checks it against the default lexicons. OK, or
// the first error with its file:line:col.
Status CheckRulesFile(const std::string& path);

}  // namespace marsad::extract
