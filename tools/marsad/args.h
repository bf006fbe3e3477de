// A small flag parser for subcommands: `--name value`, `--name=value`, boolean `--name`, and
// positionals; `--` ends the flags.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace marsad::cli {

class Args {
 public:
  // `value_flags` take a value; `bool_flags` do not. Anything else starting with "--" (or a
  // lone "-x") is an error, reported by error().
  Args(const std::vector<std::string>& args, std::set<std::string> value_flags,
       std::set<std::string> bool_flags);

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  bool Has(const std::string& flag) const { return values_.count(flag) > 0; }
  std::optional<std::string> Value(const std::string& flag) const;
  const std::vector<std::string>& positionals() const { return positionals_; }

 private:
  std::map<std::string, std::string> values_;
  std::vector<std::string> positionals_;
  std::string error_;
};

}  // namespace marsad::cli
