#!/usr/bin/env bash
# Sets everything up, builds Marsad, loads the bundled articles into the default database
# (./marsad.db) and runs example queries. Afterwards: build/bin/marsad shell
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"${MARSAD_JOBS:-2}"
bash tools/demo-queries.sh
