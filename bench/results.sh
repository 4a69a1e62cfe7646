#!/usr/bin/env bash
# Regenerate bench/RESULTS.md: every program of bench/programs timed three ways with GOMAXPROCS=2 and set against
# Go 1.19's GOMAXPROCS=2 median (bench/go-reference.md): the whole process (JIT, start-up included; median of RUNS
# runs), the whole process interpreter-only (one run), and peak (main ITERATIONS times in one process, the best
# iteration); then the geometric means for the CPU and the concurrency programs, hello world's wall time
# (hyperfine), a million goroutines against Go (bench/goroutines.sh), the programs yaegi runs within 15x of Go
# side by side with it (bench/compare.sh; skipped without yaegi), the date, the commit, the machine and its load at
# the start and at the end. Last, the speed issue's targets, each marked met or missed from these figures, with the
# analysis in bench/targets.md for each one missed.
#
# Usage: bench/results.sh [-n RUNS] [-p ITERATIONS] [-t SECONDS] [-T SECONDS] [-o FILE] [NAME...]
#   -n RUNS        whole-process runs per program (default 3)
#   -p ITERATIONS  iterations of the peak run (default 10)
#   -t SECONDS     time limit of a JIT run and of the peak run (default 300)
#   -T SECONDS     time limit of an interpreter-only run (default 120)
#   -o FILE        where to write (default bench/RESULTS.md; - for stdout)
#   -N NOTE        a line for the notes (e.g. what else loaded the machine)
#   NAME...        only these programs (default: all)
# Takes about 40 minutes on a quiet 2-core machine. Needs hyperfine and jq for hello world (skipped without).
set -uo pipefail

usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
root=$(dirname "$here")
runs=3; iterations=10; limit=300; ilimit=120; out=$here/RESULTS.md; note=""
while getopts "n:p:t:T:o:N:h" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    p) iterations=$OPTARG ;;
    t) limit=$OPTARG ;;
    T) ilimit=$OPTARG ;;
    o) out=$OPTARG ;;
    N) note=$OPTARG ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))

# the programs whose time is mostly goroutines, channels, locks and atomics; the others are the CPU programs
concurrency=" chan_pingpong chan_buffered_throughput goroutine_spawn prime_sieve_chain select_fanin worker_pool
 mutex_contention atomic_counter ring_of_goroutines parallel_sum "

export GOMAXPROCS=2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

