#!/usr/bin/env bash
# Run the benchmark programs of bench/programs with ./gosub, check each output against NAME.out and
# compare the time with Go 1.19's (bench/go-reference.md).
#
# Usage: bench/run.sh [-n RUNS] [-t SECONDS] [-k DIR] [-i] [-p N] [NAME...]
#   -n RUNS     runs per program; the time shown is their median (default 1)
#   -t SECONDS  time limit per run (default 120, or $BENCH_TIMEOUT)
#   -k DIR      keep each program's stdout and stderr as DIR/NAME.stdout, DIR/NAME.stderr
#   -i          interpreter only (GOSUB_INTERPRETER=1)
#   -p N        peak: main N times in one process (gosub run --repeat N), every output checked; the time is the
#               best iteration's, "at" the iteration that reached it (of the median run when RUNS > 1)
#   NAME...     only these programs (default: all)
# Environment: GOMAXPROCS is passed through; with GOMAXPROCS=2 a ratio to Go's GOMAXPROCS=2 time is added.
# Prints a Markdown table: program | status | gosub s | user s | go s (P=1) | ratio [| go s (P=2) | ratio P=2]
# (peak: | at | after gosub s), then the geometric mean of the ratios of the programs that passed. "user s" is the
# process's user CPU time (of the median run).
# Exit status: 0 if every program printed its reference output.
set -uo pipefail

usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
root=$(dirname "$here")
progdir=$here/programs
reference=$here/go-reference.md

runs=1
limit=${BENCH_TIMEOUT:-120}
keep=""
peak=0
while getopts "n:t:k:ip:h" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    t) limit=$OPTARG ;;
    k) keep=$OPTARG ;;
    i) export GOSUB_INTERPRETER=1 ;;
    p) peak=$OPTARG ;;
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
echo "# GOMAXPROCS=${GOMAXPROCS:-unset} runs=$runs timeout=${limit}s mode=$([ "${GOSUB_INTERPRETER:-0}" = 1 ] && echo interpreter || echo jit)$([ "$peak" -gt 0 ] && echo " peak of $peak iterations") $(date -u +%Y-%m-%dT%H:%M:%SZ) load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
header="| program | status | gosub s | user s | go s (P=1) | ratio |"
rule="|---|---|---:|---:|---:|---:|"
if [ $p2 = 1 ]; then header+=" go s (P=2) | ratio P=2 |"; rule+="---:|---:|"; fi
if [ "$peak" -gt 0 ]; then header+=" at |"; rule+="---:|"; fi
echo "$header"
echo "$rule"

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
  if [ "$peak" -gt 0 ]; then
    expected=$tmp/expected
    for ((i = 0; i < peak; i++)); do cat "$ref"; done >"$expected"
    command=("$root/gosub" run --repeat "$peak" "$src")
  else
    expected=$ref
    command=("$root/gosub" run "$src")
  fi
  for ((r = 0; r < runs; r++)); do
    start=$(date +%s%N)
    timeout -k 5 "$limit" /usr/bin/time -f '%U' -o "$tmp/cpu" "${command[@]}" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
    rc=$?
    end=$(date +%s%N)
    if [ "$peak" -gt 0 ]; then
      # the best iteration in milliseconds, a space, and its number
      best=$(sed -n 's/^gosub: iteration \([0-9]*\): \([0-9.]*\) s$/\2 \1/p' "$tmp/stderr" | sort -n | head -n1)
      times+=("$(awk -v b="${best:-0 0}" 'BEGIN { split(b, f, " "); printf "%d %d", f[1] * 1000, f[2] }') $(tail -n1 "$tmp/cpu")")
    else
      times+=("$(( (end - start) / 1000000 )) 0 $(tail -n1 "$tmp/cpu")")
    fi
    if [ -n "$keep" ]; then
      cp "$tmp/stdout" "$keep/$name.stdout"
      cp "$tmp/stderr" "$keep/$name.stderr"
    fi
    if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
      status=TIMEOUT
    elif [ $rc -ne 0 ]; then
      status="ERROR($rc)"
      notes+=("$name: $(grep -m1 . "$tmp/stderr" | cut -c1-160)")
    elif ! cmp -s "$tmp/stdout" "$expected"; then
      status=WRONG
      notes+=("$name: got $(head -c 160 "$tmp/stdout" | head -n1)")
    fi
    [ "$status" = ok ] || break
  done
  # the median run (the lower middle one of an even count): its milliseconds, iteration and user CPU seconds
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $0 } END { print t[int((NR + 1) / 2)] }')
  read -r ms at user <<<"$median"
  secs=$(awk -v m="$ms" 'BEGIN { printf "%.3f", m / 1000 }')
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
  row="| $name | $status | $secs | ${user:--} | ${g1:--} | $r1 |"
  [ $p2 = 1 ] && row+=" ${g2:--} | $r2 |"
  if [ "$peak" -gt 0 ]; then
    [ "$status" = ok ] || at=-
    row+=" $at |"
  fi
  echo "$row"
done

geomean() { [ $# -gt 0 ] && printf '%s\n' "$@" | awk '{ s += log($1) } END { printf "%.2f", exp(s / NR) }' || echo -; }
echo
summary="$nok ok, $nbad not ok; geomean ratio to Go (P=1) over the ok programs: $(geomean "${ratios[@]}")"
[ $p2 = 1 ] && summary+="; to Go (P=2): $(geomean "${ratios2[@]}")"
echo "$summary"
for n in "${notes[@]}"; do echo "  $n"; done
[ $nbad = 0 ]
