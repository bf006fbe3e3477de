// The name -> built-in registry over all families.
#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

#include "query/expr/builtins.h"
#include "text/utf8.h"

namespace marsad::query::expr {
namespace {

std::string Key(std::string_view name) {
  std::string key(name);
  // Keywords are case-insensitive; IRIs are not.
  if (key.find(':') == std::string::npos) {
    for (char& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return key;
}

const std::unordered_map<std::string, const Builtin*>& Registry() {
  static const auto* registry = [] {
    auto* map = new std::unordered_map<std::string, const Builtin*>();
    for (auto family : {OperatorBuiltins(), StringBuiltins(), NumericBuiltins(),
                        DateTimeBuiltins(), TermBuiltins(), ArabicBuiltins()}) {
      for (const Builtin& b : family) map->emplace(Key(b.name), &b);
    }
    return map;
  }();
  return *registry;
}

}  // namespace

const Builtin* FindBuiltin(std::string_view name) {
  auto it = Registry().find(Key(name));
  return it == Registry().end() ? nullptr : it->second;
}

const Term* StringArg(const Value& v) {
  return v && IsStringLiteral(*v) ? &*v : nullptr;
}

Term StringLike(std::string lex, const Term& like) {
  if (!like.language().empty()) return Term::LangLiteral(std::move(lex), like.language());
  return Term::Literal(std::move(lex));
}

bool ArgumentsCompatible(const Term& a, const Term& b) {
  if (b.language().empty()) return true;
  return a.language() == b.language();
}

std::size_t CodePointCount(std::string_view utf8) { return text::CodePointLength(utf8); }

std::size_t CodePointOffset(std::string_view utf8, std::size_t index) {
  return std::min(text::ByteOffsetOfCodePoint(utf8, index), utf8.size());
}

void Expr::CollectSlots(std::vector<int>* slots) const {
  if ((kind == ExprKind::kVariable || kind == ExprKind::kBound) && slot >= 0) {
    slots->push_back(slot);
  }
  for (const Expr& a : args) a.CollectSlots(slots);
}

std::string Expr::ToString() const {
  switch (kind) {
    case ExprKind::kConstant:
      return constant.ToNTriples();
    case ExprKind::kVariable:
      return "?" + std::to_string(slot);
    case ExprKind::kExists:
      return "EXISTS#" + std::to_string(sub_plan);
    case ExprKind::kNotExists:
      return "NOT EXISTS#" + std::to_string(sub_plan);
    default:
      break;
  }
  static constexpr std::string_view kNames[] = {"", "", "", "&&", "||", "IF", "COALESCE",
                                                "BOUND", "IN", "NOT IN"};
  std::string out(kind == ExprKind::kCall ? builtin->name
                                          : kNames[static_cast<int>(kind)]);
  out += '(';
  if (kind == ExprKind::kBound) out += "?" + std::to_string(slot);
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (i) out += ", ";
    out += args[i].ToString();
  }
  return out + ')';
}

}  // namespace marsad::query::expr
