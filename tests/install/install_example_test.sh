#!/usr/bin/env bash
# Installs Marsad from the build tree into a temporary prefix, builds docs/examples/embed against
# the installed package with find_package(marsad), runs it, and checks what it prints.
set -euo pipefail
build_dir=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build_dir" --prefix "$work/prefix" > "$work/install.log"
test -f "$work/prefix/include/marsad/marsad.h"
! grep -rl "rocksdb\|unicode/\|tao/pegtl" "$work/prefix/include/marsad"
cmake -S "$source_dir/docs/examples/embed" -B "$work/build" -G Ninja \
  -DCMAKE_PREFIX_PATH="$work/prefix" > "$work/configure.log"
cmake --build "$work/build" > "$work/build.log"
out=$("$work/build/embed_example" "$work/db")
echo "$out"
grep -qx "phoned: <http://marsad.dev/entity/person/putin>" <<< "$out"
grep -qx "quads: 4" <<< "$out"
# A second run finds the same facts: nothing is duplicated.
out=$("$work/build/embed_example" "$work/db")
grep -qx "quads: 4" <<< "$out"
echo "install example: ok"
