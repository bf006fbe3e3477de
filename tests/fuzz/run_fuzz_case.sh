#!/usr/bin/env bash
# ctest wrapper for a libFuzzer target: run_fuzz_case.sh WORK_CORPUS ARTIFACT_DIR FUZZER ARGS...
# libFuzzer refuses corpus and artifact directories that do not exist, so create them first.
set -euo pipefail
mkdir -p "$1" "$2"
shift 2
exec "$@"
