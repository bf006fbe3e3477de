#!/usr/bin/env bash
# ThreadSanitizer run (a documented local target; see docs/reliability.md): builds the store,
# API and reliability tests with -fsanitize=thread in build-tsan/ and runs the concurrency,
# store and API tests. RocksDB is the uninstrumented system library, so races inside it are
# not visible; Marsad's own synchronisation is.
#   tools/run-tsan.sh [JOBS]     (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${1:-2}"
# Flags go through CMAKE_*_FLAGS rather than an option of our own so this stays independent of
# the ASan/UBSan and fuzzing switches in cmake/.
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARSAD_WERROR=ON \
  -DMARSAD_BUILD_BENCH=OFF \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
  -DCMAKE_CXX_FLAGS="-fsanitize=thread -fno-omit-frame-pointer" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread" -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=thread"
cmake --build build-tsan -j"$jobs" --target reliability_concurrency_test api_test \
  api_check_backup_test store_test
# tsan.supp: races inside the uninstrumented system RocksDB (see the file for why).
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$PWD/tools/tsan.supp ${TSAN_OPTIONS:-}"
cd build-tsan
ctest --output-on-failure -j"$jobs" --timeout 900 -R '^(ConcurrencyTest|CheckTest|BackupTest|CloseTest|DatabaseTest|Store|Writer|Scan|Open|Bulk|KeyCodec|TermCache|TermId)'
