#!/usr/bin/env bash
# Loads the bundled articles into the default database (./marsad.db; re-running replaces their
# facts, it does not duplicate them) and answers the seed questions, one query each.
set -euo pipefail
cd "$(dirname "$0")/.."
marsad=build/bin/marsad
"$marsad" ingest corpus
"$marsad" stats
for query in tests/acceptance/queries/P*.rq; do
  echo
  echo "== $(head -1 "$query" | sed 's/^# //')"
  "$marsad" query -f "$query"
done
echo
echo "Explore further with: $marsad shell   (docs/shell.md)"
