#!/usr/bin/env bash
# `mcda smaa` against pandas + NumPy (`peers.py smaa`) on the same machine, in the same run.
#
#   Benchmarks/race-smaa.sh            (PEERS=path/to/peers.py; default ../shared/tools/peers.py beside the repository)
#
# Generates a ROWS × CRITERIA matrix with `peers.py generate` (seed 1), then runs
#   mcda smaa FILE --method wsm --normalization max --directions=+,-,… --samples SAMPLES --seed 1 --format json
#   peers.py smaa FILE (the same options)
# alternately REPS times each; checks that the two rank-acceptability matrices agree within
# Monte-Carlo error (the two use different random streams, so they are two independent estimates:
# max |Δb| ≤ 5·√(0.25/SAMPLES) + 1e-9, and it prints the largest difference in standard errors of the
# difference); prints the median wall and user times and the ratio peer/mcda (above 1: mcda faster).
#
# Environment: ROWS (default 1000), CRITERIA (6), SAMPLES (100000), REPS (3), THREADS (mcda's
# --threads, default 2; peers.py is NumPy on its default threads), MCDA (a built binary; default:
# `make release`, i.e. .build/release/mcda for this machine's CPU; PORTABLE=1 for the baseline build), WORK (scratch folder; default a fresh one under /tmp, removed at the end).
set -euo pipefail
# timed, median, peer_versions
source "$(dirname "$0")/race-common.sh"

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
peers="$(realpath -m "${PEERS:-../shared/tools/peers.py}")"
rows="${ROWS:-1000}"
criteria="${CRITERIA:-6}"
samples="${SAMPLES:-100000}"
reps="${REPS:-3}"
threads="${THREADS:-2}"
[ -f "$peers" ] || { echo "race-smaa.sh: peers.py not found at $peers (set PEERS=path/to/peers.py)" >&2; exit 2; }
python3 -c 'import numpy' 2>/dev/null || { echo "race-smaa.sh: peers.py needs numpy (python3 -m pip install numpy pandas orjson)" >&2; exit 2; }

if [ -z "${MCDA:-}" ]; then
  make -C "$root" -s release >/dev/null  # the README's release build (RELEASE_FLAGS in the Makefile)
  MCDA="$root/.build/release/mcda"
fi
work="${WORK:-$(mktemp -d /tmp/mcda-race-smaa.XXXXXX)}"
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

data="$work/matrix-${rows}x${criteria}.csv"
[ -s "$data" ] || python3 "$peers" generate --rows "$rows" --criteria "$criteria" --seed 1 > "$data"
signs=()
for ((j = 0; j < criteria; j++)); do if ((j % 2 == 0)); then signs+=("+"); else signs+=("-"); fi; done
directions="--directions=$(IFS=,; echo "${signs[*]}")"
options=("$directions" --normalization max --samples "$samples" --seed 1 --format json)

echo "race-smaa: $rows x $criteria, $samples samples, $reps runs each, alternating; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"
echo "mcda:  $MCDA (--threads $threads)"
echo "peers: $peers ($(peer_versions))"


mcda_cmd=("$MCDA" smaa "$data" --method wsm --threads "$threads" "${options[@]}")
peer_cmd=(python3 "$peers" smaa "$data" --method wsm "${options[@]}")
: > "$work/mcda.times"; : > "$work/peer.times"
for ((k = 1; k <= reps; k++)); do
  timed "$work/mcda.json" "${mcda_cmd[@]}" >> "$work/mcda.times"
  timed "$work/peer.json" "${peer_cmd[@]}" >> "$work/peer.times"
done

python3 - "$work/mcda.json" "$work/peer.json" "$samples" <<'EOF'
import json, sys
import numpy as np
def load(path):
    try:
        import orjson
        with open(path, "rb") as f: return orjson.loads(f.read())
    except ImportError:
        with open(path) as f: return json.load(f)
a, b, n = load(sys.argv[1]), load(sys.argv[2]), int(sys.argv[3])
if a["alternatives"] != b["alternatives"]:
    sys.exit("race-smaa.sh: the alternatives differ")
x, y = np.array(a["rankAcceptability"], dtype=float), np.array(b["rankAcceptability"], dtype=float)
if x.shape != y.shape:
    sys.exit("race-smaa.sh: rank-acceptability shapes differ: %s vs %s" % (x.shape, y.shape))
gap = np.abs(x - y)
limit = 5 * (0.25 / n) ** 0.5 + 1e-9
se = np.sqrt((x * (1 - x) + y * (1 - y)) / n)
z = np.where(se > 0, gap / np.where(se > 0, se, 1), np.where(gap > 0, np.inf, 0))
i, r = np.unravel_index(np.argmax(gap), gap.shape)
verdict = "agree" if gap.max() <= limit else "DIFFER"
print("rank acceptability (%d x %d): %s, max |db| = %.5f at (%s, rank %d) <= %.5f; max |db|/se = %.2f"
      % (x.shape[0], x.shape[1], verdict, gap.max(), a["alternatives"][i], r + 1, limit, z.max()))
if verdict != "agree":
    sys.exit(1)
EOF

mcda_wall="$(awk '{ print $1 }' "$work/mcda.times" | median)"; mcda_user="$(awk '{ print $2 }' "$work/mcda.times" | median)"
peer_wall="$(awk '{ print $1 }' "$work/peer.times" | median)"; peer_user="$(awk '{ print $2 }' "$work/peer.times" | median)"
echo "mcda smaa: wall $(tr '\n' ' ' < <(awk '{ print $1 }' "$work/mcda.times"))-> median ${mcda_wall} s (user ${mcda_user} s)"
echo "peers.py:  wall $(tr '\n' ' ' < <(awk '{ print $1 }' "$work/peer.times"))-> median ${peer_wall} s (user ${peer_user} s)"
awk -v p="$peer_wall" -v m="$mcda_wall" 'BEGIN { printf "peer / mcda (median wall): %.2fx\n", p / m }'
