#!/usr/bin/env bash
# Side-by-side benchmark: Marsad against Oxigraph (npm package, in a Node process) and SQLite
# (dictionary-encoded triples with spo/pos/osp indexes), on the same generated N-Triples and
# the same queries (SPARQL for Marsad and Oxigraph, hand-translated SQL for SQLite).
#
#   bash tools/bench/compare/run.sh [--quick] [--lubm 1,10] [--news ARTICLES] [--runs N]
#                                   [--build-dir DIR] [--out DIR] [--no-build] [--seed S]
#
# Defaults: LUBM 1 and 10, news 13500 articles (~1M triples), 5 warm runs per query, build dir
# ./build, output under BUILD/compare. --quick: LUBM 1, 300 news articles, one run; it checks
# that the stores agree and skips (exit 77) when a peer cannot be installed (no network).
# Installs what it needs: sqlite3 + libsqlite3-dev, nodejs + npm (apt, as root), and the
# oxigraph package (npm, into BUILD/compare-peers). Exits 1, showing the differing rows, when
# two stores return different results. Prints Markdown tables; writes OUT/compare.json.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../.." && pwd)
quick=0 no_build=0 lubm="1,10" news=13500 runs=5 seed=0 build="$repo/build" out=""
command_line="bash tools/bench/compare/run.sh $*"
while (($#)); do
  case "$1" in
    --quick) quick=1 lubm=1 news=300 runs=1 ;;
    --no-build) no_build=1 ;;
    --lubm) lubm=$2; shift ;;
    --news) news=$2; shift ;;
    --runs) runs=$2; shift ;;
    --seed) seed=$2; shift ;;
    --build-dir) build=$2; shift ;;
    --out) out=$2; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "compare: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
build=$(mkdir -p "$build" && cd "$build" && pwd)
out=${out:-$build/compare}
peers="$build/compare-peers"
bin="$build/bin"

log() { echo "compare: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }
# A peer that cannot be installed: a skip in quick mode (so CI without network stays green),
# an error otherwise.
missing_peer() {
  if ((quick)); then log "SKIP: $*"; exit 77; fi
  die "$*"
}

apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  [[ $(id -u) == 0 ]] || return 1
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >&2
}

install_peers() {
  if command -v dpkg-query >/dev/null; then
    apt_install sqlite3 libsqlite3-dev || missing_peer "cannot install sqlite3/libsqlite3-dev"
    command -v node >/dev/null && command -v npm >/dev/null ||
      apt_install nodejs npm || missing_peer "cannot install nodejs/npm"
  fi
  command -v node >/dev/null || missing_peer "node is not installed"
  if [[ ! -f "$peers/node_modules/oxigraph/package.json" ]]; then
    log "installing oxigraph from the npm registry into $peers"
    mkdir -p "$peers"
    npm install --prefix "$peers" --no-audit --no-fund --loglevel=error oxigraph@0.5 >&2 ||
      missing_peer "cannot install the oxigraph npm package (no network?)"
  fi
}

build_tools() {
  local targets=(marsad-gen-lubm marsad-gen-news marsad-compare-marsad marsad-compare-sqlite)
  if ((!no_build)); then
    if [[ ! -f "$build/CMakeCache.txt" ]] || ! grep -q "marsad-compare-sqlite" "$build/build.ninja" 2>/dev/null; then
      # (Re)configure: a first build, or one configured before the SQLite headers were there.
      cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >&2
    fi
    cmake --build "$build" --target "${targets[@]}" -j2 >&2
  fi
  for t in "${targets[@]}"; do
    [[ -x "$bin/$t" ]] || { [[ $t == marsad-compare-sqlite ]] && missing_peer "$bin/$t is not built (SQLite headers missing at configure time)"; die "$bin/$t is not built"; }
  done
}

# Copies the query templates of one kind, putting the generator's anchors (name<TAB>value
# lines) in place of {{name}}.
instantiate() {  # SRC_DIR EXT ANCHORS DEST_DIR
  mkdir -p "$4"
  for f in "$1"/*"$2"; do
    local text name value
    text=$(<"$f")
    while IFS=$'\t' read -r name value; do text=${text//"{{$name}}"/$value}; done <"$3"
    [[ $text != *"{{"* ]] || die "unfilled placeholder in $f"
    printf '%s\n' "$text" >"$4/$(basename "$f")"
  done
}

# Loads one N-Triples file into each store and runs the dataset's queries there.
run_dataset() {  # NAME NT RQ_DIR SQL_DIR
  local name=$1 nt=$2 rq=$3 sql=$4 dir="$out/work/$1"
  rm -rf "$dir"
  mkdir -p "$dir"/{marsad,oxigraph,sqlite}/rows
  log "$name: Marsad"
  "$bin/marsad-compare-marsad" load --db "$dir/marsad/db" --nt "$nt" >"$dir/marsad/timings.jsonl"
  du -sb "$dir/marsad/db" | cut -f1 >"$dir/marsad/size_bytes"
  "$bin/marsad-compare-marsad" query --db "$dir/marsad/db" --queries "$rq" \
    --out "$dir/marsad/rows" --runs "$runs" >>"$dir/marsad/timings.jsonl"
  log "$name: SQLite"
  "$bin/marsad-compare-sqlite" load --db "$dir/sqlite/db.sqlite" --nt "$nt" >"$dir/sqlite/timings.jsonl"
  stat -c %s "$dir/sqlite/db.sqlite" >"$dir/sqlite/size_bytes"
  "$bin/marsad-compare-sqlite" query --db "$dir/sqlite/db.sqlite" --queries "$sql" \
    --out "$dir/sqlite/rows" --runs "$runs" >>"$dir/sqlite/timings.jsonl"
  log "$name: Oxigraph"
  node --max-old-space-size=8192 "$here/oxigraph_driver.mjs" --module "$peers" --nt "$nt" \
    --queries "$rq" --out "$dir/oxigraph/rows" --runs "$runs" >"$dir/oxigraph/timings.jsonl"
  # The databases have been measured; keep the disk free for the next scale.
  rm -rf "$dir/marsad/db" "$dir/sqlite/db.sqlite"
}

main() {
  install_peers
  build_tools
  mkdir -p "$out/data"
  rm -rf "$out/work"
  local u
  for u in ${lubm//,/ }; do
    local nt="$out/data/lubm$u-seed$seed.nt"
    [[ -s $nt ]] || "$bin/marsad-gen-lubm" --universities "$u" --seed "$seed" >"$nt"
    run_dataset "lubm$u" "$nt" "$repo/tools/bench/query/lubm" "$here/sql/lubm"
  done
  if ((news > 0)); then
    local nt="$out/data/news$news-seed$seed.nt" anchors="$out/data/news$news-seed$seed.anchors"
    [[ -s $nt && -s $anchors ]] ||
      "$bin/marsad-gen-news" --articles "$news" --seed "$seed" --anchors "$anchors" >"$nt"
    local queries="$out/work/news-queries"
    instantiate "$here/queries/news" .rq "$anchors" "$queries/rq"
    instantiate "$here/sql/news" .sql "$anchors" "$queries/sql"
    run_dataset "news$news" "$nt" "$queries/rq" "$queries/sql"
  fi
  node "$here/report.mjs" --work "$out/work" --json "$out/compare.json" --command "$command_line"
}

main
