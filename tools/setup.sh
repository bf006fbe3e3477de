#!/usr/bin/env bash
# Installs what Marsad needs to build and test on Debian 12 (run as root). Skips apt when every
# package is already there, so repeated runs are fast.
set -euo pipefail
packages=(build-essential cmake ninja-build ccache pkg-config git
  librocksdb-dev libzstd-dev tao-pegtl-dev libicu-dev googletest libgtest-dev libgmock-dev
  libbenchmark-dev libedit-dev clang-14 libclang-rt-14-dev tmux sqlite3
  libsqlite3-dev)  # the SQLite peer of the comparison benchmark (tools/bench/compare)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
