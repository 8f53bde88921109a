#!/usr/bin/env python3
"""Fits what an epithet's fit adds to a candidate's salience, and writes those weights into the
core.

    python3 scripts/fit_epithets.py [--write]

An epithet (`the veteran`, `the Ohio Democrat`, `the 46-year-old`, `the nominee`) that names no
one outright stands for the candidate in focus (`Entities::in_focus`, src/entities.rs): each
mention in reach scores its salience (the pronoun model, src/salience.rs, fitted by
scripts/fit_salience.py) plus a weight for each way it fits the epithet: the same age
(`SAME_AGE`), the same party or place (`SAME_AFFILIATION`), the epithet's role (`SAME_ROLE`),
another role (`OTHER_ROLE`). This script fits those four as a conditional logit with the
salience score's coefficient held at 1: for each epithet that names the speaker of a quotation
matched to gold on the working folds of the dev corpora (folds as in scripts/folds.py), the
candidate mentions of the gold speaker against the others. It prints how often the top
candidate is right on the working and on the held-out folds, with the current weights and
with the fitted ones; with --write it rewrites the four constants in src/entities.rs. Needs
the CLI built with the `research` feature (done here, in target/research).
"""
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fitting  # noqa: E402
import folds  # noqa: E402

NAMES = ["SAME_AGE", "SAME_AFFILIATION", "SAME_ROLE", "OTHER_ROLE"]
L2S = [0.03, 0.3, 3.0]
SRC = os.path.join(fitting.ROOT, "src", "entities.rs")


def current_weights():
    src = open(SRC, encoding="utf-8").read()
    return [float(re.search(rf"^const {n}: f32 = (-?[0-9.]+);", src, re.M).group(1)) for n in NAMES]


def scores(w, xs):
    return [x[0] + sum(a * b for a, b in zip(w, x[1:])) for x in xs]


def top_right(rows, w):
    ok = 0
    for xs, right, _ in rows:
        s = scores(w, xs)
        best = max(range(len(xs)), key=lambda i: (s[i], -i))
        ok += right[best]
    return ok, len(rows)


def fit(rows, w0, l2):
    """Maximises Σ log P(a right candidate) − l2/2·|w − w0|² by gradient ascent, from `w0`."""
    w = list(w0)
    for _ in range(600):
        grad = [-l2 * (wi - vi) for wi, vi in zip(w, w0)]
        for xs, right, _ in rows:
            s = scores(w, xs)
            top = max(s)
            e = [math.exp(v - top) for v in s]
            z = sum(e)
            zr = sum(ei for ei, r in zip(e, right) if r)
            for i in range(len(w)):
                exp_all = sum(ei * x[i + 1] for ei, x in zip(e, xs)) / z
                exp_right = sum(ei * x[i + 1] for ei, x, r in zip(e, xs, right) if r) / zr
                grad[i] += exp_right - exp_all
        w = [wi + 0.2 * gi / max(len(rows), 1) for wi, gi in zip(w, grad)]
    return w


def main():
    w0 = current_weights()
    rows = fitting.choice_examples("epithets")
    train = [r for r in rows if r[2] in folds.WORKING]
    held = [r for r in rows if r[2] not in folds.WORKING]
    print(f"{len(train)} working-fold epithets with a choice to make, {len(held)} held out")
    cands = [c for xs, _, _ in train for c in xs]
    for i, name in enumerate(NAMES):
        print(f"  {name}: present in {sum(1 for c in cands if c[i + 1])} of {len(cands)} candidates")
    a, n = top_right(train, w0)
    b, m = top_right(held, w0)
    print(f"  current weights: top candidate right {a}/{n} working, {b}/{m} held out")
    cv = {}
    for l2 in L2S:
        cv[l2] = sum(top_right([r for r in train if r[2] == f],
                               fit([r for r in train if r[2] != f], w0, l2))[0]
                     for f in sorted(folds.WORKING))
        print(f"  L2 {l2}: {cv[l2]}/{len(train)} right, each working fold fitted on the others")
    l2 = max(L2S, key=lambda k: (cv[k], k))
    w = fit(train, w0, l2)
    a, n = top_right(train, w)
    b, m = top_right(held, w)
    print(f"  fitted weights (L2 {l2}): top candidate right {a}/{n} working, {b}/{m} held out")
    for k, v0, v in zip(NAMES, w0, w):
        print(f"    {k:18} {v0:+7.3f} -> {v:+7.3f}")
    if "--write" in sys.argv:
        src = open(SRC, encoding="utf-8").read()
        for k, v in zip(NAMES, w):
            src = re.sub(rf"^const {k}: f32 = -?[0-9.]+;", f"const {k}: f32 = {v:.4f};", src, flags=re.M)
        open(SRC, "w", encoding="utf-8").write(src)
        print(f"wrote {os.path.relpath(SRC, fitting.ROOT)}")


if __name__ == "__main__":
    main()
