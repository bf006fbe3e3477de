#!/usr/bin/env bash
# Sets everything up and runs the whole test suite twice: a release build with warnings as
# errors (g++), then an AddressSanitizer + UndefinedBehaviorSanitizer build (clang-14, with the
# libFuzzer targets run for a bounded time). Prints ctest's summary for each and fails if
# either fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
jobs=${MARSAD_JOBS:-2}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
# Paths relative to the checkout, so a fresh clone elsewhere reuses the cache.
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1

# -O2 without debug info: the optimisation level developers build with (so the same warnings),
# at two thirds of the compile time.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARSAD_WERROR=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG"
cmake --build build -j"$jobs"
(cd build && ctest --output-on-failure -j"$jobs" --timeout 600)

if [[ "${MARSAD_SKIP_SANITIZERS:-0}" != 1 ]]; then
  # The one sanitizer build: clang-14 with ASan+UBSan for the whole suite, plus the libFuzzer
  # targets (MARSAD_FUZZ), each fuzzed for MARSAD_FUZZ_SECONDS as a ctest case labelled "fuzz".
  # The compiler is passed explicitly too: CC/CXX only count when a build dir is first
  # configured, and naming it makes CMake start afresh in a build-asan left by g++.
  # Line tables (-g1) are enough for sanitizer stack traces and much cheaper than -g.
  export CC=clang-14 CXX=clang++-14
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMARSAD_WERROR=ON \
    -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" -DMARSAD_SANITIZE=ON -DMARSAD_BUILD_BENCH=OFF \
    -DMARSAD_FUZZ=ON -DMARSAD_FUZZ_SECONDS="${MARSAD_FUZZ_SECONDS:-20}"
  cmake --build build-asan -j"$jobs"
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --output-on-failure -j"$jobs" --timeout 900)
fi
