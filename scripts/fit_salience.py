#!/usr/bin/env python3
"""Fits the salience model (who a pronoun stands for) and writes its weights into the core.

    python3 scripts/fit_salience.py [--write]

The engine resolves `he`, `she`, `they` by scoring each candidate named before the pronoun
(`src/salience.rs`: how many sentences back, subject or object, the last speaker, just
introduced, of unknown gender...). This script fits those weights as a conditional logit: for
each pronoun that names the speaker of a quotation matched to gold on the working folds of the
dev corpora (GGT-dev and PolNeAR-names-dev, folds as in scripts/folds.py), the candidates whose
name is the gold speaker's against the others. It prints how often the top candidate is right
on the working and on the held-out folds, with the current weights and with the fitted ones,
and with --write rewrites src/salience/weights.rs. Needs the CLI built with the `research`
feature (done here, in target/research).
"""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fitting  # noqa: E402
import folds  # noqa: E402

# Candidate strengths of the L2 penalty; the one that ranks best on each working fold left out
# in turn (fitted on the other two) is used.
L2S = [0.03, 0.3, 3.0]
OUT = os.path.join(fitting.ROOT, "src", "salience", "weights.rs")


def current_weights(names):
    src = open(OUT, encoding="utf-8").read()
    value = {}
    for line in src.splitlines():
        if line.startswith("pub(super) const ") and ": f32 = " in line:
            k, v = line[len("pub(super) const "):].split(": f32 = ")
            value[k] = float(v.rstrip(";"))
    return [value[fitting.rust_name(n)] for n in names]


def dot(w, x):
    return sum(a * b for a, b in zip(w, x))


def top_right(rows, w):
    ok = 0
    for xs, right, _ in rows:
        scores = [dot(w, x) for x in xs]
        best = max(range(len(xs)), key=lambda i: (scores[i], -i))
        ok += right[best]
    return ok, len(rows)


def fit(rows, w0, l2):
    """Maximises Σ log P(a right candidate) − l2/2·|w|² by gradient ascent, from `w0`."""
    w = list(w0)
    n = len(w)
    rate = 0.2
    for _ in range(600):
        grad = [-l2 * wi for wi in w]
        for xs, right, _ in rows:
            scores = [dot(w, x) for x in xs]
            top = max(scores)
            e = [math.exp(s - top) for s in scores]
            z = sum(e)
            zr = sum(ei for ei, r in zip(e, right) if r)
            for i in range(n):
                exp_all = sum(ei * x[i] for ei, x in zip(e, xs)) / z
                exp_right = sum(ei * x[i] for ei, x, r in zip(e, xs, right) if r) / zr
                grad[i] += exp_right - exp_all
        w = [wi + rate * gi / len(rows) for wi, gi in zip(w, grad)]
    return w


def main():
    names = fitting.feature_names("salience.rs")
    w0 = current_weights(names)
    rows = fitting.choice_examples("pronouns")
    train = [r for r in rows if r[2] in folds.WORKING]
    held = [r for r in rows if r[2] not in folds.WORKING]
    print(f"{len(train)} working-fold pronouns with a choice to make, {len(held)} held out")
    for label, w in (("current", w0),):
        a, n = top_right(train, w)
        b, m = top_right(held, w)
        print(f"  {label} weights: top candidate right {a}/{n} working, {b}/{m} held out")
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
    for k, v0, v in zip(names, w0, w):
        print(f"    {k:38} {v0:+7.3f} -> {v:+7.3f}")
    if "--write" in sys.argv:
        fitting.write_weights(OUT, [
            "//! The salience model's weights, one per piece of evidence (`super::FEATURES`).",
            "//! Written by `python3 scripts/fit_salience.py --write`.",
        ], names, w)


if __name__ == "__main__":
    main()
