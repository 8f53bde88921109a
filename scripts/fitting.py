"""What scripts/fit_confidence.py and scripts/fit_salience.py share: where things are, the
feature names a Rust module declares, the CLI's rows for each dev corpus, and writing named
weights back as Rust constants."""
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


def write_weights(path, header, names, weights, extra=()):
    """Writes one named constant a weight, any `extra` lines, and `WEIGHTS` in order."""
    lines = list(header) + [""]
    lines += [f"pub(super) const {rust_name(n)}: f32 = {v:.4f};" for n, v in zip(names, weights)]
    lines += [""] + list(extra) + ["/// The weights in the order of `super::FEATURES`.",
                                   f"pub(super) const WEIGHTS: [f32; {len(names)}] = ["]
    lines += [f"    {rust_name(n)}," for n in names] + ["];"]
    open(path, "w").write("\n".join(lines) + "\n")
    print(f"wrote {os.path.relpath(path, ROOT)}")
