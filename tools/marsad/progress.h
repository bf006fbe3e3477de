// The progress line long imports and ingests print on stderr, redrawn in place.
#pragma once

#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>

#include "marsad/options.h"

namespace marsad::cli {

std::string FormatSeconds(double seconds);              // "0.42 s", "1 min 3 s"
std::string FormatRate(std::uint64_t count, double seconds);  // "1.2M", "850k", "12"

class ProgressLine {
 public:
  // Draws nothing when `enabled` is false (output is not a terminal, or the input is small).
  ProgressLine(std::ostream& out, bool enabled);
  void Update(const std::string& what, const ImportProgress& progress);
  // Erases the line so the final summary starts on a clean line.
  void Clear();

 private:
  std::ostream& out_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace marsad::cli
