#!/usr/bin/env bash
# Long fuzzing of one libFuzzer target: tools/run-fuzz.sh TARGET SECONDS [libFuzzer flags...]
# TARGET is a name from tests/fuzz/CMakeLists.txt (query_parser, ntriples_reader, nquads_reader,
# turtle_reader, rules_parser, normalizer, date_parser, extract). Configures and builds the clang
# ASan+UBSan+libFuzzer tree in $MARSAD_FUZZ_BUILD_DIR (default build-fuzz), then fuzzes at nice 19
# with the target's seeds, dictionary and limits. New inputs accumulate in
# <build>/tests/fuzz/corpus/TARGET; crash reproducers land in <build>/fuzz-artifacts/TARGET/
# (copy one to tests/fuzz/regressions/TARGET/ once fixed, so ctest replays it).
set -euo pipefail
if (($# < 2)); then
  echo "usage: $0 TARGET SECONDS [libFuzzer flags...]" >&2
  exit 2
fi
target=$1 seconds=$2
shift 2
cd "$(dirname "$0")/.."
build=${MARSAD_FUZZ_BUILD_DIR:-build-fuzz}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache} CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
if [[ ! -f $build/fuzz-args/$target.txt ]]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    -DMARSAD_SANITIZE=ON -DMARSAD_FUZZ=ON -DMARSAD_BUILD_BENCH=OFF -DMARSAD_BUILD_TESTS=ON
fi
if [[ ! -f $build/fuzz-args/$target.txt ]]; then
  echo "run-fuzz: unknown target '$target' (see $build/fuzz-args/)" >&2
  exit 2
fi
cmake --build "$build" -j"${MARSAD_JOBS:-2}" --target "fuzz_$target"
mapfile -t args < "$build/fuzz-args/$target.txt"
mkdir -p "${args[-2]}" "$build/fuzz-artifacts/$target"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec nice -n 19 "$build/bin/fuzz_$target" "${args[@]}" -max_total_time="$seconds" "$@"
