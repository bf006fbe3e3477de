#include "tools/shell/shell_state.h"

#include <array>
#include <utility>

namespace marsad::shell {
namespace {

constexpr std::array<std::pair<const char*, OutputMode>, 7> kModeNames = {{
    {"table", OutputMode::kTable},
    {"box", OutputMode::kBox},
    {"json", OutputMode::kJson},
    {"csv", OutputMode::kCsv},
    {"tsv", OutputMode::kTsv},
    {"nt", OutputMode::kNTriples},
    {"ttl", OutputMode::kTurtle},
}};

}  // namespace

bool OutputModeFromName(std::string_view name, OutputMode* mode) {
  for (const auto& [mode_name, value] : kModeNames) {
    if (name == mode_name) {
      *mode = value;
      return true;
    }
  }
  return false;
}

const char* OutputModeName(OutputMode mode) {
  for (const auto& [mode_name, value] : kModeNames) {
    if (mode == value) return mode_name;
  }
  return "table";
}

ShellState::ShellState(Database* db, std::ostream& out, std::ostream& err)
    : db_(db), out_(out), err_(err) {}

Status ShellState::SetOutputFile(const std::string& path) {
  if (path.empty() || path == "stdout") {
    if (file_) file_->flush();
    file_.reset();
    output_path_.clear();
    return Status::Ok();
  }
  auto file = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
  if (!*file) return Status(StatusCode::kIOError, "cannot open " + path + " for writing");
  if (file_) file_->flush();
  file_ = std::move(file);
  output_path_ = path;
  return Status::Ok();
}

}  // namespace marsad::shell
