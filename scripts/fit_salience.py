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
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fitting  # noqa: E402
import folds  # noqa: E402

OUT = os.path.join(fitting.ROOT, "src", "salience", "weights.rs")


def current_weights(names):
    src = open(OUT, encoding="utf-8").read()
    value = {}
    for line in src.splitlines():
        if line.startswith("pub(super) const ") and ": f32 = " in line:
            k, v = line[len("pub(super) const "):].split(": f32 = ")
            value[k] = float(v.rstrip(";"))
    return [value[fitting.rust_name(n)] for n in names]


def main():
    names = fitting.feature_names("salience.rs")
    w0 = current_weights(names)
    rows = fitting.choice_examples("pronouns")
    train = [r for r in rows if r[2] in folds.WORKING]
    held = [r for r in rows if r[2] not in folds.WORKING]
    print(f"{len(train)} working-fold pronouns with a choice to make, {len(held)} held out")
    a, n = fitting.top_right(train, w0)
    b, m = fitting.top_right(held, w0)
    print(f"  current weights: top candidate right {a}/{n} working, {b}/{m} held out")
    w = fitting.fit_choices_by_folds(train, held, w0)
    for k, v0, v in zip(names, w0, w):
        print(f"    {k:38} {v0:+7.3f} -> {v:+7.3f}")
    if "--write" in sys.argv:
        fitting.write_weights(OUT, [
            "//! The salience model's weights, one per piece of evidence (`super::FEATURES`).",
            "//! Written by `python3 scripts/fit_salience.py --write`.",
        ], names, w)


if __name__ == "__main__":
    main()
