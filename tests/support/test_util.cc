#include "support/test_util.h"

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace marsad::testing {

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = info ? std::string(info->test_suite_name()) + "." + info->name() : "tmp";
  for (char& c : name) {
    if (c == '/') c = '_';
  }
  path_ = std::filesystem::path(::testing::TempDir()) /
          ("marsad-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" + name);
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::filesystem::path SourceDir() {
  if (const char* dir = std::getenv("MARSAD_SOURCE_DIR")) return dir;
  return MARSAD_SOURCE_DIR_DEFAULT;
}

std::optional<std::filesystem::path> SharedDir() {
  if (const char* dir = std::getenv("MARSAD_SHARED_DIR")) return std::filesystem::path(dir);
  auto shared = SourceDir().parent_path() / "shared";
  if (std::filesystem::is_directory(shared)) return shared;
  return std::nullopt;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace marsad::testing
