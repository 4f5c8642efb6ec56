#!/usr/bin/env bash
# The same answer on every machine (issue 17): `mcda analyze` of every bundled dataset, and `mcda
# ahp` of the bundled judgment files, under reference LAPACK and under OpenBLAS, compared.
#
#   .ci/lapack-builds.sh [path/to/mcda]          (default .build/debug/mcda)
#   FAST=1 .ci/lapack-builds.sh …                 (leaves out datasets whose weights make no LAPACK
#                                                  call: equal, given or objective weights; for CI's
#                                                  debug build, in which GeoNames takes minutes)
#
# Each run picks its library with LD_LIBRARY_PATH (Debian's lapack/ and blas/ folders, or
# openblas-pthread/), so the system's `update-alternatives` choice is never changed. When OpenBLAS
# is missing it is installed with apt-get (root only; when that is not possible the check is skipped with a note),
# and the alternatives chosen before are put back, because installing it makes OpenBLAS the default.
# Fails when a report (table, markdown) differs by a byte, when a JSON document differs in anything
# but the last digits of numbers (relative 1e-9), or when a run fails. Prints what differs.
set -euo pipefail
cd "$(dirname "$0")/.."
mcda="$(realpath "${1:-.build/debug/mcda}")"
triplet="$(uname -m)-linux-gnu"
lib="/usr/lib/$triplet"
reference="$lib/lapack:$lib/blas"
openblas="$lib/openblas-pthread"

if [ ! -e "$openblas/liblapack.so.3" ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "lapack-builds: skipped: OpenBLAS ($openblas) is not installed and apt-get as root is not available"
    exit 0
  fi
  chosen=()
  for name in liblapack.so.3 libblas.so.3; do
    link="/etc/alternatives/$name-$triplet"
    [ -e "$link" ] && chosen+=("$name-$triplet" "$(readlink -f "$link")")
  done
  export DEBIAN_FRONTEND=noninteractive
  installed=1
  apt-get install -y -qq libopenblas0-pthread >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get install -y -qq libopenblas0-pthread >/dev/null; } || installed=""
  for ((k = 0; k < ${#chosen[@]}; k += 2)); do update-alternatives --set "${chosen[k]}" "${chosen[k + 1]}" >/dev/null; done
  if [ -z "$installed" ] || [ ! -e "$openblas/liblapack.so.3" ]; then
    echo "lapack-builds: skipped: OpenBLAS (libopenblas0-pthread) could not be installed"
    exit 0
  fi
fi

library() { LD_LIBRARY_PATH="$1" ldd "$mcda" | awk '/liblapack\.so/ { print $3 }'; }
[ "$(library "$reference")" = "$lib/lapack/liblapack.so.3" ] || { echo "lapack-builds: reference LAPACK not found in $lib/lapack" >&2; exit 1; }
[ "$(library "$openblas")" = "$openblas/liblapack.so.3" ] || { echo "lapack-builds: OpenBLAS's LAPACK not picked up from $openblas" >&2; exit 1; }

work="$(mktemp -d /tmp/mcda-lapack-builds.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 COLUMNS=100
status=0
# compare NAME ARGS…: runs `mcda ARGS…` under both libraries.
compare() {
  local name="$1"; shift
  for side in reference openblas; do
    local path="$reference"; [ "$side" = openblas ] && path="$openblas"
    LD_LIBRARY_PATH="$path" "$mcda" "$@" > "$work/$name.$side" 2> "$work/$name.$side.err" \
      || { echo "lapack-builds: $name failed under $side:"; cat "$work/$name.$side.err"; status=1; return; }
  done
  python3 .ci/lapack-compare.py "$name" "$work/$name.reference" "$work/$name.openblas" || status=1
}
for manifest in Datasets/*/manifest.yaml Datasets/*/*/manifest.yaml; do
  [ -e "$manifest" ] || continue
  dir="$(dirname "$manifest")" name="$(basename "$(dirname "$manifest")")"
  if [ -n "${FAST:-}" ] && sed -n '/^weights:/,/^[^ #]/p' "$manifest" \
      | grep -qE '^ +method: *(equal|given|entropy|critic|standard-deviation) *$'; then
    echo "$name: left out (FAST=1; its weights make no LAPACK call)"
    continue
  fi
  compare "$name.json" analyze "$dir" --format json
  compare "$name.table" analyze "$dir"
  compare "$name.md" analyze "$dir" --format markdown
done
# A longer doubt run of the one AHP-weighted dataset: 100,000 scenarios, another seed.
compare "rafsanjan-100k.json" analyze Datasets/rafsanjan-sister-cities --samples 100000 --seed 7 --format json
for file in Datasets/examples/saaty2008-drinks.csv Datasets/*/*/hierarchy.yaml; do
  [ -e "$file" ] || continue
  compare "ahp-$(basename "$(dirname "$file")")-$(basename "$file").json" ahp "$file" --format json
done
[ "$status" = 0 ] && echo "lapack-builds: the same verdicts, shares and ranks with reference LAPACK and OpenBLAS"
exit "$status"
