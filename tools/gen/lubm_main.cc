// marsad-gen-lubm: writes LUBM-shaped N-Triples to standard output.
//   marsad-gen-lubm --universities 10 [--seed 0] > lubm10.nt
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "lubm_generator.h"

int main(int argc, char** argv) {
  marsad::gen::LubmOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if ((arg == "--universities" || arg == "-u") && i + 1 < argc) {
      options.universities = std::atoi(argv[++i]);
    } else if (arg == "--seed" && i + 1 < argc) {
      options.seed = std::strtoull(argv[++i], nullptr, 10);
    } else {
      std::fprintf(stderr, "usage: marsad-gen-lubm [--universities N] [--seed S] > out.nt\n");
      return arg == "--help" ? 0 : 2;
    }
  }
  if (options.universities < 1) {
    std::fprintf(stderr, "marsad-gen-lubm: --universities must be at least 1\n");
    return 2;
  }
  static char buffer[1 << 20];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
  const auto triples = marsad::gen::GenerateLubm(options, [](std::string_view line) {
    std::fwrite(line.data(), 1, line.size(), stdout);
  });
  std::fflush(stdout);
  std::fprintf(stderr, "marsad-gen-lubm: %llu triples\n", static_cast<unsigned long long>(triples));
  return 0;
}
