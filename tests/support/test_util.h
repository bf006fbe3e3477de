// Helpers shared by the tests: status matchers, temporary directories, source paths.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>

#include "marsad/status.h"

namespace marsad::testing {

inline const Status& ToStatus(const Status& s) { return s; }
template <typename T>
Status ToStatus(const Result<T>& r) { return r.status(); }

#define ASSERT_OK(expr)                                                   \
  do {                                                                    \
    const ::marsad::Status marsad_s_ = ::marsad::testing::ToStatus(expr); \
    ASSERT_TRUE(marsad_s_.ok()) << marsad_s_.ToString();                  \
  } while (0)
#define EXPECT_OK(expr)                                                   \
  do {                                                                    \
    const ::marsad::Status marsad_s_ = ::marsad::testing::ToStatus(expr); \
    EXPECT_TRUE(marsad_s_.ok()) << marsad_s_.ToString();                  \
  } while (0)
// EXPECT_STATUS(expr, StatusCode::kSyntaxError, HasSubstr("expected"))
#define EXPECT_STATUS(expr, code_value, message_matcher)                   \
  do {                                                                     \
    const ::marsad::Status marsad_s_ = ::marsad::testing::ToStatus(expr);  \
    EXPECT_EQ(marsad_s_.code(), code_value) << marsad_s_.ToString();       \
    EXPECT_THAT(marsad_s_.message(), message_matcher);                     \
  } while (0)

// A fresh, empty directory under the test temp dir, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string Sub(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// The project's source tree (MARSAD_SOURCE_DIR, set by ctest).
std::filesystem::path SourceDir();
// ../shared beside the source tree, when present (it is absent in a user's clone).
std::optional<std::filesystem::path> SharedDir();
std::string ReadFile(const std::filesystem::path& path);

}  // namespace marsad::testing
