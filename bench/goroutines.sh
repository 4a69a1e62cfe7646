#!/usr/bin/env bash
# A million goroutines: examples/million_goroutines.go under gosub against its Go binary (wall seconds and
# maximum resident memory, the median of RUNS runs each, run alternately), and gosub's live heap per parked
# goroutine: the class histogram (a full collection first) of bench/goroutines/parked.go, taken while its
# million goroutines wait on a channel, divided by a million, with the classes that take the most.
# Prints markdown tables. Needs GNU time (/usr/bin/time) and go; the histogram needs jcmd (the run-time image's,
# else the JDK's).
#
# Usage: bench/goroutines.sh [-n RUNS] [-t SECONDS]
#   -n RUNS      runs of each side (default 3)
#   -t SECONDS   time limit of one run (default 300)
set -uo pipefail

usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
root=$(dirname "$here")
runs=3; limit=300
while getopts "n:t:h" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    t) limit=$OPTARG ;;
    *) usage ;;
  esac
done
N=1000000

tmp=$(mktemp -d)
trap 'exec 8>&- 2>/dev/null; rm -rf "$tmp"' EXIT
export GOMAXPROCS=${GOMAXPROCS:-2}
prog=$root/examples/million_goroutines.go

if [ ! -x /usr/bin/time ] || ! command -v go >/dev/null; then
  echo "(skipped: needs /usr/bin/time and go)"
  exit 0
fi
go build -o "$tmp/million" "$prog" || exit 1
"$root/gosub" version >/dev/null 2>&1 || exit 1   # builds gosub first if it has to, outside the timed runs

# one timed run: "seconds kilobytes" on stdout, or "FAILED"
timed() {
  if timeout -k 5 "$limit" /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null \
      && grep -q "^goroutines: $N " "$tmp/out"; then
    cat "$tmp/time"
  else
    echo FAILED
  fi
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: >"$tmp/gosub"; : >"$tmp/go"
for ((r = 0; r < runs; r++)); do
  timed "$tmp/million" >>"$tmp/go"
  timed "$root/gosub" run "$prog" >>"$tmp/gosub"
done
col() { grep -v FAILED "$1" | awk -v c="$2" '{ print $c }' | median; }
gs=$(col "$tmp/gosub" 1); gk=$(col "$tmp/gosub" 2); os=$(col "$tmp/go" 1); ok=$(col "$tmp/go" 2)
failed=$(grep -c FAILED "$tmp/gosub")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }
mb() { awk -v k="$1" 'BEGIN { if (k == "-") print "-"; else printf "%.0f", k / 1024 }'; }

echo "| $N goroutines (\`examples/million_goroutines.go\`) | gosub | Go binary | gosub / Go |"
echo "|---|---:|---:|---:|"
echo "| wall s, median of $runs | $gs | $os | $(ratio "$gs" "$os") |"
echo "| max RSS MB, median of $runs | $(mb "$gk") | $(mb "$ok") | $(ratio "$gk" "$ok") |"
[ "$failed" -gt 0 ] && echo "| gosub runs that failed | $failed | | |"

# the histogram: the program waits on stdin (a fifo held open here) once every goroutine is about to park
jcmd=$root/launcher/target/jdk/bin/jcmd
[ -x "$jcmd" ] || jcmd=$("$root/gosub" java-home)/bin/jcmd
mkfifo "$tmp/in"
"$root/gosub" run "$here/goroutines/parked.go" <"$tmp/in" >"$tmp/parked.out" 2>&1 &
pid=$!
exec 8>"$tmp/in"
for ((i = 0; i < limit * 10; i++)); do
  grep -q '^parked' "$tmp/parked.out" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
sleep 1   # the last goroutines to report reach their receive
if grep -q '^parked' "$tmp/parked.out" && "$jcmd" "$pid" GC.class_histogram >"$tmp/hist" 2>&1; then
  echo >&8
  exec 8>&-
  wait "$pid"
  total=$(awk '$1 == "Total" { print $3 }' "$tmp/hist")
  echo
  echo "Live heap with the $N goroutines of \`bench/goroutines/parked.go\` parked (\`jcmd GC.class_histogram\`):" \
       "$(awk -v t="$total" -v n="$N" 'BEGIN { printf "%.1f MB, %.0f bytes per goroutine", t / 1048576, t / n }')." \
       "The classes with at least half a million instances:"
  echo
  echo "| class | instances | bytes per goroutine |"
  echo "|---|---:|---:|"
  awk -v n="$N" '$1 ~ /^[0-9]+:$/ && $2 >= n / 2 { printf "| `%s` | %d | %.0f |\n", $4, $2, $3 / n }' "$tmp/hist"
else
  exec 8>&-
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  echo
  echo "(no class histogram: $(grep -m1 . "$tmp/hist" 2>/dev/null || head -c 200 "$tmp/parked.out"))"
fi
