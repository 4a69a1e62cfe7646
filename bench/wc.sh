#!/usr/bin/env bash
# Counts a generated 10 MB text file with examples/wc.go, three ways, and prints the median wall time of each:
#   gosub run        ./gosub run examples/wc.go FILE
#   go run (cold)    go run with an empty build cache: compile, link and run, what a first `go run` costs
#   go run (warm)    go run with the build cache filled by the cold runs: link and run
# The three outputs must agree (the script fails otherwise). A measurement, not a test: the machine's load is
# printed with the figures. -a also runs the other ways of reading the file in bench/wc/: lines with a
# Scanner, words with ScanWords, runes with ReadRune, lines with ReadString and strings.Fields.
#
# Usage: bench/wc.sh [-a] [-n RUNS] [-s MEGABYTES]     (defaults: examples/wc.go only, 3 runs, 10 MB)
set -euo pipefail

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
runs=3
megabytes=10
all=false
while getopts "an:s:h" opt; do
  case $opt in
    a) all=true ;;
    n) runs=$OPTARG ;;
    s) megabytes=$OPTARG ;;
    *) usage ;;
  esac
done

here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
root=$(dirname "$here")
progs=("$root/examples/wc.go")
if $all; then progs+=("$here"/wc/*.go); fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# words of a few lengths, 0 to 14 of them a line; awk's own generator with a fixed seed, so every run counts
# the same text
awk -v bytes=$((megabytes * 1024 * 1024)) 'BEGIN {
  srand(8); split("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu x yz", w, " ")
  while (size < bytes) {
    n = int(rand() * 15); line = ""
    for (i = 0; i < n; i++) line = line (i ? " " : "") w[1 + int(rand() * 14)]
    print line; size += length(line) + 1
  }
}' > "$tmp/data.txt"

"$root/gosub" build >/dev/null

median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] / 1000 }'; }

# run LABEL CMD...: times RUNS runs of CMD, keeps the first output for the comparison
run() {
  local label=$1; shift
  local times=()
  for ((r = 0; r < runs; r++)); do
    [ "$label" = go-cold ] && rm -rf "$tmp/gocache"
    local start end
    start=$(date +%s%N)
    GOCACHE=$tmp/gocache "$@" > "$tmp/$label.out"
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | median
}

echo "# wc of $(stat -c %s "$tmp/data.txt") bytes, runs=$runs, $(date -u +%Y-%m-%dT%H:%M:%SZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| program | gosub run | go run, empty build cache | go run, warm build cache | output |"
echo "| --- | --- | --- | --- | --- |"
status=0
for prog in "${progs[@]}"; do
  name=${prog#"$root/"}
  g=$(run gosub "$root/gosub" run "$prog" "$tmp/data.txt")
  c=$(run go-cold go run "$prog" "$tmp/data.txt")
  w=$(run go-warm go run "$prog" "$tmp/data.txt")
  echo "| $name | $g | $c | $w | $(sed "s|$tmp/||" "$tmp/gosub.out") |"
  if ! cmp -s "$tmp/gosub.out" "$tmp/go-cold.out" || ! cmp -s "$tmp/gosub.out" "$tmp/go-warm.out"; then
    echo "$name: outputs differ: gosub '$(cat "$tmp/gosub.out")', go '$(cat "$tmp/go-cold.out")'" >&2
    status=1
  fi
done
exit $status
