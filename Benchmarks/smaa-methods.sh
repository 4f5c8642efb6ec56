#!/usr/bin/env bash
# The SMAA time of every method of the catalogue on one problem: 100 alternatives × 6 criteria,
# 10,000 samples (weights uniform), seed 1, 2 threads.
#
#   Benchmarks/smaa-methods.sh         (REPS=3 runs per method, the median is printed)
#
# The matrix is generated here (Python's random with seed 1): column scales 1 … 10⁴, values
# between 0.1 and 10 times the scale (all positive, as some methods need), directions
# +,-,+,+,-,+. Each method runs with its defaults, except ELECTRE III (thresholds of 5 %, 15 %
# and 50 % of each column's range, so that its fuzzy outranking is exercised):
#   mcda smaa FILE --method M --directions=+,-,+,+,-,+ --samples 10000 --seed 1 --threads 2 --format json
# Prints one Markdown row per method: name, median wall seconds, min and max.
#
# Environment: MCDA (a built binary; default: `make release`, i.e. .build/release/mcda),
# REPS (3), SAMPLES (10000), METHODS (comma-separated; default every method `mcda help rank` lists).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ -z "${MCDA:-}" ]; then
  make -C "$root" -s release >/dev/null
  MCDA="$root/.build/release/mcda"
fi
reps="${REPS:-3}"
samples="${SAMPLES:-10000}"
work="$(mktemp -d /tmp/mcda-smaa-methods.XXXXXX)"
trap 'rm -rf "$work"' EXIT
data="$work/matrix-100x6.csv"
python3 - "$data" <<'PY'
import random, sys
rng = random.Random(1)
scales = [10 ** rng.uniform(0, 4) for _ in range(6)]
with open(sys.argv[1], "w") as f:
    f.write("alternative," + ",".join(f"c{j + 1}" for j in range(6)) + "\n")
    for i in range(100):
        f.write(f"a{i + 1}," + ",".join(repr(s * rng.uniform(0.1, 10)) for s in scales) + "\n")
PY
electre="$(python3 - "$data" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1])))[1:]
cols = list(zip(*[[float(v) for v in r[1:]] for r in rows]))
span = [max(c) - min(c) for c in cols]
print(" ".join("--" + name + "=" + ",".join(repr(f * s) for s in span)
               for name, f in [("indifference", 0.05), ("preference-threshold", 0.15), ("veto", 0.5)]))
PY
)"
if [ -n "${METHODS:-}" ]; then
  methods="${METHODS//,/ }"
else
  methods="$("$MCDA" help rank | sed -n 's/^  \([a-z][a-z0-9-]*\): .*/\1/p' | tr '\n' ' ')"
fi
echo "| method | median s | min s | max s |"
echo "|---|---:|---:|---:|"
for m in $methods; do
  extra=()
  [ "$m" = electre-iii ] && read -r -a extra <<< "$electre"
  times=()
  for _ in $(seq "$reps"); do
    start=$(date +%s.%N)
    if ! "$MCDA" smaa "$data" --method "$m" --directions=+,-,+,+,-,+ --samples "$samples" --seed 1 --threads 2 \
         "${extra[@]}" --format json > "$work/out.json" 2> "$work/err.txt"; then
      echo "| \`$m\` | failed: $(head -c 200 "$work/err.txt" | tr '\n' ' ') | | |"
      continue 2
    fi
    end=$(date +%s.%N)
    times+=("$(python3 -c "print(f'{$end - $start:.3f}')")")
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "| \`$m\` | ${sorted[$(( ${#sorted[@]} / 2 ))]} | ${sorted[0]} | ${sorted[-1]} |"
done
