#include "grammar/rules/rule_parser.h"

#include <string>

#include "support/test_util.h"

namespace marsad::rules {
namespace {

using ::testing::HasSubstr;

constexpr char kOfficeRule[] = R"(# comment line
rule office.title_nisba_name
  phase mentions
  match @office:role @nisba:of? <name>{1,4}:holder
  emit office(holder=holder, role=role, of=of)
end
)";

TEST(RuleParserTest, ParsesItemsQuantifiersAndCaptures) {
  Result<RuleFile> file = ParseRules(kOfficeRule, "t.rules");
  ASSERT_OK(file);
  ASSERT_EQ(file->rules.size(), 1u);
  const Rule& rule = file->rules[0];
  EXPECT_EQ(rule.id, "office.title_nisba_name");
  EXPECT_EQ(rule.phase, "mentions");
  ASSERT_EQ(rule.pattern.size(), 1u);
  const Sequence& seq = rule.pattern[0];
  ASSERT_EQ(seq.size(), 3u);
  EXPECT_EQ(seq[0].kind, ItemKind::kClass);
  EXPECT_EQ(seq[0].name, "office");
  EXPECT_EQ(seq[0].capture, "role");
  EXPECT_EQ(seq[1].min, 0);
  EXPECT_EQ(seq[1].max, 1);
  EXPECT_EQ(seq[2].kind, ItemKind::kTest);
  EXPECT_EQ(seq[2].name, "name");
  EXPECT_EQ(seq[2].min, 1);
  EXPECT_EQ(seq[2].max, 4);
  EXPECT_EQ(rule.where.line, 2u);
  ASSERT_EQ(rule.emissions.size(), 1u);
  EXPECT_EQ(rule.emissions[0].kind, "office");
  ASSERT_NE(rule.emissions[0].Find("of"), nullptr);
  EXPECT_EQ(rule.emissions[0].Find("of")->value, "of");
}

TEST(RuleParserTest, ParsesGroupsAlternativesLiteralsAndQuotedArgs) {
  Result<RuleFile> file = ParseRules(R"(rule e.call
  match @trigger.CallOn:t (@actor:a | "حلف" <name>+:a) ("و" @country)*:b <any>{0,}
  emit event(trigger=t, agent=a, target=b, certainty="claimed")
end)",
                                     "x");
  ASSERT_OK(file);
  const Sequence& seq = file->rules[0].pattern[0];
  ASSERT_EQ(seq.size(), 4u);
  EXPECT_EQ(seq[0].arg, "CallOn");
  EXPECT_EQ(seq[1].kind, ItemKind::kGroup);
  ASSERT_EQ(seq[1].alternatives.size(), 2u);
  EXPECT_EQ(seq[1].alternatives[1][0].kind, ItemKind::kLiteral);
  EXPECT_EQ(seq[1].alternatives[1][0].name, "حلف");
  EXPECT_EQ(seq[2].max, Item::kUnbounded);
  EXPECT_EQ(seq[2].capture, "b");
  EXPECT_EQ(seq[3].min, 0);
  const Arg* certainty = file->rules[0].emissions[0].Find("certainty");
  ASSERT_NE(certainty, nullptr);
  EXPECT_TRUE(certainty->quoted);
  EXPECT_EQ(certainty->value, "claimed");
}

struct ErrorCase {
  const char* text;
  StatusCode code;
  const char* message;
  std::uint64_t line;
  std::uint64_t column;
};

TEST(RuleParserTest, ReportsErrorsWithLineAndCodePointColumn) {
  const ErrorCase cases[] = {
      {"rule a\n  match \"مع\" @\nend", StatusCode::kSyntaxError, "class name", 2, 15},
      {"rule a\n  match \"مع\n", StatusCode::kSyntaxError, "closing the literal", 2, 12},
      {"rule a\n  match (@person\nend", StatusCode::kSyntaxError, "')'", 3, 1},
      {"rule a match @person emit event(agent=x) end", StatusCode::kInvalidArgument,
       "'x' is not bound", 1, 27},
      {"rule a match @person:p emit fact(agent=p) end", StatusCode::kInvalidArgument,
       "unknown emission", 1, 29},
      {"rule a match @person:p emit event(who=p) end", StatusCode::kInvalidArgument,
       "no argument 'who'", 1, 29},
      {"rule a match @person:p emit claim(source=p) end\nrule a match @person:p emit "
       "claim(source=p) end",
       StatusCode::kInvalidArgument, "duplicate rule id", 2, 6},
      {"rule a match <any>{3,1} emit claim(source=\"x\") end", StatusCode::kInvalidArgument,
       "never match", 1, 15},
      {"garbage", StatusCode::kSyntaxError, "'rule' or the end", 1, 1},
  };
  for (const ErrorCase& c : cases) {
    Result<RuleFile> file = ParseRules(c.text, "r.rules");
    ASSERT_FALSE(file.ok()) << c.text;
    EXPECT_EQ(file.status().code(), c.code) << c.text;
    EXPECT_THAT(file.status().message(), HasSubstr(c.message)) << c.text;
    ASSERT_TRUE(file.status().where().has_value()) << c.text;
    EXPECT_EQ(file.status().where()->source, "r.rules");
    EXPECT_EQ(file.status().where()->line, c.line) << c.text;
    EXPECT_EQ(file.status().where()->column, c.column) << c.text;
  }
}

TEST(RuleParserTest, CheckRulesSyntaxReportsUnreadableFile) {
  EXPECT_STATUS(CheckRulesSyntax("/nonexistent/x.rules"), StatusCode::kIOError,
                HasSubstr("cannot read"));
}

}  // namespace
}  // namespace marsad::rules