load() { echo "$(cut -d' ' -f1-3 /proc/loadavg) ($(uptime | sed 's/.*up/up/'))"; }
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
load_start=$(load)
commit=$(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(cd "$root" && git status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo " (with uncommitted changes)")

# each pass keeps run.sh's table; a failed program is a row like any other
"$here/run.sh" -n "$runs" -t "$limit" "$@" >"$tmp/whole.md" 2>&1
GOSUB_INTERPRETER=1 "$here/run.sh" -n 1 -t "$ilimit" "$@" >"$tmp/interp.md" 2>&1
"$here/run.sh" -n 1 -p "$iterations" -t "$limit" "$@" >"$tmp/peak.md" 2>&1

# hello world: wall and user CPU seconds, median of 10 runs after 2 warm-ups
hello() {
  if ! command -v hyperfine >/dev/null || ! command -v jq >/dev/null; then echo "- | - | -"; return; fi
  hyperfine -N -w 2 -r 10 --export-json "$tmp/hello.json" "$@" >/dev/null 2>&1 || { echo "failed | - | -"; return; }
  jq -r '.results[0] | "\(.median * 1000 | round / 1000) | \(.min * 1000 | round / 1000) | \(.user * 1000 | round / 1000)"' "$tmp/hello.json"
}
hello_jit=$(hello "$root/gosub run $root/examples/hello.go")
hello_int=$(hello "env GOSUB_INTERPRETER=1 $root/gosub run $root/examples/hello.go")
if command -v go >/dev/null && go build -o "$tmp/hello" "$root/examples/hello.go" 2>/dev/null; then
  hello_go=$(hello "$tmp/hello")
else
  hello_go="- | - | -"
fi
# a million goroutines: time and memory against Go, heap per parked goroutine
"$here/goroutines.sh" -n "$runs" -t "$limit" >"$tmp/goroutines.md" 2>&1

# side by side with yaegi (Debian's `apt-get install yaegi`) on the programs it runs within 15x of Go (peers.md; on
# the others it takes 35 to 1300 times Go's time): for each, Go, yaegi, Go, then Go, gosub, Go
peer_names=(map_ops string_build chan_pingpong chan_buffered_throughput goroutine_spawn prime_sieve_chain select_fanin
            worker_pool ring_of_goroutines)
yaegi_ahead=""   # the programs yaegi ran faster, filled in by the report's table
if command -v yaegi >/dev/null; then
  for name in "${peer_names[@]}"; do
    "$here/compare.sh" -n 1 -t "$limit" 'yaegi run' "$name" | tail -n +2 >>"$tmp/yaegi.txt"
    "$here/compare.sh" -n 1 -t "$limit" "$root/gosub run" "$name" | tail -n +2 >>"$tmp/gosub-side.txt"
  done
fi

load_end=$(load)
finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# the cells of run.sh's row for NAME in table FILE: status, seconds, user seconds, ratio to Go at P=2, iteration
cells() {
  awk -F'|' -v name="$1" '
    function trim(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return s }
    trim($2) == name { print trim($3), trim($4), trim($5), trim($9), trim($10); exit }' "$2"
}
go2() { awk -F'|' -v name="$1" '{ n = $2; gsub(/^[ \t]+|[ \t]+$/, "", n) } n == name { t = $5; gsub(/[ \t]/, "", t); print t; exit }' "$here/go-reference.md"; }
geomean() { [ $# -gt 0 ] && printf '%s\n' "$@" | awk '{ s += log($1) } END { printf "%.2fx (%d programs)", exp(s / NR), NR }' || echo -; }

# The speed issue's targets, each marked from this run's figures; for each one missed, its analysis from
# bench/targets.md (the block after the line `<!-- KEY -->`).
number_geo() { printf '%s\n' "$@" | awk 'NF { s += log($1); n++ } END { if (n) printf "%.2f", exp(s / n); else print "-" }'; }
mark() { awk -v v="$1" -v lim="$2" 'BEGIN { if (v !~ /^[0-9]+(\.[0-9]*)?$/) print "not measured"; else if (v + 0 <= lim + 0) print "met"; else print "**missed**" }'; }
as_ratio() { case $1 in *[0-9]*) echo "${1}x" ;; *) echo - ;; esac; }   # a ratio as the table shows it
analysis() {   # without the blank lines around the block
  awk -v key="<!-- $1 -->" '$0 == key { on = 1; next } /^<!-- / { on = 0 } on && (n || NF) { line[++n] = $0 }
    END { while (n > 0 && line[n] == "") n--; for (i = 1; i <= n; i++) print line[i] }' "$here/targets.md"
}
targets() {
  local missed=()
  # shellcheck disable=SC2086
  local wc; wc=$(number_geo ${whole_r[CPU]:-})
  # shellcheck disable=SC2086
  local wn; wn=$(number_geo ${whole_r[conc]:-})
  # shellcheck disable=SC2086
  local pk; pk=$(number_geo ${peak_r[CPU]:-} ${peak_r[conc]:-})
  local pmax; pmax=$(printf '%s\n' "${peak_by_name[@]}" | sort -k2 -g | tail -n1)
  local hello_s=${hello_jit%% *}
  local ping=${whole_by_name[chan_pingpong]:--} sieve=${whole_by_name[prime_sieve_chain]:--}
  local mg_time mg_mem mg_heap slower=${yaegi_ahead:-}
  mg_time=$(awk -F'|' '/^\| wall s/ { gsub(/ /, "", $5); print $5 }' "$tmp/goroutines.md")
  mg_mem=$(awk -F'|' '/^\| max RSS/ { gsub(/ /, "", $5); print $5 }' "$tmp/goroutines.md")
  mg_heap=$(sed -n 's/.* MB, \([0-9]*\) bytes per goroutine.*/\1/p' "$tmp/goroutines.md")
  echo "## The speed issue's targets"
  echo
  echo "Each target of the speed issue against the figures above (ratios to Go's time; whole = whole process)."
  echo
  echo "| target | measured | |"
  echo "|---|---:|---|"
  row() { echo "| $1 | $2 | $3 |"; [ "$3" = "**missed**" ] && missed+=("$4"); }
  row "whole, CPU programs: geometric mean ≤ 5x" "$(as_ratio "$wc")" "$(mark "$wc" 5)" whole
  row "whole, concurrency programs: geometric mean ≤ 5x" "$(as_ratio "$wn")" "$(mark "$wn" 5)" whole
  row "peak: geometric mean ≤ 2x" "$(as_ratio "$pk")" "$(mark "$pk" 2)" peak
  if [ -n "$pmax" ]; then
    row "peak: no program above 4x" "${pmax#* }x (${pmax%% *})" "$(mark "${pmax#* }" 4)" peak
  else
    row "peak: no program above 4x" "-" "not measured" peak
  fi
  row "hello world ≤ 0.25 s (median, JIT)" "${hello_s} s" "$(mark "$hello_s" 0.25)" hello
  row "chan_pingpong whole ≤ 3x" "$(as_ratio "$ping")" "$(mark "$ping" 3)" channels
  row "prime_sieve_chain whole ≤ 2.2x" "$(as_ratio "$sieve")" "$(mark "$sieve" 2.2)" channels
  if [ -s "$tmp/yaegi.txt" ]; then
    row "faster than yaegi on every program side by side" "$([ -z "$slower" ] && echo none slower || echo "slower on:$slower")" \
        "$([ -z "$slower" ] && echo met || echo "**missed**")" yaegi
  else
    row "faster than yaegi on every program side by side" "-" "not measured" yaegi
  fi
  row "a million goroutines: time ≤ 1.5x Go" "$(as_ratio "${mg_time:--}")" "$(mark "${mg_time:--}" 1.5)" million
  row "a million goroutines: max RSS ≤ 1.5x Go" "$(as_ratio "${mg_mem:--}")" "$(mark "${mg_mem:--}" 1.5)" million
  row "heap per parked goroutine ≤ 1 KiB" "${mg_heap:--} bytes" "$(mark "${mg_heap:--}" 1024)" heap
  [ ${#missed[@]} -eq 0 ] && return
  echo
  echo "### Why the missed ones are missed, and what would close them"
  echo
  echo "(Written by hand in \`bench/targets.md\` from the profiles named there; the figures in it are from the day it"
  echo "names, the verdicts above from this run.)"
  local key seen=" "
  for key in "${missed[@]}"; do
    case "$seen" in *" $key "*) continue ;; esac
    seen+="$key "
    echo
    analysis "$key"
  done
}

if [ $# -gt 0 ]; then names=("$@"); else
  names=()
  for f in "$here"/programs/*.go; do names+=("$(basename "$f" .go)"); done
fi

{
  echo "# gosub benchmark results"
  echo
  echo "Generated by \`bench/results.sh\` ($runs whole-process runs, $iterations peak iterations). Do not edit by hand."
  echo
  echo "- Started $started, finished $finished; commit \`$commit\`$dirty."
  echo "- Machine: $(nproc) cores, $(sed -n 's/^model name[ \t]*: //p' /proc/cpuinfo | head -n1), $(uname -sr);" \
       "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM."
  echo "- Load average (1, 5, 15 min) at the start: $load_start; at the end: $load_end."
  echo "- $("$root/gosub" version 2>/dev/null | head -n1)"
  [ -n "$note" ] && echo "- $note"
  echo "- GOMAXPROCS=2 for gosub; each ratio is to Go 1.19's GOMAXPROCS=2 median in \`go-reference.md\`."
  echo
  echo "Columns: *whole* is the wall time of \`./gosub run\` with the JIT, start-up included (median of $runs;" \
       "*user* its user CPU seconds); *interp* the same interpreter-only (\`GOSUB_INTERPRETER=1\`, one run);" \
       "*peak* the best of $iterations iterations of the program in one process (\`gosub run --repeat\`:" \
       "packages initialised afresh and main called again each time, output checked every time), *at* the" \
       "iteration that reached it. A status other than ok (WRONG, ERROR, TIMEOUT) leaves the ratio out."
  echo
  echo "| program | kind | whole s | user s | whole/Go | interp s | interp/Go | peak s | at | peak/Go | Go s |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  declare -A whole_r interp_r peak_r whole_by_name peak_by_name
  for name in "${names[@]}"; do
    kind=CPU; case "$concurrency" in *" $name "*) kind=conc ;; esac
    read -r ws wsec wuser wratio _ <<<"$(cells "$name" "$tmp/whole.md")"
    read -r is isec _ iratio _ <<<"$(cells "$name" "$tmp/interp.md")"
    read -r ps psec _ pratio pat <<<"$(cells "$name" "$tmp/peak.md")"
    show() { if [ "$1" = ok ]; then echo "$2"; else echo "${1:-missing}"; fi; }
    [ "$ws" = ok ] && whole_r[$kind]+=" $wratio"
    [ "$is" = ok ] && interp_r[$kind]+=" $iratio"
    [ "$ps" = ok ] && peak_r[$kind]+=" $pratio"
    [ "$ws" = ok ] && whole_by_name[$name]=$wratio
    [ "$ps" = ok ] && peak_by_name[$name]="$name $pratio"
    echo "| $name | $kind | $(show "$ws" "$wsec") | ${wuser:--} | $(show "$ws" "$wratio") | $(show "$is" "$isec") |" \
         "$(show "$is" "$iratio") | $(show "$ps" "$psec") | $([ "$ps" = ok ] && echo "$pat" || echo -) |" \
         "$(show "$ps" "$pratio") | $(go2 "$name") |"
  done
  echo
  echo "Geometric means of the ratios to Go (programs with status ok):"
  echo
  echo "| kind | whole | interp | peak |"
  echo "|---|---:|---:|---:|"
  for kind in CPU conc; do
    # shellcheck disable=SC2086
    echo "| $kind | $(geomean ${whole_r[$kind]:-}) | $(geomean ${interp_r[$kind]:-}) | $(geomean ${peak_r[$kind]:-}) |"
  done
  # shellcheck disable=SC2086
  echo "| all | $(geomean ${whole_r[CPU]:-} ${whole_r[conc]:-}) | $(geomean ${interp_r[CPU]:-} ${interp_r[conc]:-}) | $(geomean ${peak_r[CPU]:-} ${peak_r[conc]:-}) |"
  echo
  echo "Hello world (\`examples/hello.go\`), hyperfine, 10 runs after 2 warm-ups:"
  echo
  echo "| how | median s | min s | user s (mean) |"
  echo "|---|---:|---:|---:|"
  echo "| \`./gosub run\` (JIT) | $hello_jit |"
  echo "| \`./gosub run\` interpreter-only | $hello_int |"
  echo "| Go 1.19 binary | $hello_go |"
  echo
  echo "## A million goroutines"
  echo
  cat "$tmp/goroutines.md"
  echo
  echo "## Side by side with yaegi"
  echo
  if [ -s "$tmp/yaegi.txt" ]; then
    echo "$(yaegi version 2>/dev/null | head -n1 | sed 's/^/yaegi /'): each program run as Go binary, yaegi, Go binary, then Go" \
         "binary, gosub, Go binary (\`bench/compare.sh -n 1\`); the ratio is to the median of the Go runs around it."
    echo
    echo "| program | yaegi s | yaegi/Go | gosub s | gosub/Go | faster |"
    echo "|---|---:|---:|---:|---:|---|"
    for name in "${peer_names[@]}"; do
      read -r _ ys _ yt yr <<<"$(awk -v n="$name" '$1 == n' "$tmp/yaegi.txt")"
      read -r _ gs _ gt gr <<<"$(awk -v n="$name" '$1 == n' "$tmp/gosub-side.txt")"
      # a failure counts for the other side
      faster=$(awk -v y="$yr" -v g="$gr" -v ys="$ys" -v gs="$gs" 'BEGIN {
        if (gs != "ok") print "yaegi (gosub " gs ")"; else if (ys != "ok") print "gosub (yaegi " ys ")";
        else print (g + 0 < y + 0) ? "gosub" : "yaegi" }')
      case $faster in gosub*) ;; *) yaegi_ahead+=" $name" ;; esac   # for the targets below
      echo "| $name | ${yt:--} | ${yr:--} | ${gt:--} | ${gr:--} | $faster |"
    done
  else
    echo "(skipped: yaegi is not installed; \`apt-get install yaegi\`)"
  fi
  echo
  targets
  echo
  echo "## The passes as run.sh printed them"
  for pass in whole interp peak; do
    echo
    echo '```'
    cat "$tmp/$pass.md"
    echo '```'
  done
} >"$tmp/results.md"

if [ "$out" = - ]; then cat "$tmp/results.md"; else cp "$tmp/results.md" "$out"; echo "wrote $out" >&2; fi
