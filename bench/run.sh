#!/usr/bin/env bash
# Run the benchmark programs of bench/programs with ./gosub, check each output against NAME.out and
# compare the time with Go 1.19's (bench/go-reference.md).
#
# Usage: bench/run.sh [-n RUNS] [-t SECONDS] [-k DIR] [-i] [NAME...]
#   -n RUNS     runs per program; the time shown is their median (default 1)
#   -t SECONDS  time limit per run (default 120, or $BENCH_TIMEOUT)
#   -k DIR      keep each program's stdout and stderr as DIR/NAME.stdout, DIR/NAME.stderr
#   -i          interpreter only (GOSUB_INTERPRETER=1)
#   NAME...     only these programs (default: all)
# Environment: GOMAXPROCS is passed through; with GOMAXPROCS=2 a ratio to Go's GOMAXPROCS=2 time is added.
# Prints a Markdown table: program | status | gosub s | go s (P=1) | ratio [| go s (P=2) | ratio P=2],
# then the geometric mean of the ratios of the programs that passed.
# Exit status: 0 if every program printed its reference output.
set -uo pipefail

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
root=$(dirname "$here")
progdir=$here/programs
reference=$here/go-reference.md

runs=1
limit=${BENCH_TIMEOUT:-120}
keep=""
while getopts "n:t:k:ih" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    t) limit=$OPTARG ;;
    k) keep=$OPTARG ;;
    i) export GOSUB_INTERPRETER=1 ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))

if [ $# -gt 0 ]; then
  names=("$@")
else
  names=()
  for f in "$progdir"/*.go; do names+=("$(basename "$f" .go)"); done
fi

# Go's median seconds for NAME at GOMAXPROCS=$2 (1 or 2): the table's 3rd or 4th column
go_time() {
  awk -F'|' -v name="$1" -v p="$2" '
    { n = $2; gsub(/^[ \t]+|[ \t]+$/, "", n) }
    n == name { t = $(3 + p); gsub(/[ \t]/, "", t); print t; exit }' "$reference"
}

p2=0
[ "${GOMAXPROCS:-}" = 2 ] && p2=1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -n "$keep" ] && mkdir -p "$keep"

# build first (if needed), so that no program's time includes it
if ! "$root/gosub" version >"$tmp/version" 2>&1; then
  cat "$tmp/version" >&2
  exit 1
fi

echo "# gosub bench: $(head -n1 "$tmp/version")"
echo "# GOMAXPROCS=${GOMAXPROCS:-unset} runs=$runs timeout=${limit}s mode=$([ "${GOSUB_INTERPRETER:-0}" = 1 ] && echo interpreter || echo jit) $(date -u +%Y-%m-%dT%H:%M:%SZ) load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
if [ $p2 = 1 ]; then
  echo "| program | status | gosub s | go s (P=1) | ratio | go s (P=2) | ratio P=2 |"
  echo "|---|---|---:|---:|---:|---:|---:|"
else
  echo "| program | status | gosub s | go s (P=1) | ratio |"
  echo "|---|---|---:|---:|---:|"
fi

nok=0; nbad=0
ratios=(); ratios2=(); notes=()
for name in "${names[@]}"; do
  src=$progdir/$name.go
  ref=$progdir/$name.out
  if [ ! -f "$src" ] || [ ! -f "$ref" ]; then
    echo "| $name | MISSING | - | - | - |"
    nbad=$((nbad + 1))
    continue
  fi
  status=ok
  times=()
  for ((r = 0; r < runs; r++)); do
    start=$(date +%s%N)
    timeout -k 5 "$limit" "$root/gosub" run "$src" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
    rc=$?
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
    if [ -n "$keep" ]; then
      cp "$tmp/stdout" "$keep/$name.stdout"
      cp "$tmp/stderr" "$keep/$name.stderr"
    fi
    if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
      status=TIMEOUT
    elif [ $rc -ne 0 ]; then
      status="ERROR($rc)"
      notes+=("$name: $(grep -m1 . "$tmp/stderr" | cut -c1-160)")
    elif ! cmp -s "$tmp/stdout" "$ref"; then
      status=WRONG
      notes+=("$name: got $(head -c 160 "$tmp/stdout" | head -n1)")
    fi
    [ "$status" = ok ] || break
  done
  secs=$(printf '%s\n' "${times[@]}" | sort -n | awk '
    { t[NR] = $1 }
    END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.3f", m / 1000 }')
  g1=$(go_time "$name" 1); g2=$(go_time "$name" 2)
  ratio() { [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }' || echo -; }
  r1=$(ratio "$secs" "$g1"); r2=$(ratio "$secs" "$g2")
  if [ "$status" = ok ]; then
    nok=$((nok + 1))
    [ "$r1" != - ] && ratios+=("$r1")
    [ "$r2" != - ] && ratios2+=("$r2")
  else
    nbad=$((nbad + 1))
    [ "$status" = TIMEOUT ] && secs=">$limit"
    r1=-; r2=-
  fi
  if [ $p2 = 1 ]; then
    echo "| $name | $status | $secs | ${g1:--} | $r1 | ${g2:--} | $r2 |"
  else
    echo "| $name | $status | $secs | ${g1:--} | $r1 |"
  fi
done

geomean() { [ $# -gt 0 ] && printf '%s\n' "$@" | awk '{ s += log($1) } END { printf "%.2f", exp(s / NR) }' || echo -; }
echo
summary="$nok ok, $nbad not ok; geomean ratio to Go (P=1) over the ok programs: $(geomean "${ratios[@]}")"
[ $p2 = 1 ] && summary+="; to Go (P=2): $(geomean "${ratios2[@]}")"
echo "$summary"
for n in "${notes[@]}"; do echo "  $n"; done
[ $nbad = 0 ]
