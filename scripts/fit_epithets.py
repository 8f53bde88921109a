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
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fitting  # noqa: E402
import folds  # noqa: E402

NAMES = ["SAME_AGE", "SAME_AFFILIATION", "SAME_ROLE", "OTHER_ROLE"]
SRC = os.path.join(fitting.ROOT, "src", "entities.rs")


def current_weights():
    src = open(SRC, encoding="utf-8").read()
    return [float(re.search(rf"^const {n}: f32 = (-?[0-9.]+);", src, re.M).group(1)) for n in NAMES]


def main():
    w0 = current_weights()
    rows = fitting.choice_examples("epithets")
    train = [r for r in rows if r[2] in folds.WORKING]
    held = [r for r in rows if r[2] not in folds.WORKING]
    print(f"{len(train)} working-fold epithets with a choice to make, {len(held)} held out")
    cands = [c for xs, _, _ in train for c in xs]
    for i, name in enumerate(NAMES):
        print(f"  {name}: present in {sum(1 for c in cands if c[i + 1])} of {len(cands)} candidates")
    a, n = fitting.top_right(train, w0, offset=True)
    b, m = fitting.top_right(held, w0, offset=True)
    print(f"  current weights: top candidate right {a}/{n} working, {b}/{m} held out")
    w = fitting.fit_choices_by_folds(train, held, w0, offset=True, center=w0)
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
