#!/usr/bin/env bash
# Throughput of `whosaid annotate --jsonl` on a large batch, with 1 thread and with all cores.
# The batch is ../shared's dev corpora repeated five times (about 23 MB, 4,825 articles), or the
# seed articles repeated when ../shared is absent. Prints MB/s and peak memory for each run and
# checks that both runs wrote the same output.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --release -p whosaid-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/batch.jsonl" <<'PY'
import glob, json, os, sys
shared = sorted(glob.glob("../shared/corpus/dev/*-dev.jsonl"))
texts = []
for path in shared:
    if "names" in path:
        continue
    texts += [json.loads(line)["text"] for line in open(path)]
if not texts:
    texts = [open(p).read() for p in sorted(glob.glob("tests/fixtures/seeds/*.txt"))] * 400
with open(sys.argv[1], "w") as out:
    n = 0
    for _ in range(5):
        for t in texts:
            out.write(json.dumps({"id": n, "text": t}) + "\n")
            n += 1
print(f"batch: {n} documents, {os.path.getsize(sys.argv[1]) / 1e6:.1f} MB")
PY
size=$(stat -c %s "$tmp/batch.jsonl")
cores=$(nproc)
for jobs in 1 "$cores"; do
  /usr/bin/time -f "%e %M" -o "$tmp/time" \
    ./target/release/whosaid annotate --jsonl --quiet -j "$jobs" "$tmp/batch.jsonl" > "$tmp/out-$jobs"
  read -r secs kb < "$tmp/time"
  python3 -c "print(f'-j $jobs: {$secs:.2f} s, {$size / 1e6 / $secs:.1f} MB/s, peak memory {$kb / 1024:.0f} MB')"
done
cmp -s "$tmp/out-1" "$tmp/out-$cores" && echo "same output with 1 and $cores threads"
