#!/bin/sh
# Records what Go gives for the folder programs named (multi/NAME/ each): copies the folder into a temporary
# directory, runs `go run` there with the package arguments of NAME.run (default: .) and the program arguments of
# NAME.args, and writes NAME.out and, for a non-zero status, NAME.code. A folder without go.mod is run outside
# module mode (GO111MODULE=off), where Go 1.19's `go run .` accepts a folder of package main. stderr is shown, for
# writing NAME.err by hand from it. NAME.code is the program's status: N when go run says "exit status N",
# else go run's own (2 for a compile error, 1 for a load error).
set -u
here=$(cd "$(dirname "$0")" && pwd)
for name in "$@"; do
    name=${name%/}
    tmp=$(mktemp -d)
    cp -R "$here/$name/." "$tmp/"
    run=.
    [ -f "$here/$name.run" ] && run=$(cat "$here/$name.run")
    args=
    [ -f "$here/$name.args" ] && args=$(cat "$here/$name.args")
    mode=on
    [ -f "$tmp/go.mod" ] || mode=off
    in=/dev/null
    [ -f "$here/$name.in" ] && in="$here/$name.in"
    # shellcheck disable=SC2086
    (cd "$tmp" && GO111MODULE=$mode go run $run $args <"$in" >"$here/$name.out" 2>"$tmp.err"); status=$?
    # go run says "exit status N" when the program exits N (a panic: 2); its own failures have its own status
    # (a compile error 2, a load error 1)
    code=$(sed -n 's/^exit status \([0-9]*\)$/\1/p' "$tmp.err" | tail -1)
    [ "$status" -ne 0 ] && [ -z "$code" ] && code=$status
    rm -f "$here/$name.code"
    [ -n "$code" ] && echo "$code" >"$here/$name.code"
    echo "== $name: status $status"; cat "$tmp.err"
    rm -rf "$tmp" "$tmp.err"
done
