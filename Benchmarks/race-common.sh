# Shared by race.sh and race-smaa.sh (sourced, not run): timing helpers and the peer's versions.
# Expects $work (a scratch folder) to be set before the functions are called.

# Prints "wall user" in seconds for one run of the command given as arguments (stdout to $out).
# Dirty pages of earlier runs are flushed first (`sync`, not timed): otherwise the kernel writes
# back one run's output (up to 86 MB) during the next, which then pays for it.
timed() {
  local out="$1"; shift
  sync
  /usr/bin/time -f "%e %U" -o "$work/time" "$@" > "$out" 2> "$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  cat "$work/time"
}

# The median of the numbers on standard input, one per line.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# "numpy X, pandas Y, orjson Z" for the python3 on PATH (pandas and orjson when installed).
peer_versions() {
  python3 -c 'import numpy; print("numpy", numpy.__version__, end="")'
  python3 -c 'import pandas; print(", pandas", pandas.__version__, end="")' 2>/dev/null
  python3 -c 'import orjson; print(", orjson", orjson.__version__, end="")' 2>/dev/null
}

# Sets $peers to peers.py ($PEERS, default ../shared/tools/peers.py from the repository root) or
# exits 2 saying where it looked; $1 names the calling script.
find_peers() {
  peers="$(realpath -m "${PEERS:-../shared/tools/peers.py}")"
  [ -f "$peers" ] || { echo "$1: peers.py not found at $peers (set PEERS=path/to/peers.py)" >&2; exit 2; }
}

# Sets $MCDA, when not given, to the README's release build (`make release`) of repository $1.
release_mcda() {
  if [ -z "${MCDA:-}" ]; then
    make -C "$1" -s release >/dev/null
    MCDA="$1/.build/release/mcda"
  fi
}
