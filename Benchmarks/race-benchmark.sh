#!/usr/bin/env bash
# `mcda benchmark` against a NumPy loop over pymcdm doing the same study, on the same machine, in
# the same run.
#
#   Benchmarks/race-benchmark.sh      (PYTHON=a python3 with numpy, scipy and pymcdm 1.4.0)
#
# Runs alternately REPS times each
#   mcda benchmark --alternatives=A --criteria=C --problems P --methods=M --seed 1 --threads T --format json
#   $PYTHON Tests/Fixtures/benchmark/numpy_model.py grid (the same options)
# where numpy_model.py draws the same model with NumPy's generator (values uniform on [1, 10),
# Dirichlet(1, …, 1) weights, costs with probability 0.5), ranks with pymcdm 1.4.0 (TOPSIS vector,
# VIKOR v = 0.5, WSM linear, PROMETHEE II usual; validation=False), scipy's rankdata and pymcdm's
# correlations. The two use different random streams, so it checks that every mean r_w agrees
# within 5 standard errors of the difference, then prints the median wall and user times and the
# ratio peer/mcda (above 1: mcda faster).
#
# Environment: ALTERNATIVES (5,10,50), CRITERIA (3,5,8), PROBLEMS (1000), METHODS
# (topsis,vikor,wsm,promethee-ii), REPS (3), THREADS (mcda's --threads, default 2; the peer is one
# Python process), PYTHON (python3), MCDA (a built binary; default: `make release`), WORK (scratch
# folder; default a fresh one under /tmp, removed at the end).
set -euo pipefail
# timed, median
source "$(dirname "$0")/race-common.sh"

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
alternatives="${ALTERNATIVES:-5,10,50}"
criteria="${CRITERIA:-3,5,8}"
problems="${PROBLEMS:-1000}"
methods="${METHODS:-topsis,vikor,wsm,promethee-ii}"
reps="${REPS:-3}"
threads="${THREADS:-2}"
python="${PYTHON:-python3}"
peer="$root/Tests/Fixtures/benchmark/numpy_model.py"
"$python" -c 'import numpy, scipy, pymcdm' 2>/dev/null \
  || { echo "race-benchmark.sh: $python lacks numpy, scipy or pymcdm (set PYTHON=…; python3 -m pip install pymcdm==1.4.0 scipy)" >&2; exit 2; }

if [ -z "${MCDA:-}" ]; then
  make -C "$root" -s release >/dev/null  # the README's release build (RELEASE_FLAGS in the Makefile)
  MCDA="$root/.build/release/mcda"
fi
work="${WORK:-$(mktemp -d /tmp/mcda-race-benchmark.XXXXXX)}"
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

options=(--alternatives="$alternatives" --criteria="$criteria" --problems "$problems" --methods="$methods" --seed 1)
echo "race-benchmark: $alternatives alternatives x $criteria criteria, $problems problems per cell, $methods; $reps runs each, alternating; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"
echo "mcda: $MCDA (--threads $threads)"
echo "peer: $python $peer ($("$python" -c 'from importlib.metadata import version; import numpy, scipy; print("pymcdm", version("pymcdm"), "numpy", numpy.__version__, "scipy", scipy.__version__)'))"

mcda_cmd=("$MCDA" benchmark "${options[@]}" --threads "$threads" --format json)
peer_cmd=("$python" "$peer" grid "${options[@]}")
: > "$work/mcda.times"; : > "$work/peer.times"
for ((k = 1; k <= reps; k++)); do
  timed "$work/mcda.json" "${mcda_cmd[@]}" >> "$work/mcda.times"
  timed "$work/peer.json" "${peer_cmd[@]}" >> "$work/peer.times"
done

"$python" - "$work/mcda.json" "$work/peer.json" "$problems" <<'PY'
import json, sys
a, b, n = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), int(sys.argv[3])
worst, where = 0.0, ""
for x, y in zip(a["results"], b["results"]):
    assert (x["alternatives"], x["criteria"]) == (y["alternatives"], y["criteria"]), "cells differ"
    for p, q in zip(x["pairs"], y["pairs"]):
        assert (p["a"], p["b"]) == (q["a"], q["b"]), "pairs differ"
        s, t = p["weightedSpearman"], q["weightedSpearman"]
        se = ((s["sd"] ** 2 + t["sd"] ** 2) / n) ** 0.5
        z = abs(s["mean"] - t["mean"]) / se if se > 0 else 0.0
        if z > worst:
            worst, where = z, "%dx%d %s-%s: %.4f vs %.4f" % (x["alternatives"], x["criteria"], p["a"], p["b"], s["mean"], t["mean"])
print("mean r_w: largest difference %.2f standard errors (%s): %s" % (worst, where, "agree" if worst <= 5 else "DIFFER"))
PY

mcda_wall=$(cut -d' ' -f1 "$work/mcda.times" | median); mcda_user=$(cut -d' ' -f2 "$work/mcda.times" | median)
peer_wall=$(cut -d' ' -f1 "$work/peer.times" | median); peer_user=$(cut -d' ' -f2 "$work/peer.times" | median)
echo "mcda benchmark: wall ${mcda_wall} s, user ${mcda_user} s (medians of $reps)"
echo "NumPy + pymcdm: wall ${peer_wall} s, user ${peer_user} s"
awk -v p="$peer_wall" -v m="$mcda_wall" 'BEGIN { printf "peer / mcda (wall): %.1fx\n", p / m }'
