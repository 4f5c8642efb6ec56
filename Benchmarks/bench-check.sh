#!/usr/bin/env bash
# Instruction counts of `mcda` on fixed inputs against a committed baseline: a regression check
# that, unlike seconds, does not depend on what else the machine is doing.
#
#   Benchmarks/bench-check.sh            compare with Benchmarks/instructions.baseline (make bench-check)
#   Benchmarks/bench-check.sh --update   rewrite the baseline with this build's counts (make bench-baseline)
#
# Each case runs once under valgrind (cachegrind without cache simulation: "I refs", the
# instructions executed, program start-up and exit included) with one worker thread, so the count
# is the same from run to run (±0.01 %). A case fails when it executes more than THRESHOLD percent
# (default 5) more instructions than its baseline; the script exits 1 then.
#
# The build is the portable release build (baseline x86-64, static Swift runtime) in its own
# folder, .build/bench-check, because valgrind 3.19 decodes no AVX-512 (which `-target-cpu native`
# may emit) and its counts would otherwise depend on the CPU of the machine; the binary is
# stripped (valgrind 3.19 does not read DWARF 5). LAPACK is Debian's reference LAPACK, chosen with
# LD_LIBRARY_PATH whatever the system's alternative. Environment: MCDA (a built binary instead),
# THRESHOLD, BASELINE (another baseline file), WORK (scratch folder, default a fresh one under /tmp).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
baseline="${BASELINE:-$root/Benchmarks/instructions.baseline}"
threshold="${THRESHOLD:-5}"
update=""; [ "${1:-}" = "--update" ] && update=1
command -v valgrind >/dev/null || { echo "bench-check: needs valgrind (apt-get install valgrind)" >&2; exit 2; }

if [ -z "${MCDA:-}" ]; then
  echo "swift build -c release --product mcda --scratch-path .build/bench-check --static-swift-stdlib"
  set -o pipefail
  swift build -c release --product mcda --scratch-path .build/bench-check --static-swift-stdlib 2>&1 \
    | { grep -v "mktemp' is dangerous" || true; } | tail -1
  MCDA="$root/.build/bench-check/release/mcda"
fi
work="${WORK:-$(mktemp -d /tmp/mcda-bench-check.XXXXXX)}"
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
strip -o "$work/mcda" "$MCDA"
lib="/usr/lib/$(uname -m)-linux-gnu"
export LD_LIBRARY_PATH="$lib/lapack:$lib/blas" NO_COLOR=1 COLUMNS=100

# A decision matrix of ROWS × COLUMNS values in [1, 1000) with six decimals, from a Park–Miller
# generator (exact in awk's doubles, so every awk writes the same file).
matrix() {
  awk -v rows="$1" -v cols="$2" 'BEGIN {
    x = 1; printf "alternative"; for (j = 1; j <= cols; j++) printf ",c%d", j; printf "\n"
    for (i = 1; i <= rows; i++) {
      printf "a%d", i
      for (j = 1; j <= cols; j++) { x = (x * 16807) % 2147483647; printf ",%.6f", 1 + 999 * x / 2147483647 }
      printf "\n"
    } }'
}
matrix 10 4 > "$work/10x4.csv"
matrix 20000 8 > "$work/20000x8.csv"
matrix 200 6 > "$work/200x6.csv"

cases=(
  "startup-rank-topsis-10x4|rank $work/10x4.csv --method topsis --format json"
  "rank-topsis-20000x8-json|rank $work/20000x8.csv --method topsis --directions=+,-,+,-,+,-,+,- --format json"
  "rank-wsm-20000x8-json|rank $work/20000x8.csv --method wsm --normalization max --directions=+,-,+,-,+,-,+,- --format json"
  "smaa-wsm-200x6-5000-samples|smaa $work/200x6.csv --method wsm --normalization max --directions=+,-,+,-,+,- --samples 5000 --seed 1 --threads 1 --format json"
  "ahp-saaty2008-drinks|ahp Datasets/examples/saaty2008-drinks.csv --format json"
  "analyze-rafsanjan-2000-scenarios|analyze Datasets/rafsanjan-sister-cities --samples 2000 --threads 1 --format json"
)

count() {  # instructions of one run of `mcda ARGS…`
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$work/mcda" "$@" 2> "$work/valgrind" > /dev/null \
    || { tail -5 "$work/valgrind" >&2; echo "bench-check: mcda $* failed" >&2; exit 2; }
  awk '/I +refs:/ { gsub(",", "", $NF); print $NF }' "$work/valgrind"
}

status=0
: > "$work/counts"
printf '%-36s %15s %15s %9s\n' case baseline now change
for entry in "${cases[@]}"; do
  name="${entry%%|*}"; read -r -a args <<< "${entry#*|}"
  now="$(count "${args[@]}")"
  echo "$name $now" >> "$work/counts"
  old="$(awk -v n="$name" '$1 == n { print $2 }' "$baseline" 2>/dev/null || true)"
  if [ -z "$old" ]; then
    printf '%-36s %15s %15s %9s\n' "$name" "-" "$now" "new"
    continue
  fi
  verdict="$(awk -v a="$old" -v b="$now" -v t="$threshold" 'BEGIN {
    c = 100 * (b - a) / a; printf "%+8.2f%%%s", c, (c > t ? "  REGRESSION" : (c < -t ? "  (faster: update the baseline)" : "")) }')"
  printf '%-36s %15s %15s %s\n' "$name" "$old" "$now" "$verdict"
  case "$verdict" in *REGRESSION*) status=1 ;; esac
done

if [ -n "$update" ]; then
  {
    echo "# Instructions executed (valgrind cachegrind \"I refs\") by mcda on Benchmarks/bench-check.sh's fixed inputs."
    echo "# Build: portable release, static Swift runtime ($(swift --version 2>/dev/null | head -1 | sed 's/ (.*//')); LAPACK: Debian reference $(dpkg-query -W -f='${Version}' liblapack3 2>/dev/null || echo '?')."
    echo "# Written by \`make bench-baseline\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')."
    cat "$work/counts"
  } > "$baseline"
  echo "bench-check: wrote $baseline"
  exit 0
fi
[ "$status" = 0 ] && echo "bench-check: no case over +$threshold %" || echo "bench-check: a case regressed by more than $threshold % (see above)"
exit "$status"
