#!/usr/bin/env bash
# Scale benchmark of the claim store (a benchmark, not a test; figures go in BENCHMARKS.md).
#
# Builds, outside the repository, a corpus of N articles (default 100,000) from real text: the
# PolNeAR train articles and FNC-1 bodies, each reused with a new id and its sentences shuffled
# (a fixed seed per article, so the corpus is the same on every run). Then:
#   1. `add` throughput on the first 5,000 articles into a fresh store (all cores);
#   2. the big store: all N articles, niced, on one extraction thread (others share the machine);
#   3. `check` latency per article (examples/bench_check.rs) for 200 unshuffled articles
#      (PolNeAR dev and FNC-1 bodies) against the big store; and the size per claim.
# Usage: scripts/bench-store.sh [DIR]   (default /tmp/stancegraph-bench; N=... to change the size)
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:-/tmp/stancegraph-bench}
N=${N:-100000}
DATA=../shared/data
mkdir -p "$DIR"
cargo build --release --quiet --bin stancegraph --example bench_check
python3 - "$DATA" "$DIR" "$N" <<'PY'
import csv, json, random, re, sys
data, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
csv.field_size_limit(10**9)
src = [json.loads(l)["text"] for l in open(f"{data}/polnear/train.jsonl", encoding="utf-8")]
src += [r["articleBody"] for r in csv.DictReader(open(f"{data}/fnc1/train_bodies.csv", encoding="utf-8"))]
split = lambda t: [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", t.strip()) if s]
sents = [split(t) for t in src]
seen, i = set(), 0
with open(f"{out}/corpus.jsonl", "w", encoding="utf-8") as f:
    while len(seen) < n:
        s = list(sents[i % len(sents)])
        random.Random(i).shuffle(s)
        i += 1
        # a paragraph every three sentences, as wire copy is laid out
        text = "\n".join(" ".join(s[j:j + 3]) for j in range(0, len(s), 3))
        if text in seen:  # a short article has few orders; each stored article is distinct
            continue
        seen.add(text)
        f.write(json.dumps({"id": f"bench-{len(seen) - 1}", "text": text}) + "\n")
dev = [json.loads(l) for l in open(f"{data}/polnear/dev.jsonl", encoding="utf-8")][:100]
with open(f"{out}/queries.jsonl", "w", encoding="utf-8") as f:
    for d in dev:
        f.write(json.dumps({"id": "q-" + str(d["doc_id"]), "text": d["text"]}) + "\n")
    for i, t in enumerate(src[-100:]):
        f.write(json.dumps({"id": f"q-fnc-{i}", "text": t}) + "\n")
PY
echo "corpus: $(wc -l < "$DIR/corpus.jsonl") articles, $(du -h "$DIR/corpus.jsonl" | cut -f1)"

echo "== 1. add throughput (first 5,000 articles, fresh store, all cores)"
rm -f "$DIR"/small.db*
head -n 5000 "$DIR/corpus.jsonl" > "$DIR/small.jsonl"
./target/release/stancegraph add --db "$DIR/small.db" "$DIR/small.jsonl"

echo "== 2. the big store ($N articles, niced, one extraction thread)"
rm -f "$DIR"/big.db*
/usr/bin/time -f "%e s wall, %M KiB max RSS" nice -n 19 ./target/release/stancegraph add -j 1 --db "$DIR/big.db" "$DIR/corpus.jsonl"
ls -l "$DIR/big.db"
python3 - "$DIR/big.db" <<'PY'
import os, sqlite3, sys
db = sys.argv[1]
c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
claims = c.execute("select count(*) from claims").fetchone()[0]
docs = c.execute("select count(*) from documents").fetchone()[0]
size = os.path.getsize(db)
print(f"{docs} documents, {claims} claims, {size/2**20:.0f} MiB, {size/max(claims,1):.0f} bytes per claim (document text included)")
PY

echo "== 3. check latency (200 unshuffled articles against the big store)"
./target/release/examples/bench_check "$DIR/big.db" "$DIR/queries.jsonl"
