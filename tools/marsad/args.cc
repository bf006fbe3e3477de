#include "args.h"

namespace marsad::cli {

Args::Args(const std::vector<std::string>& args, std::set<std::string> value_flags,
           std::set<std::string> bool_flags) {
  bool flags_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    // A lone "-" is a positional: standard input.
    if (flags_done || arg.size() < 2 || arg[0] != '-') {
      positionals_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      flags_done = true;
      continue;
    }
    std::string name = arg, value;
    bool has_inline_value = false;
    if (const auto eq = arg.find('='); eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_inline_value = true;
    }
    if (value_flags.count(name)) {
      if (!has_inline_value) {
        if (i + 1 >= args.size()) {
          error_ = "option " + name + " needs a value";
          return;
        }
        value = args[++i];
      }
      values_[name] = value;
    } else if (bool_flags.count(name) && !has_inline_value) {
      values_[name] = "true";
    } else {
      error_ = "unknown option " + name;
      return;
    }
  }
}

std::optional<std::string> Args::Value(const std::string& flag) const {
  auto it = values_.find(flag);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

}  // namespace marsad::cli
