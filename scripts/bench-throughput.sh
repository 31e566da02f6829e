#!/usr/bin/env bash
# Throughput, parallel speed-up, peak memory and start-up of `stancegraph report`.
#   scripts/bench-throughput.sh
# Needs ../shared/data/polnear/train.jsonl (skips the corpus runs without it), hyperfine
# (Debian package `hyperfine`) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/stancegraph
train=../shared/data/polnear/train.jsonl
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -f "$train" ]; then
  bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$train")
  echo "train: $(wc -l < "$train") articles, $bytes bytes of article text"
  hyperfine -N -w 1 -r 5 --export-json /tmp/stancegraph-bench.json \
    "$bin report -q -f json --jobs 1 $train -o /dev/null" \
    "$bin report -q -f json --jobs 2 $train -o /dev/null"
  python3 - "$bytes" <<'PY'
import json, sys
b = int(sys.argv[1]); r = json.load(open('/tmp/stancegraph-bench.json'))['results']
t1, t2 = r[0]['mean'], r[1]['mean']
print(f"jobs 1: {t1:.3f} s = {b/t1/1e6:.2f} MB/s, {840/t1:.0f} articles/s (min {r[0]['min']:.3f} s)")
print(f"jobs 2: {t2:.3f} s = {b/t2/1e6:.2f} MB/s, speed-up {t1/t2:.2f}x (min-based {r[0]['min']/r[1]['min']:.2f}x)")
PY
  for j in 1 2; do
    /usr/bin/time -f "peak memory, --jobs $j: %M KB (%e s wall, %U s user)" \
      "$bin" report -q -f json --jobs "$j" "$train" -o /dev/null
  done
else
  echo "bench-throughput: $train is absent; corpus runs skipped"
fi
hyperfine -N -w 5 -r 50 "$bin report fixtures/tillerson-lavrov.txt"
