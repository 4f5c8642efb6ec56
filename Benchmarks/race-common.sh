# Shared by race.sh and race-smaa.sh (sourced, not run): timing helpers and the peer's versions.
# Expects $work (a scratch folder) to be set before the functions are called.

# Prints "wall user" in seconds for one run of the command given as arguments (stdout to $out).
timed() {
  local out="$1"; shift
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
