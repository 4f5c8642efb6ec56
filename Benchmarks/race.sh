#!/usr/bin/env bash
# mcda against pandas + NumPy on the same machine, in the same run.
#
#   Benchmarks/race.sh [PATH/TO/peers.py]        (default: ../shared/tools/peers.py beside the repository)
#
# Generates a ROWS × 8 decision matrix with peers.py (seed 1), then for each job (TOPSIS with vector
# normalisation; WSM with max normalisation) runs `mcda rank … --format json` and `peers.py rank`
# alternately REPS times each, checks that both give the same ranks, and prints the median wall and
# user times and the ratio peer/mcda (above 1: mcda is faster).
#
# Environment: ROWS (default 1000000), REPS (default 5), MCDA (a built binary; default: builds
# .build/release/mcda with `make release`: for this machine's CPU, PORTABLE=1 for the baseline), WORK (scratch folder; default a fresh one under /tmp, removed at the end).
# When peers.py does not implement WSM, the WSM peer is the few lines of pandas + NumPy below
# (written to WORK/peer_wsm.py), which read, normalise, score and write JSON the way peers.py does,
# and the output says so.
set -euo pipefail
# timed, median, peer_versions
source "$(dirname "$0")/race-common.sh"

root="$(cd "$(dirname "$0")/.." && pwd)"
peers="$(realpath -m "${1:-$root/../shared/tools/peers.py}")"
rows="${ROWS:-1000000}"
reps="${REPS:-5}"
[ -f "$peers" ] || { echo "race.sh: peers.py not found at $peers (give its path as the first argument)" >&2; exit 2; }
python3 -c 'import numpy' 2>/dev/null || { echo "race.sh: peers.py needs numpy (python3 -m pip install numpy pandas orjson)" >&2; exit 2; }

if [ -z "${MCDA:-}" ]; then
  make -C "$root" -s release >/dev/null  # the README's release build (RELEASE_FLAGS in the Makefile)
  MCDA="$root/.build/release/mcda"
fi
work="${WORK:-$(mktemp -d /tmp/mcda-race.XXXXXX)}"
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

data="$work/matrix-${rows}x8.csv"
[ -s "$data" ] || python3 "$peers" generate --rows "$rows" --criteria 8 --seed 1 > "$data"
weights="--weights=0.125,0.125,0.125,0.125,0.125,0.125,0.125,0.125"
directions="--directions=+,-,+,-,+,-,+,-"

echo "race: $rows x 8 ($(du -h "$data" | cut -f1)), $reps runs each, alternating; $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "mcda:  $MCDA"
echo "peers: $peers ($(peer_versions))"


race() {
  local job="$1" method="$2" normalization="$3"
  local mcda_cmd=("$MCDA" rank "$data" --method "$method" "$weights" "$directions" --normalization "$normalization" --format json)
  local peer_cmd=(python3 "$peers" rank "$data" --method "$method" "$weights" "$directions" --normalization "$normalization")
  if ! python3 "${peer_cmd[@]:1}" > "$work/peer.json" 2> "$work/stderr"; then
    [ "$method" = wsm ] || { echo "$job: skipped, peers.py does not run it: $(tail -1 "$work/stderr")"; return 0; }
    echo "$job: peers.py does not run it ($(tail -1 "$work/stderr")); peer: race.sh's pandas + NumPy WSM"
    write_wsm_peer
    peer_cmd=(python3 "$work/peer_wsm.py" "$data" "$weights" "$directions" --normalization "$normalization")
    python3 "${peer_cmd[@]:1}" > "$work/peer.json"
  fi
  : > "$work/mcda.times"; : > "$work/peer.times"
  for ((k = 1; k <= reps; k++)); do
    timed "$work/mcda.json" "${mcda_cmd[@]}" >> "$work/mcda.times"
    timed "$work/peer.json" "${peer_cmd[@]}" >> "$work/peer.times"
  done
  local agree
  agree="$(python3 - "$work/mcda.json" "$work/peer.json" <<'EOF'
import json, sys
def load(path):
    try:
        import orjson
        with open(path, "rb") as f: return orjson.loads(f.read())
    except ImportError:
        with open(path) as f: return json.load(f)
a, b = load(sys.argv[1]), load(sys.argv[2])
same_names = a["alternatives"] == b["alternatives"]
diff = sum(1 for x, y in zip(a["ranks"], b["ranks"]) if x != y) + abs(len(a["ranks"]) - len(b["ranks"]))
gap = max(abs(x - y) for x, y in zip(a["scores"], b["scores"]))
print("ranks agree" if same_names and diff == 0 else "RANKS DIFFER (%d of %d)" % (diff, len(a["ranks"])),
      "| max score difference %.1e" % gap)
sys.exit(0 if same_names and diff == 0 else 1)
EOF
)" || status=1
  local mw mu pw pu
  mw="$(cut -d' ' -f1 "$work/mcda.times" | median)"; mu="$(cut -d' ' -f2 "$work/mcda.times" | median)"
  pw="$(cut -d' ' -f1 "$work/peer.times" | median)"; pu="$(cut -d' ' -f2 "$work/peer.times" | median)"
  printf '%s: mcda %.2f s wall (%.2f s user) | peers %.2f s wall (%.2f s user) | peer/mcda wall %.2fx | %s\n' \
    "$job" "$mw" "$mu" "$pw" "$pu" "$(awk -v p="$pw" -v m="$mw" 'BEGIN { print p / m }')" "$agree"
  echo "  mcda runs (wall user): $(tr '\n' ';' < "$work/mcda.times")"
  echo "  peer runs (wall user): $(tr '\n' ';' < "$work/peer.times")"
}

# The WSM peer: pandas reads, NumPy scores (max normalisation: x/max, cost 1 − x/max), orjson
# writes, as in peers.py's TOPSIS.
write_wsm_peer() {
  cat > "$work/peer_wsm.py" <<'EOF'
import sys
import numpy as np
import pandas as pd
try:
    import orjson
except ImportError:
    orjson = None
path, args = sys.argv[1], dict(a.lstrip("-").split("=", 1) for a in sys.argv[2:] if "=" in a)
df = pd.read_csv(path, index_col=0)
X = df.to_numpy(dtype=float)
w = np.array([float(v) for v in args["weights"].split(",")])
t = np.array([1 if d.strip() in ("+", "benefit", "max") else -1 for d in args["directions"].split(",")])
hi = X.max(axis=0)
R = np.where(t == 1, X / hi, 1 - X / hi)
s = (R * w).sum(axis=1)
order = np.argsort(-s, kind="stable")
r = np.empty(len(s))
r[order] = np.arange(1, len(s) + 1)
doc = {"method": "wsm", "alternatives": list(df.index.astype(str)), "scores": s, "ranks": r}
if orjson is not None:
    sys.stdout.buffer.write(orjson.dumps(doc, option=orjson.OPT_SERIALIZE_NUMPY) + b"\n")
else:
    import json
    print(json.dumps(doc, default=lambda a: a.tolist()))
EOF
}

status=0
race "topsis (vector)" topsis vector
race "wsm (max)" wsm max
exit "$status"
