#!/usr/bin/env python3
"""Error analysis for PolNeAR: which gold attributions were missed, which predictions were wrong.

usage: scripts/polnear-errors.py GOLD.jsonl PRED.jsonl [missed|spurious|patterns|source|cue] [N]
Pairs predictions and gold like score_attribution.py (content Dice >= 0.5) and prints
examples, or per-pattern precision (`patterns`) from the `pattern` field of each claim, or
(`source`, `cue`) the paired claims whose source or cue misses the gold one, counted by
pattern and by which side is empty, with examples. Paired-but-wrong parts are the cheapest
errors to fix: a fix raises that part's F1 without touching recall.
"""
import json, re, sys, collections, random

TOK = re.compile(r"\w+")

def words(text):
    out, pos, last = [], 0, 0
    for m in TOK.finditer(text):
        pos += len(text[last:m.start()].encode()); s = pos
        pos += len(m.group().encode()); last = m.end()
        out.append((s, pos))
    return out

def toks(ws, spans):
    return {a for a, b in ws for s, e in spans if a < e and b > s}

def dice(a, b):
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0

def main():
    gold = {json.loads(l)["doc_id"]: json.loads(l) for l in open(sys.argv[1]) if l.strip()}
    pred = {json.loads(l)["doc_id"]: json.loads(l) for l in open(sys.argv[2]) if l.strip()}
    mode = sys.argv[3] if len(sys.argv) > 3 else "missed"
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 40
    missed, spurious, pat = [], [], collections.Counter()
    pat_ok = collections.Counter()
    part_wrong, part_kind = [], collections.Counter()
    for did, g in gold.items():
        t = g["text"]; b = t.encode(); ws = words(t)
        G = [(a, toks(ws, [(s["byte_start"], s["byte_end"]) for s in a["content"]])) for a in g["attributions"]]
        P = [(c, toks(ws, c["content"]["spans"])) for c in pred.get(did, {}).get("claims", [])]
        cand = sorted(((dice(p, q), i, j) for i, (_, p) in enumerate(P) for j, (_, q) in enumerate(G) if p and dice(p, q) >= 0.5), reverse=True)
        up, ug = set(), set()
        span = lambda sp: " | ".join(b[s["byte_start"]:s["byte_end"]].decode() for s in sp)
        pspan = lambda sp: " | ".join(b[s:e].decode() for s, e in sp)
        for d, i, j in cand:
            if i in up or j in ug: continue
            up.add(i); ug.add(j)
            if mode in ("source", "cue"):
                a, c = G[j][0], P[i][0]
                gs = toks(ws, [(s["byte_start"], s["byte_end"]) for s in a[mode]])
                ps = toks(ws, c[mode]["spans"])
                if (gs or ps) and not gs & ps:
                    kind = "gold empty" if not gs else "pred empty" if not ps else "both"
                    part_kind[(kind, c.get("pattern", "?"))] += 1
                    part_wrong.append((c.get("pattern"), kind, pspan(c[mode]["spans"]), span(a[mode]), pspan(c["content"]["spans"])))
        for j, (a, _) in enumerate(G):
            if j not in ug:
                missed.append((span(a["cue"]), span(a["source"]), span(a["content"])))
        for i, (c, _) in enumerate(P):
            pat[c.get("pattern", "?")] += 1
            if i in up: pat_ok[c.get("pattern", "?")] += 1
            else: spurious.append((c.get("pattern"), pspan(c["source"]["spans"]), pspan(c["cue"]["spans"]), pspan(c["content"]["spans"])))
    random.seed(1)
    if mode == "missed":
        cues = collections.Counter(m[0].lower() for m in missed)
        print("missed by cue:", cues.most_common(40))
        for m in random.sample(missed, min(n, len(missed))):
            print(f"CUE {m[0]!r} SRC {m[1][:60]!r}\n   {m[2][:220]!r}")
    elif mode in ("source", "cue"):
        print(f"paired claims with a wrong {mode}, by (which side is empty, pattern):")
        for (kind, p), c in part_kind.most_common(20):
            print(f"  {kind:10s} {p:40s} {c:5d}")
        for w in random.sample(part_wrong, min(n, len(part_wrong))):
            print(f"{w[0]} ({w[1]}) PRED {w[2][:60]!r} GOLD {w[3][:60]!r}\n   {w[4][:160]!r}")
    elif mode == "spurious":
        for s in random.sample(spurious, min(n, len(spurious))):
            print(f"{s[0]} SRC {s[1][:50]!r} CUE {s[2]!r}\n   {s[3][:200]!r}")
    else:
        for p, c in pat.most_common():
            print(f"{p:45s} {c:5d} matched {pat_ok[p]:5d} precision {pat_ok[p]/c:.2f}")

main()
