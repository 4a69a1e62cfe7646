#!/usr/bin/env bash
# Counts the lines of the project's Go and Java sources that also occur, word for word, in Go's own source tree
# (GOROOT_SRC, by default /usr/lib/go/src, which `apt-get install golang-go` provides). gosub's code and comments
# are its own; APIs, tables and exact results are facts, so the count leaves out lines that cannot show copying:
# lines of 25 characters or fewer (after trimming), lines without a letter once numbers are taken out (data
# tables), and `func`/`type` declaration lines (an API's signatures are Go's by definition). A shared line counts
# once per file.
#
# Usage: .ci/same-as-go.sh [--list] [FILE_OR_DIR...]      (paths relative to the project; default: all of it)
# Prints "SHARED/COUNTED FILE" for each file with 5 or more shared lines, then "total: SHARED of COUNTED ...".
# With --list it prints "FILE: LINE" for every shared line it counts instead of the per-file summary, so the
# lines to rewrite can be found; the total line is the same.
set -euo pipefail
export LC_ALL=C

go_src=${GOROOT_SRC:-/usr/lib/go/src}
if [ ! -d "$go_src" ]; then
  echo "same-as-go: no Go source tree at $go_src (apt-get install golang-go, or set GOROOT_SRC)" >&2
  exit 2
fi
list=0
if [ "${1:-}" = --list ]; then
  list=1
  shift
fi
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- .

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# comparable() trims $0 and says whether the line is worth comparing; both passes below use it.
comparable='
  function comparable(   words) {
    sub(/^[[:space:]]+/, ""); sub(/[[:space:]]+$/, "")
    if (length($0) <= 25 || $0 ~ /^(func|type) /) return 0
    words = $0
    gsub(/0[xX][0-9a-fA-F_]+|[0-9][0-9_.eEpP+-]*/, "", words)
    return words ~ /[A-Za-z]/
  }'

find -L "$go_src" -name '*.go' -not -path '*/testdata/*' -print0 | xargs -0 cat \
  | awk "$comparable"' comparable() { print }' | sort -u > "$work/go"

find "$@" \( -name '*.go' -o -name '*.java' \) -not -path '*/target/*' -not -path '*/.git/*' | sort > "$work/ours"

awk -v go_lines="$work/go" -v our_files="$work/ours" -v list="$list" "$comparable"'
  BEGIN {
    while ((getline < go_lines) > 0) in_go[$0] = 1
    while ((getline file < our_files) > 0) {
      counted = 0; shared = 0; split("", seen)
      while ((getline < file) > 0) {
        if (!comparable()) continue
        counted++
        if (($0 in in_go) && !($0 in seen)) {
          seen[$0] = 1; shared++
          if (list) printf "%s: %s\n", file, $0
        }
      }
      close(file)
      if (!list && shared >= 5) printf "%d/%d %s\n", shared, counted, file
      total_shared += shared; total_counted += counted
    }
    printf "total: %d of %d counted lines are word for word in Go'"'"'s source\n", total_shared, total_counted
  }'
