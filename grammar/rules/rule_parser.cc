// Actions building the rule AST, error messages, and the parse entry.
#include "grammar/rules/rule_parser.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <utility>

#include "base/status_macros.h"
#include "grammar/rules/rule_grammar.h"
#include "grammar/rules/rule_validate.h"

namespace marsad::rules {
namespace {

namespace pegtl = tao::pegtl;

// Mutable state threaded through the actions. Patterns nest through groups, so the
// alternatives under construction form a stack; `pending` is the item whose primary was just
// parsed and whose quantifier and capture may follow.
struct State {
  std::string source;
  std::string_view text;
  RuleFile file;
  Rule rule;
  std::vector<Alternatives> stack;
  Item pending;
  Emission emission;
  Arg arg;
  std::string literal;
};

// Code-point column of byte `offset` (1-based), so carets line up under Arabic text.
SourceLocation LocationOf(const State& s, std::size_t offset, std::size_t line) {
  std::size_t line_start = s.text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = (line_start == std::string_view::npos || offset == 0) ? 0 : line_start + 1;
  std::uint64_t column = 1;
  for (std::size_t i = line_start; i < offset && i < s.text.size(); ++i) {
    if ((static_cast<unsigned char>(s.text[i]) & 0xC0) != 0x80) ++column;
  }
  return SourceLocation{s.source, line, column, offset};
}

template <typename Input>
SourceLocation Here(const State& s, const Input& in) {
  const auto pos = in.position();
  return LocationOf(s, pos.byte, pos.line);
}

template <typename R>
struct Action : pegtl::nothing<R> {};

template <>
struct Action<peg::rule_id> {
  template <typename Input>
  static void apply(const Input& in, State& s) {
    s.rule = Rule();
    s.rule.id = in.string();
    s.rule.where = Here(s, in);
  }
};
template <>
struct Action<peg::phase_name> {
  template <typename Input>
  static void apply(const Input& in, State& s) { s.rule.phase = in.string(); }
};
template <>
struct Action<peg::kw_match> {
  template <typename Input>
  static void apply(const Input&, State& s) { s.stack.assign(1, Alternatives(1)); }
};
template <>
struct Action<peg::match_clause> {
  template <typename Input>
  static void apply(const Input&, State& s) {
    s.rule.pattern = std::move(s.stack.back());
    s.stack.clear();
  }
};
template <>
struct Action<peg::group_open> {
  template <typename Input>
  static void apply(const Input&, State& s) { s.stack.emplace_back(1); }
};
template <>
struct Action<peg::group> {
  template <typename Input>
  static void apply(const Input& in, State& s) {
    s.pending = Item();
    s.pending.kind = ItemKind::kGroup;
    s.pending.alternatives = std::move(s.stack.back());
    s.pending.where = Here(s, in);
    s.stack.pop_back();
  }
};
template <>
struct Action<peg::alt_sep> {
  template <typename Input>
  static void apply(const Input&, State& s) { s.stack.back().emplace_back(); }
};
template <>
struct Action<peg::literal_body> {
  template <typename Input>
  static void apply(const Input& in, State& s) { s.literal = in.string(); }
};
template <>
struct Action<peg::pattern_literal> {
  template <typename Input>
  static void apply(const Input& in, State& s) {
    s.pending = Item();
    s.pending.kind = ItemKind::kLiteral;
    s.pending.name = s.literal;
    s.pending.where = Here(s, in);
  }
};
template <>
struct Action<peg::class_name> {
  template <typename Input>
  static void apply(const Input& in, State& s) {
    s.pending = Item();
    s.pending.kind = ItemKind::kClass;
    const std::string name = in.string();
    const std::size_t dot = name.find('.');
    s.pending.name = name.substr(0, dot);
    if (dot != std::string::npos) s.pending.arg = name.substr(dot + 1);
    s.pending.where = Here(s, in);
    s.pending.where.column -= 1;  // point at the '@'
    if (s.pending.where.offset > 0) s.pending.where.offset -= 1;
  }
};
template <>
struct Action<peg::test_name> {
  template <typename Input>
  static void apply(const Input& in, State& s) {
    s.pending = Item();
    s.pending.kind = ItemKind::kTest;
    s.pending.name = in.string();
    s.pending.where = Here(s, in);
  }
};
template <>
struct Action<peg::test_value> {
  template <typename Input>
  static void apply(const Input& in, State& s) { s.pending.arg = in.string(); }
};
template <>
struct Action<peg::quant_opt> {
  template <typename Input>
  static void apply(const Input&, State& s) { s.pending.min = 0; s.pending.max = 1; }
};
template <>
struct Action<peg::quant_star> {
  template <typename Input>
  static void apply(const Input&, State& s) {
    s.pending.min = 0;
    s.pending.max = Item::kUnbounded;
  }
};
template <>
struct Action<peg::quant_plus> {
  template <typename Input>
  static void apply(const Input&, State& s) {
    s.pending.min = 1;
    s.pending.max = Item::kUnbounded;
  }
};
template <>
struct Action<peg::range_min> {
  template <typename Input>
  static void apply(const Input& in, State& s) {
    s.pending.min = std::atoi(in.string().c_str());
    s.pending.max = s.pending.min;
  }
};
template <>
struct Action<peg::range_comma> {
  template <typename Input>
  static void apply(const Input&, State& s) { s.pending.max = Item::kUnbounded; }
};
template <>
struct Action<peg::range_max> {
  template <typename Input>
  static void apply(const Input& in, State& s) {
    s.pending.max = std::atoi(in.string().c_str());
  }
};
template <>
struct Action<peg::capture_name> {
  template <typename Input>
  static void apply(const Input& in, State& s) { s.pending.capture = in.string(); }
};
template <>
struct Action<peg::item> {
  template <typename Input>
  static void apply(const Input&, State& s) {
    s.stack.back().back().push_back(std::move(s.pending));
    s.pending = Item();
  }
};
template <>
struct Action<peg::emission_kind> {
  template <typename Input>
  static void apply(const Input& in, State& s) {
    s.emission = Emission();
    s.emission.kind = in.string();
    s.emission.where = Here(s, in);
  }
};
template <>
struct Action<peg::arg_key> {
  template <typename Input>
  static void apply(const Input& in, State& s) { s.arg = Arg{in.string(), "", false}; }
};
template <>
struct Action<peg::arg_ident> {
  template <typename Input>
  static void apply(const Input& in, State& s) { s.arg.value = in.string(); }
};
template <>
struct Action<peg::arg_literal> {
  template <typename Input>
  static void apply(const Input&, State& s) {
    s.arg.value = s.literal;
    s.arg.quoted = true;
  }
};
template <>
struct Action<peg::arg> {
  template <typename Input>
  static void apply(const Input&, State& s) { s.emission.args.push_back(std::move(s.arg)); }
};
template <>
struct Action<peg::emission> {
  template <typename Input>
  static void apply(const Input&, State& s) {
    s.rule.emissions.push_back(std::move(s.emission));
  }
};
template <>
struct Action<peg::rule_decl> {
  template <typename Input>
  static void apply(const Input&, State& s) { s.file.rules.push_back(std::move(s.rule)); }
};

// What a failed must<> expected, in words.
template <typename R> constexpr const char* kExpected = nullptr;
template <> constexpr const char* kExpected<peg::rule_id> = "a rule id after 'rule'";
template <> constexpr const char* kExpected<peg::rule_end> =
    "'phase', 'match', 'emit' or 'end'";
template <> constexpr const char* kExpected<peg::phase_name> = "a phase name";
template <> constexpr const char* kExpected<peg::alternation> = "a pattern item";
template <> constexpr const char* kExpected<peg::sequence> = "a pattern item after '|'";
template <> constexpr const char* kExpected<peg::group_close> = "')' closing the group";
template <> constexpr const char* kExpected<peg::literal_close> = "'\"' closing the literal";
template <> constexpr const char* kExpected<peg::class_name> = "a class name after '@'";
template <> constexpr const char* kExpected<peg::test_name> = "a test name after '<'";
template <> constexpr const char* kExpected<peg::test_value> = "a test value after '='";
template <> constexpr const char* kExpected<peg::test_close> = "'>' closing the token test";
template <> constexpr const char* kExpected<peg::range_min> = "a count after '{'";
template <> constexpr const char* kExpected<peg::range_close> = "'}' closing the repeat";
template <> constexpr const char* kExpected<peg::capture_name> = "a role name after ':'";
template <> constexpr const char* kExpected<peg::emission> = "an emission like office(...)";
template <> constexpr const char* kExpected<peg::emission_open> = "'(' after the emission kind";
template <> constexpr const char* kExpected<peg::emission_close> =
    "')' or ',' in the argument list";
template <> constexpr const char* kExpected<peg::arg> = "an argument key=value";
template <> constexpr const char* kExpected<peg::arg_equals> = "'=' after the argument key";
template <> constexpr const char* kExpected<pegtl::sor<peg::arg_literal, peg::arg_ident>> =
    "a capture name or a \"literal\" as argument value";
template <> constexpr const char* kExpected<peg::file_end> = "'rule' or the end of the file";

template <typename R>
struct Control : pegtl::normal<R> {
  template <typename Input, typename... States>
  [[noreturn]] static void raise(const Input& in, States&&...) {
    const char* what = kExpected<R>;
    throw pegtl::parse_error(std::string("expected ") + (what ? what : "valid rule syntax"),
                             in);
  }
};

}  // namespace

Result<RuleFile> ParseRules(std::string_view text, std::string_view source_name) {
  State state;
  state.source = std::string(source_name);
  state.text = text;
  pegtl::memory_input<> in(text.data(), text.size(), std::string(source_name));
  try {
    pegtl::parse<peg::file, Action, Control>(in, state);
  } catch (const pegtl::parse_error& e) {
    const auto& pos = e.positions().front();
    // The message of parse_error starts with the position; keep only our text.
    return Status(StatusCode::kSyntaxError, std::string(e.message()),
                  LocationOf(state, pos.byte, pos.line));
  }
  MARSAD_RETURN_IF_ERROR(ValidateRuleFile(state.file));
  return std::move(state.file);
}

Result<RuleFile> ParseRulesFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return Status(StatusCode::kIOError, "cannot read rule file " + path);
  std::ostringstream content;
  content << file.rdbuf();
  return ParseRules(content.str(), path);
}

Status CheckRulesSyntax(const std::string& path) { return ParseRulesFile(path).status(); }

}  // namespace marsad::rules
