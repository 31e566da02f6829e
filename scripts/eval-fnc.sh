#!/usr/bin/env bash
# FNC-1 agree/disagree/discuss/unrelated through `stancegraph check` (see src/check.rs).
# Usage: scripts/eval-fnc.sh [--json]   (data from ../shared/data/fnc1, train split)
# With --json, the last line is the scorer's JSON (scripts/floors.sh reads it).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=../shared/data/fnc1
if [ ! -f "$DATA/train_bodies.csv" ]; then
  if [ "${CI:-}" = "true" ]; then echo "eval-fnc: $DATA is missing under CI=true" >&2; exit 1; fi
  echo "eval-fnc: skipped, $DATA is absent"; exit 0
fi
cargo build --release --quiet
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
./target/release/stancegraph eval fnc --bodies "$DATA/train_bodies.csv" \
  --stances "$DATA/train_stances.csv" --out "$OUT/pred.csv"
python3 ../shared/tools/score_fnc.py "$DATA/train_stances.csv" "$OUT/pred.csv"
if [ "${1:-}" = "--json" ]; then
  python3 ../shared/tools/score_fnc.py "$DATA/train_stances.csv" "$OUT/pred.csv" --json
fi
