"""What the fitting scripts (scripts/fit_confidence.py, fit_salience.py, fit_epithets.py) share:
where things are, the feature names a Rust module declares, the CLI's rows for each dev corpus,
the choices among candidates that name a matched speaker and the conditional logit fitted to
them, and writing named weights back as Rust constants."""
import json
import math
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("WHOSAID_SHARED", os.path.join(ROOT, "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "eval"))
CORPORA = ["ggt-dev", "polnear-names-dev"]


def feature_names(module):
    """The names in `pub const FEATURES: [&str; N] = [...]` of `src/<module>`."""
    src = open(os.path.join(ROOT, "src", module), encoding="utf-8").read()
    block = src[src.index("pub const FEATURES"):]
    block = block[block.index("[", block.index("=")) + 1:block.index("];")]
    return [s.strip().strip('"') for s in block.split(",") if s.strip()]


def rust_name(name):
    return name.upper().replace("-", "_").replace(" ", "_")


def corpus_rows(flag, research=False):
    """For each dev corpus: its gold documents and the CLI's JSONL rows with `flag`, by id."""
    target = ["--features", "research", "--target-dir", "target/research"] if research else []
    subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "whosaid-cli"] + target, cwd=ROOT,
                   check=True)
    binary = os.path.join(ROOT, "target", "research" if research else "", "release", "whosaid")
    for corpus in CORPORA:
        path = os.path.join(SHARED, "corpus", "dev", corpus + ".jsonl")
        run = subprocess.run([binary, "annotate", "--jsonl", flag, path], capture_output=True, text=True,
                             check=True)
        rows = {}
        for line in run.stdout.splitlines():
            d = json.loads(line)
            rows[d["id"]] = d
        yield [json.loads(line) for line in open(path, encoding="utf-8")], rows


def choice_examples(key):
    """(candidate features, which are right, fold) for each choice the engine weighed (`key`:
    "pronouns" or "epithets" of the CLI's --salience rows) whose words name the speaker of a
    quotation matched to gold, when some of its candidates are the gold speaker and some not."""
    import folds
    import score
    out = []
    for gold, rows in corpus_rows("--salience", research=True):
        for doc in gold:
            row = rows.get(doc["id"])
            if not row:
                continue
            by_start = {c["start"]: c["candidates"] for c in row.get(key, [])}
            seen = set()
            for g, p in folds.matched(score, doc, row["quotes"]):
                m = p.get("speaker_mention")
                if not g["speaker"] or not m or m[0] not in by_start or m[0] in seen:
                    continue
                seen.add(m[0])
                cands = by_start[m[0]]
                right = [score.same_speaker(g["speaker"], name) for name, _ in cands]
                if any(right) and not all(right):
                    out.append(([x for _, x in cands], right, folds.fold_of(doc["id"])))
    return out


# Candidate strengths of the L2 penalty for the choice models; the one that ranks best on each
# working fold left out in turn (fitted on the other two) is used.
L2S = [0.03, 0.3, 3.0]


def choice_scores(w, xs, offset):
    """Each candidate's score: its features weighed by `w`; with `offset`, its first value is a
    score of its own, added with a weight of 1 (the salience an epithet's fit adds to)."""
    if offset:
        return [x[0] + sum(a * b for a, b in zip(w, x[1:])) for x in xs]
    return [sum(a * b for a, b in zip(w, x)) for x in xs]


def top_right(rows, w, offset=False):
    """How many choices of `rows` (choice_examples) have a right candidate on top, and of how
    many."""
    ok = 0
    for xs, right, _ in rows:
        s = choice_scores(w, xs, offset)
        best = max(range(len(xs)), key=lambda i: (s[i], -i))
        ok += right[best]
    return ok, len(rows)


def fit_choices(rows, w0, l2, offset=False, center=None):
    """Fits a conditional logit by gradient ascent from `w0`: maximises Σ log P(a right
    candidate) − l2/2·|w − center|² (center 0 when None)."""
    center = [0.0] * len(w0) if center is None else center
    k = 1 if offset else 0
    w = list(w0)
    for _ in range(600):
        grad = [-l2 * (wi - ci) for wi, ci in zip(w, center)]
        for xs, right, _ in rows:
            s = choice_scores(w, xs, offset)
            top = max(s)
            e = [math.exp(v - top) for v in s]
            z = sum(e)
            zr = sum(ei for ei, r in zip(e, right) if r)
            for i in range(len(w)):
                exp_all = sum(ei * x[i + k] for ei, x in zip(e, xs)) / z
                exp_right = sum(ei * x[i + k] for ei, x, r in zip(e, xs, right) if r) / zr
                grad[i] += exp_right - exp_all
        w = [wi + 0.2 * gi / max(len(rows), 1) for wi, gi in zip(w, grad)]
    return w


def fit_choices_by_folds(train, held, w0, offset=False, center=None):
    """Picks the L2 strength by leaving out each working fold in turn, fits on all of `train`,
    prints each step (top candidate right, working and held out), and returns the weights."""
    import folds
    cv = {}
    for l2 in L2S:
        cv[l2] = sum(top_right([r for r in train if r[2] == f],
                               fit_choices([r for r in train if r[2] != f], w0, l2, offset, center),
                               offset)[0]
                     for f in sorted(folds.WORKING))
        print(f"  L2 {l2}: {cv[l2]}/{len(train)} right, each working fold fitted on the others")
    l2 = max(L2S, key=lambda k: (cv[k], k))
    w = fit_choices(train, w0, l2, offset, center)
    a, n = top_right(train, w, offset)
    b, m = top_right(held, w, offset)
    print(f"  fitted weights (L2 {l2}): top candidate right {a}/{n} working, {b}/{m} held out")
    return w


def write_weights(path, header, names, weights, extra=()):
    """Writes one named constant a weight, any `extra` lines, and `WEIGHTS` in order."""
    lines = list(header) + [""]
    lines += [f"pub(super) const {rust_name(n)}: f32 = {v:.4f};" for n, v in zip(names, weights)]
    lines += [""] + list(extra) + ["/// The weights in the order of `super::FEATURES`.",
                                   f"pub(super) const WEIGHTS: [f32; {len(names)}] = ["]
    lines += [f"    {rust_name(n)}," for n in names] + ["];"]
    open(path, "w").write("\n".join(lines) + "\n")
    print(f"wrote {os.path.relpath(path, ROOT)}")
