"""What the fitting scripts (scripts/fit_confidence.py, fit_salience.py, fit_epithets.py) share:
where things are, the feature names a Rust module declares, the CLI's rows for each dev corpus,
the choices among candidates that name a matched speaker, and writing named weights back as
Rust constants."""
import json
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


def write_weights(path, header, names, weights, extra=()):
    """Writes one named constant a weight, any `extra` lines, and `WEIGHTS` in order."""
    lines = list(header) + [""]
    lines += [f"pub(super) const {rust_name(n)}: f32 = {v:.4f};" for n, v in zip(names, weights)]
    lines += [""] + list(extra) + ["/// The weights in the order of `super::FEATURES`.",
                                   f"pub(super) const WEIGHTS: [f32; {len(names)}] = ["]
    lines += [f"    {rust_name(n)}," for n in names] + ["];"]
    open(path, "w").write("\n".join(lines) + "\n")
    print(f"wrote {os.path.relpath(path, ROOT)}")
