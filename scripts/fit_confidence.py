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

Training examples are the predictions that match a gold quotation with a speaker; the label is
whether the predicted name is the gold one (the scorer's lenient match). L2-regularised, fitted
by Newton's method (the model has a few weights; no numerical library needed).
"""
import json
import math
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("WHOSAID_SHARED", os.path.join(ROOT, "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "eval"))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import folds  # noqa: E402
import score  # noqa: E402

CORPORA = ["ggt-dev", "polnear-names-dev"]
L2 = 1.0
OUT = os.path.join(ROOT, "src", "calibrate", "weights.rs")


def examples():
    """(features, right, working fold?) for each matched prediction with a gold speaker."""
    binary = os.path.join(ROOT, "target", "release", "whosaid")
    subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "whosaid-cli"], cwd=ROOT, check=True)
    src = open(os.path.join(ROOT, "src", "calibrate.rs"), encoding="utf-8").read()
    block = src[src.index("pub const FEATURES"):]
    block = block[block.index("[", block.index("=")) + 1:block.index("];")]
    names = [s.strip().strip('"') for s in block.split(",") if s.strip()]
    out = []
    for corpus in CORPORA:
        path = os.path.join(SHARED, "corpus", "dev", corpus + ".jsonl")
        run = subprocess.run([binary, "annotate", "--jsonl", "--features", path], capture_output=True,
                             text=True, check=True)
        preds = {}
        for line in run.stdout.splitlines():
            d = json.loads(line)
            preds[d["id"]] = d["quotes"]
        for line in open(path, encoding="utf-8"):
            doc = json.loads(line)
            fold = folds.fold_of(doc["id"])
            for g, p in folds.matched(score, doc, preds.get(doc["id"], [])):
                if g["speaker"] and p.get("features") and p.get("speaker"):
                    out.append((p["features"], score.same_speaker(g["speaker"], p["speaker"]), fold))
    return names, out


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
    return scale, shift


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


def rust_name(name):
    return name.upper().replace("-", "_").replace(" ", "_")


def main():
    names, rows = examples()
    train = [r for r in rows if r[2] in folds.WORKING]
    held = [r for r in rows if r[2] not in folds.WORKING]
    w = fit(train)
    scale, shift = platt(train, w)
    print(f"fitted on {len(train)} working-fold predictions; {len(held)} held out")
    for n, v in zip(names, w):
        print(f"  {n:28} {v:+.3f}")
    print(f"  out-of-fold scale {scale:.3f}, shift {shift:+.3f}")
    final = lambda x: scale * dot(w, x) + shift
    reliability(train, final, "working folds")
    reliability(held, final, "held-out folds")
    if "--write" in sys.argv:
        lines = [
            "//! The confidence model's weights, one per piece of evidence (`super::FEATURES`).",
            "//! Written by `python3 scripts/fit_confidence.py --write` from the working folds of",
            "//! GGT-dev and PolNeAR-names-dev; do not edit by hand.",
            "",
        ]
        for n, v in zip(names, w):
            lines.append(f"pub(super) const {rust_name(n)}: f32 = {v:.4f};")
        lines.append("")
        lines.append("/// The out-of-fold correction: confidence = σ(SCALE · Σ weights · features + SHIFT).")
        lines.append(f"pub(super) const SCALE: f32 = {scale:.4f};")
        lines.append(f"pub(super) const SHIFT: f32 = {shift:.4f};")
        lines.append("")
        lines.append("/// The weights in the order of `super::FEATURES`.")
        lines.append(f"pub(super) const WEIGHTS: [f32; {len(names)}] = [")
        for n in names:
            lines.append(f"    {rust_name(n)},")
        lines.append("];")
        open(OUT, "w").write("\n".join(lines) + "\n")
        print(f"wrote {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
