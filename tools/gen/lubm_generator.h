// A deterministic generator of LUBM-shaped N-Triples (after the Lehigh University Benchmark's
// UBA generator): universities with departments, faculty, students, courses, research groups
// and publications, about 100k triples per university. The same seed and scale always give the
// same bytes, so benchmark figures can be reproduced.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

namespace marsad::gen {

struct LubmOptions {
  int universities = 1;
  std::uint64_t seed = 0;
};

// Emits each triple as one N-Triples line (with the trailing " .\n").
using LineSink = std::function<void(std::string_view line)>;

// Returns the number of triples written.
std::uint64_t GenerateLubm(const LubmOptions& options, const LineSink& sink);

}  // namespace marsad::gen
