// Tests of the W3C suites that are known to fail, each with its reason, read from
// known_failures.txt. A listed test still runs: it is reported as skipped ("known failure: …")
// while it fails, and as a failure the day it passes, so the list can only shrink and
// docs/conformance.md stays true.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace marsad::testing {

class KnownFailures {
 public:
  // Lines "Suite.Name<whitespace>reason"; '#' starts a comment. A missing file lists nothing.
  static KnownFailures Load(const std::filesystem::path& file);

  std::optional<std::string> ReasonFor(const std::string& suite, const std::string& name) const;

 private:
  std::map<std::string, std::string> reasons_;
};

// Runs `body` (a test body that reports through gtest assertions) expecting it to fail:
// its failures are intercepted and turned into a skip that names `reason` and the first
// failure; a clean run fails the test, asking for the entry to be removed.
void RunExpectingFailure(const std::string& reason, const std::function<void()>& body);

}  // namespace marsad::testing
