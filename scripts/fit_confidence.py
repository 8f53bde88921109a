#!/usr/bin/env python3
"""Fits the confidence model and writes its weights into the core.

    python3 scripts/fit_confidence.py [--write]

Confidence is a promise: a quotation given 0.9 must have the right speaker nine times in ten or
better on articles the engine was not fitted to. The engine's confidence is a small logistic
model over evidence it can see in its own output (`src/calibrate.rs`: which rule decided, how
the speaker is mentioned, what kind of speaker, how fully named, how often they speak). This
script fits that model on the working folds of the dev corpora (GGT-dev and PolNeAR-names-dev,
folds as in scripts/folds.py), reports how it holds on the held-out folds, and with --write
rewrites src/calibrate/weights.rs.

Calibrated is not enough for the promise: a calibrated model's quotations at 0.9 or more are
right about as often as their mean confidence, and a little less on new text. So the shift is
lowered by a margin, the smallest for which the out-of-fold share right at 0.9 or more (scored
within the working folds, each by a model fitted on the others) has a one-sided 95% Wilson
lower bound of 95% (PROMISE).

The working folds are also where the rules were developed, so the engine is right more often
there than on new text, and a model fitted there is too sure of itself elsewhere: on 2026-12-07 a
refit had 97.2% right at 0.9 or more out of fold within the working folds and 93.3% on the
held-out folds. --write therefore refuses weights whose held-out share right at 0.9 or more is
under PROMISE (the gate every rule change passes too), and keeps the weights it has.

Training examples are the predictions that match a gold quotation with a speaker; the label is
whether the predicted name is the gold one (the scorer's lenient match). L2-regularised, fitted
by Newton's method (the model has a few weights; no numerical library needed).
"""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fitting  # noqa: E402
import folds  # noqa: E402
import score  # noqa: E402

L2 = 1.0
PROMISE = 0.95
OUT = os.path.join(fitting.ROOT, "src", "calibrate", "weights.rs")


def examples():
    """(features, right, fold) for each matched prediction with a gold speaker."""
    out = []
    for gold, rows in fitting.corpus_rows("--features"):
        for doc in gold:
            preds = rows.get(doc["id"], {}).get("quotes", [])
            for g, p in folds.matched(score, doc, preds):
                if g["speaker"] and p.get("features") and p.get("speaker"):
                    out.append((p["features"], score.same_speaker(g["speaker"], p["speaker"]),
                                folds.fold_of(doc["id"])))
    return out


def sigmoid(z):
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def solve(a, b):
    """Solves a·x = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def fit(rows):
    n = len(rows[0][0])
    w = [0.0] * n
    for _ in range(25):
        grad = [L2 * wi for wi in w]
        grad[0] -= L2 * w[0]  # the bias is not shrunk
        hess = [[(L2 if i == j and i else 0.0) for j in range(n)] for i in range(n)]
        for x, y, _ in rows:
            p = sigmoid(sum(a * b for a, b in zip(w, x)))
            for i in range(n):
                grad[i] += (p - y) * x[i]
                if x[i]:
                    for j in range(n):
                        hess[i][j] += p * (1 - p) * x[i] * x[j]
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def dot(w, x):
    return sum(a * b for a, b in zip(w, x))


def platt(rows, w):
    """Out-of-fold scaling: within the working folds, each fold is scored by a model fitted on
    the others; a one-variable logistic fit of the labels on those scores gives the scale and
    shift that undo the model's over-confidence on text it was not fitted to."""
    scored = []
    for f in sorted({r[2] for r in rows}):
        wf = fit([r for r in rows if r[2] != f])
        scored += [([1.0, dot(wf, x)], y, f) for x, y, f2 in rows if f2 == f]
    shift, scale = fit(scored)
    return scale, shift, scored


def wilson_lower(right, n, z=1.645):
    """The one-sided 95% lower bound of a share right of `right` out of `n`."""
    if n == 0:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def margin(scored, scale, shift):
    """The promise: of the quotations given 0.9 or more, at least PROMISE right on text the
    model was not fitted to. On the out-of-fold scores of the working folds, the smallest
    lowering of the shift whose share right at 0.9 or more has a lower bound of PROMISE."""
    delta = 0.0
    while delta > -4:
        hi = [y for (_, z), y, _ in scored if sigmoid(scale * z + shift + delta) >= 0.9]
        if wilson_lower(sum(hi), len(hi)) >= PROMISE:
            break
        delta -= 0.05
    return delta


def reliability(rows, w, label):
    buckets = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]
    table = {b: [0, 0] for b in buckets}
    for x, y, _ in rows:
        p = sigmoid(w(x))
        b = max(k for k in buckets if p >= k)
        table[b][0] += 1
        table[b][1] += y
    print(f"  {label}: confidence ≥ bucket → share right")
    for b in buckets:
        n, ok = table[b]
        print(f"    {b:4.2f}  {100 * ok / n:5.1f}% of {n}" if n else f"    {b:4.2f}  —")
    hi = [(x, y) for x, y, _ in rows if sigmoid(w(x)) >= 0.9]
    if hi:
        print(f"    all ≥ 0.90: {100 * sum(y for _, y in hi) / len(hi):.1f}% of {len(hi)}")


def main():
    names = fitting.feature_names("calibrate.rs")
    rows = examples()
    train = [r for r in rows if r[2] in folds.WORKING]
    held = [r for r in rows if r[2] not in folds.WORKING]
    w = fit(train)
    scale, shift, scored = platt(train, w)
    delta = margin(scored, scale, shift)
    print(f"fitted on {len(train)} working-fold predictions; {len(held)} held out")
    for n, v in zip(names, w):
        print(f"  {n:28} {v:+.3f}")
    print(f"  out-of-fold scale {scale:.3f}, shift {shift:+.3f}, margin {delta:+.2f}")
    shift += delta
    final = lambda x: scale * dot(w, x) + shift
    reliability(train, final, "working folds")
    reliability(held, final, "held-out folds")
    sure = [y for x, y, _ in held if sigmoid(final(x)) >= 0.9]
    kept = sum(sure) / len(sure) if sure else 1.0
    if "--write" in sys.argv and kept < PROMISE:
        print(f"not written: {100 * kept:.1f}% right at 0.9 or more on the held-out folds, "
              f"under {100 * PROMISE:.0f}%; {os.path.relpath(OUT, fitting.ROOT)} is unchanged")
    elif "--write" in sys.argv:
        fitting.write_weights(OUT, [
            "//! The confidence model's weights, one per piece of evidence (`super::FEATURES`).",
            "//! Written by `python3 scripts/fit_confidence.py --write` from the working folds of",
            "//! GGT-dev and PolNeAR-names-dev; do not edit by hand.",
        ], names, w, [
            "/// The out-of-fold correction, with the margin that keeps the promise at 0.9:",
            "/// confidence = σ(SCALE · Σ weights · features + SHIFT).",
            f"pub(super) const SCALE: f32 = {scale:.4f};",
            f"pub(super) const SHIFT: f32 = {shift:.4f};",
            "",
        ])


if __name__ == "__main__":
    main()
