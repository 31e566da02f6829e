#!/usr/bin/env python3
"""Which relation signal of `check` fired on which FNC-1 pairs, against the gold labels.

Usage: scripts/fnc-signals.py GOLD_STANCES.csv SCORES.csv
where SCORES.csv is the hidden `stancegraph eval fnc --scores FILE` dump (Headline, Body ID,
Stance, relatedness, coverage, sentence coverage, reasons, the article sentences about it).
Prints, per signal (the first reason `relate` gave), how often it fired and the gold labels of
those pairs: the table in BENCHMARKS.md. For error analysis on train only.
"""
import collections
import csv
import sys


def signal(reason: str) -> str:
    r = reason.split(" | ")[0]
    for prefix, name in [
        ("refutation cues", "the article's own refutation/doubt cues -> disagree"),
        ("the stored claim is itself a denial", "stored claim a denial, article refutes too -> agree"),
        ("the stored claim only asks", "stored claim only asks/reports/guesses -> discuss"),
        ("the article states it without hedging", "no hedge in the sentences about it -> agree"),
        ("hedged:", "hedges in the sentences about it -> discuss"),
        ("the article gives", "a changed figure -> disagree"),
        ("the article's sentence about it negates it", "the sentence about it negates it -> disagree"),
        ("the article states what the stored claim denies", "the sentence about a denial states it -> disagree"),
    ]:
        if r.startswith(prefix):
            return name
    if " repeats it: " in r:
        return "the same speaker repeats it -> agree"
    return "an article claim with the opposite stance -> disagree"


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gold = {(r["Headline"], r["Body ID"]): r["Stance"] for r in csv.DictReader(open(sys.argv[1]))}
    tab = collections.defaultdict(collections.Counter)
    for row in csv.reader(open(sys.argv[2])):
        key = (row[0], row[1])
        if key in gold:
            tab[signal(row[6])][gold[key]] += 1
    print("| signal | fired | gold agree / disagree / discuss / unrelated |")
    print("|---|---|---|")
    for name, c in sorted(tab.items(), key=lambda x: -sum(x[1].values())):
        n = sum(c.values())
        print(f"| {name} | {n} | {c['agree']} / {c['disagree']} / {c['discuss']} / {c['unrelated']} |")


if __name__ == "__main__":
    main()
