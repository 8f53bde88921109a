#!/usr/bin/env python3
"""Scores per fold and how far confidence can be trusted.

    python3 scripts/folds.py SCORE_DIR GOLD.jsonl PRED.jsonl [--json]

Every document goes to one of FOLDS folds by a hash of its id (sha1, so the split is the same
on every machine and never depends on the order of the corpus). Folds WORKING are the ones whose
errors may be read while developing (`scripts/eval --errors` lists only those); the others are
held out, and a change that helps the working folds but not the held-out ones is fitting.

For each fold it prints the scorer's detection F1, speaker-name accuracy and end-to-end F1
(SCORE_DIR holds the project's scorer, score.py). Then the reliability table: the predictions
that matched a gold quotation with a speaker, bucketed by their confidence, with the share
whose name is right; and, per rule, the same share. Confidence is a promise: 0.9 must mean right
nine times in ten or better on text the engine was not fitted to, so read the held-out column.
"""
import hashlib
import json
import sys
from collections import defaultdict

FOLDS = 5
WORKING = {0, 1, 2}
BUCKETS = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]


def fold_of(doc_id):
    return int(hashlib.sha1(str(doc_id).encode()).hexdigest(), 16) % FOLDS


def matched(score, doc, pred_quotes):
    """One-to-one matches between gold units and predictions, best overlap first (as the
    scorer matches), as (gold unit, prediction) pairs."""
    text = doc["text"]
    units = score.gold_units(doc)
    preds = []
    for q in pred_quotes:
        s, e = score.trim(text, q["start"], q["end"])
        if e > s:
            preds.append((s, e, q))
    cands = []
    for i, g in enumerate(units):
        gs, ge = g["span"]
        for j, (ps, pe, _) in enumerate(preds):
            inter = min(ge, pe) - max(gs, ps)
            if inter > 0 and inter / max(ge - gs, pe - ps) >= 0.5:
                cands.append((inter / max(ge - gs, pe - ps), i, j))
    cands.sort(reverse=True)
    used_g, used_p = set(), set()
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            yield units[i], preds[j][2]


def bucket(c):
    return max(b for b in BUCKETS if c >= b - 1e-6)


def main():
    score_dir, gold_path, pred_path = sys.argv[1:4]
    as_json = "--json" in sys.argv
    sys.path.insert(0, score_dir)
    import score

    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8")]
    preds = {}
    for line in open(pred_path, encoding="utf-8"):
        d = json.loads(line)
        preds[d["id"]] = d["quotes"]

    out = {"folds": [], "reliability": {}, "rules": {}}
    for f in range(FOLDS):
        docs = [d for d in gold if fold_of(d["id"]) == f]
        s = score.score(docs, {d["id"]: preds.get(d["id"], []) for d in docs})
        out["folds"].append({"fold": f, "working": f in WORKING, "docs": len(docs),
                             "detection": s["detection"]["F1"], "name": s["speaker"]["name"],
                             "mention": s["speaker"].get("mention"), "end_to_end": s["end_to_end"]["F1"]})

    rel = defaultdict(lambda: [0, 0, 0, 0])  # bucket -> working n, ok, held-out n, ok
    rules = defaultdict(lambda: [0, 0, 0, 0])
    for d in gold:
        side = 0 if fold_of(d["id"]) in WORKING else 2
        for g, p in matched(score, d, preds.get(d["id"], [])):
            if not g["speaker"] or p.get("confidence") is None:
                continue
            ok = score.same_speaker(g["speaker"], p.get("speaker"))
            for table, key in ((rel, bucket(p["confidence"])), (rules, p.get("rule", "?"))):
                table[key][side] += 1
                table[key][side + 1] += ok
    out["reliability"] = {str(k): v for k, v in sorted(rel.items())}
    out["rules"] = dict(sorted(rules.items()))
    if as_json:
        print(json.dumps(out))
        return

    def pct(n, ok):
        return f"{100 * ok / n:5.1f}% of {n:4d}" if n else "     —      "

    print("  fold  docs  detection  name  mention  end-to-end")
    for r in out["folds"]:
        tag = "working" if r["working"] else "held out"
        mention = f"{r['mention']:7}" if r["mention"] is not None else "      —"
        print(f"  {r['fold']} {tag:8} {r['docs']:4}  {r['detection']:9}  {r['name']:5}  {mention}  {r['end_to_end']:10}")
    print("  reliability: confidence ≥  | right (working folds) | right (held-out folds)")
    for k, (wn, wok, hn, hok) in out["reliability"].items():
        print(f"    {float(k):4.2f}                   | {pct(wn, wok)}       | {pct(hn, hok)}")
    for side, name in ((0, "working"), (2, "held-out")):
        n = sum(v[side] for k, v in out["reliability"].items() if float(k) >= 0.9)
        ok = sum(v[side + 1] for k, v in out["reliability"].items() if float(k) >= 0.9)
        print(f"    all at ≥ 0.9, {name} folds: {pct(n, ok)}")
    print("  by rule                    | right (working folds) | right (held-out folds)")
    for k, (wn, wok, hn, hok) in out["rules"].items():
        print(f"    {k:24} | {pct(wn, wok)}       | {pct(hn, hok)}")


if __name__ == "__main__":
    main()
