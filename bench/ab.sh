#!/usr/bin/env bash
# Time two gosub checkouts against each other on the benchmark programs, run for run (a, b, a, b, ...), so that a
# change of load slows both alike: the check that a change made no benchmark slower. Whole-process wall time of
# `gosub run` (start-up and JIT warm-up included, as a user sees it), GOMAXPROCS=2. Prints per program the median
# seconds of each side, their user CPU seconds, and b/a; then the geometric mean of b/a. A run whose output differs
# from the program's .out is WRONG and leaves its program out of the mean.
#
# Usage: bench/ab.sh [-n RUNS] [-t SECONDS] [-m MODE] A_DIR B_DIR [NAME...]
#   A_DIR, B_DIR  two built checkouts (each has ./gosub); B is usually the newer
#   -n RUNS       pairs of runs per program (default 3)
#   -t SECONDS    time limit of one run (default 300)
#   -m MODE       jit (default) or int (GOSUB_INTERPRETER=1)
#   NAME...       only these programs of B_DIR/bench/programs (default: all)
set -u

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

runs=3
limit=300
mode=jit
while getopts "n:t:m:h" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    t) limit=$OPTARG ;;
    m) mode=$OPTARG ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 2 ] || usage
a=$(cd "$1" && pwd)
b=$(cd "$2" && pwd)
shift 2
progdir=$b/bench/programs
if [ $# -gt 0 ]; then names=("$@"); else
  names=()
  for f in "$progdir"/*.go; do names+=("$(basename "$f" .go)"); done
fi
interp=0
[ "$mode" = int ] && interp=1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOMAXPROCS=2

median() { sort -n | awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.2f", m }'; }

# one DIR PROGRAM: runs it once; appends "wall user" seconds to $tmp/times, or returns non-zero
one() {
  local dir=$1 src=$2 ref=${2%.go}.out
  ( cd "$dir" && GOSUB_INTERPRETER=$interp /usr/bin/time -f '%e %U' -o "$tmp/time" \
      timeout -k 5 "$limit" ./gosub run "$src" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null ) || return 1
  cmp -s "$tmp/stdout" "$ref" || return 2
  cat "$tmp/time"
}

"$a/gosub" build >/dev/null && "$b/gosub" build >/dev/null || { echo "ab.sh: a build failed" >&2; exit 1; }
echo "# A: $a ($(git -C "$a" log -1 --format=%h 2>/dev/null)); B: $b ($(git -C "$b" log -1 --format=%h 2>/dev/null))"
echo "# mode=$mode runs=$runs GOMAXPROCS=2 $(date -u +%Y-%m-%dT%H:%M:%SZ) load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| program | A s | B s | A user s | B user s | B/A |"
echo "|---|---:|---:|---:|---:|---:|"
logsum=0
count=0
for name in "${names[@]}"; do
  src=$progdir/$name.go
  : >"$tmp/a"; : >"$tmp/b"
  status=ok
  for ((r = 0; r < runs; r++)); do
    out=$(one "$a" "$src") || { status="A $( [ $? = 2 ] && echo WRONG || echo ERROR)"; break; }
    echo "$out" >>"$tmp/a"
    out=$(one "$b" "$src") || { status="B $( [ $? = 2 ] && echo WRONG || echo ERROR)"; break; }
    echo "$out" >>"$tmp/b"
  done
  if [ "$status" != ok ]; then
    echo "| $name | $status | | | | |"
    continue
  fi
  aw=$(cut -d' ' -f1 "$tmp/a" | median); bw=$(cut -d' ' -f1 "$tmp/b" | median)
  au=$(cut -d' ' -f2 "$tmp/a" | median); bu=$(cut -d' ' -f2 "$tmp/b" | median)
  ratio=$(awk -v x="$bw" -v y="$aw" 'BEGIN { printf "%.2f", x / y }')
  logsum=$(awk -v s="$logsum" -v r="$ratio" 'BEGIN { print s + log(r) }')
  count=$((count + 1))
  echo "| $name | $aw | $bw | $au | $bu | $ratio |"
done
[ "$count" -gt 0 ] && awk -v s="$logsum" -v n="$count" 'BEGIN { printf "\ngeometric mean of B/A over %d programs: %.3f\n", n, exp(s / n) }'
echo "# finished $(date -u +%Y-%m-%dT%H:%M:%SZ) load: $(cut -d' ' -f1-3 /proc/loadavg)"
