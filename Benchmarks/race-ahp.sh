#!/usr/bin/env bash
# `mcda analyze` under AHP judgment doubt against batched `numpy.linalg.eig` (`peers.py ahp-doubt`)
# on the same machine, in the same run (issue 16's third race).
#
#   Benchmarks/race-ahp.sh            (PEERS=path/to/peers.py; default ../shared/tools/peers.py)
#
# Writes a dataset of 9 criteria (AHP judgments: the Saaty-scale values nearest to wᵢ/wⱼ for
# w = 9, 8, …, 1, so every judgment can move both ways) and 5 alternatives, analysed with TOPSIS
# under SAMPLES judgment scenarios (seed 1), and the same judgments as the CSV `peers.py ahp-doubt`
# reads. Then runs `mcda analyze DIR --format json` and `peers.py ahp-doubt judgments.csv --samples
# SAMPLES --seed 1` alternately REPS times each and prints median wall and user times and the ratio
# peer/mcda. mcda does the whole analysis (weights, TOPSIS, 100,000 scenarios with one Perron
# eigenpair each, ranks, sensitivity, JSON); the peer only the eigenvectors and their quantiles.
#
# Environment: SAMPLES (default 100000), REPS (5), THREADS (mcda's --threads, default 2), MCDA (a
# built binary; default `make release`), WORK (scratch folder; default a fresh one, removed at the end).
set -euo pipefail
# timed, median, peer_versions, find_peers, release_mcda
source "$(dirname "$0")/race-common.sh"

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
find_peers race-ahp.sh
release_mcda "$root"
samples="${SAMPLES:-100000}" reps="${REPS:-5}" threads="${THREADS:-2}"
work="${WORK:-$(mktemp -d /tmp/mcda-race-ahp.XXXXXX)}"
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/dataset/criteria"

python3 - "$work" "$samples" <<'PY'
import sys
work, samples = sys.argv[1], int(sys.argv[2])
scale = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9]
names = ["s1/9", "s1/8", "s1/7", "s1/6", "s1/5", "s1/4", "s1/3", "s1/2", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
import math
w = list(range(9, 0, -1))
crit = ["c%d" % (i + 1) for i in range(9)]
alts = ["a%d" % (i + 1) for i in range(5)]
def nearest(x):
    k = min(range(17), key=lambda k: abs(math.log(scale[k] / x)))
    return k
judgments, rows = [], [[1.0] * 9 for _ in range(9)]
for i in range(9):
    for j in range(i + 1, 9):
        k = nearest(w[i] / w[j])
        text = names[k][1:] if names[k].startswith("s") else names[k]
        judgments.append("    - [%s, %s, \"%s\"]" % (crit[i], crit[j], text))
        rows[i][j], rows[j][i] = text, ("1/" + text if "/" not in text else text.split("/")[1]) if text != "1" else "1"
with open(work + "/judgments.csv", "w") as f:
    f.write("," + ",".join(crit) + "\n")
    for i in range(9):
        f.write(crit[i] + "," + ",".join(str(rows[i][j]) if i != j else "1" for j in range(9)) + "\n")
with open(work + "/dataset/manifest.yaml", "w") as f:
    f.write("format: mcda-dataset/1\ntitle: AHP race\ngoal: Rank five alternatives on nine AHP-weighted criteria.\n"
            "alternatives: alternatives.csv\nweights:\n  method: ahp\n  judgments:\n" + "\n".join(judgments) +
            "\n  priority: eigenvector\n  randomIndex: saaty1980\n  assumption: Generated for the race.\n"
            "analysis:\n  methods: [topsis]\n  normalization: vector\n  missing: error\n"
            "  smaa: { samples: %d, seed: 1 }\n" % samples)
with open(work + "/dataset/alternatives.csv", "w") as f:
    f.write("id,name\n" + "".join("%s,Alternative %d\n" % (a, i + 1) for i, a in enumerate(alts)))
x = 1
for j, c in enumerate(crit):
    with open(work + "/dataset/criteria/%s.yaml" % c, "w") as f:
        f.write("id: %s\nname: Criterion %d\ndirection: %s\nscale: linear\nunit: points\n"
                "sources:\n  - generated\nvalues:\n" % (c, j + 1, "benefit" if j % 2 == 0 else "cost"))
        for a in alts:
            x = x * 16807 % 2147483647
            f.write("  %s: %.3f\n" % (a, 1 + 99 * x / 2147483647))
PY

echo "race-ahp: 9 criteria (AHP), 5 alternatives, TOPSIS, $samples judgment scenarios; $reps runs each, alternating; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"
echo "mcda:  $MCDA (--threads $threads)"
echo "peers: $peers ($(peer_versions))"
mcda_cmd=("$MCDA" analyze "$work/dataset" --threads "$threads" --format json)
peer_cmd=(python3 "$peers" ahp-doubt "$work/judgments.csv" --samples "$samples" --seed 1)
: > "$work/mcda.times"; : > "$work/peer.times"
for ((k = 1; k <= reps; k++)); do
  timed "$work/mcda.json" "${mcda_cmd[@]}" >> "$work/mcda.times"
  timed "$work/peer.json" "${peer_cmd[@]}" >> "$work/peer.times"
done
python3 - "$work/mcda.json" "$work/peer.json" <<'PY'
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
w = a["weights"]["values"]
gap = max(abs(x - y) for x, y in zip(w, b["mean"]))
print("weights: mcda base %s; peer mean of the scenarios %s (largest gap %.3f: the base weights against the scenarios' mean)"
      % (", ".join("%.3f" % x for x in w), ", ".join("%.3f" % x for x in b["mean"]), gap))
PY
mw="$(cut -d' ' -f1 "$work/mcda.times" | median)"; mu="$(cut -d' ' -f2 "$work/mcda.times" | median)"
pw="$(cut -d' ' -f1 "$work/peer.times" | median)"; pu="$(cut -d' ' -f2 "$work/peer.times" | median)"
echo "mcda analyze: wall $(tr '\n' ' ' < <(cut -d' ' -f1 "$work/mcda.times"))-> median $mw s (user $mu s)"
echo "peers.py ahp-doubt: wall $(tr '\n' ' ' < <(cut -d' ' -f1 "$work/peer.times"))-> median $pw s (user $pu s)"
awk -v p="$pw" -v m="$mw" 'BEGIN { printf "peer / mcda (median wall): %.2fx\n", p / m }'
