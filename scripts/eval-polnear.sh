#!/usr/bin/env bash
# Attribution accuracy on PolNeAR: runs `report --format json` on a split and scores it.
#   scripts/eval-polnear.sh [dev|train] [--json]
# Needs ../shared/data (skips with a message when absent; fails under CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-dev}
DATA=../shared/data/polnear
if [ ! -f "$DATA/$split.jsonl" ]; then
  if [ "${CI:-}" = "true" ]; then echo "eval-polnear: $DATA/$split.jsonl is missing under CI=true" >&2; exit 1; fi
  echo "eval-polnear: skipped, $DATA/$split.jsonl is absent"; exit 0
fi
bin=target/release/stancegraph
cargo build --release --quiet
out=${TMPDIR:-/tmp}/stancegraph-polnear-$split.jsonl
"$bin" report --format json "$DATA/$split.jsonl" > "$out"
python3 ../shared/tools/score_attribution.py "$DATA/$split.jsonl" "$out" ${2:-}
