#!/usr/bin/env bash
# JMH benchmarks of the runtime's concurrency paths (runtime/src/jmh/java, gosub.runtime.bench): channels,
# select, spawning, wake-ups, sync.Mutex and WaitGroup, each shaped like a program of bench/programs, at
# GOMAXPROCS 1 and 2. The runtime has no Truffle, so these measure it alone, on warm threads.
#
# Usage: bench/jmh.sh [JMH ARGS...]
#   bench/jmh.sh                               every benchmark, at P=1 and P=2
#   bench/jmh.sh chanPingPong -p procs=1       one benchmark (a regular expression), one P count
#   bench/jmh.sh -prof gc chanPingPong         with allocation per operation (gc.alloc.rate.norm, B/op)
#   bench/jmh.sh -f 3 -wi 5 -i 10              more forks and iterations (the defaults are 1 fork, 4 + 5 x 1 s)
#   bench/jmh.sh -h                            JMH's own options
#   bench/jmh.sh --main gosub.runtime.bench.ParkedHeap [N]   a plain main of the same source set instead of JMH
# Scores are ns per unit of the program (round trip, item, goroutine, lock, hop, ...): smaller is better.
# Builds with `mvn -Pjmh -pl runtime test-compile` first (Maven fetches JMH from Maven Central once).
# Honours MAVEN_OPTS (e.g. -Dmaven.repo.local=...) and JAVA_HOME (a JDK 25; else the one ./gosub finds).
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
  JAVA_HOME=$("$root/gosub" java-home)
fi
export JAVA_HOME
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

cd "$root"
cp_file=runtime/target/jmh-classpath.txt
mvn -q -Pjmh -pl runtime test-compile dependency:build-classpath \
  -Dmdep.outputFile=jmh-classpath.txt -Dmdep.includeScope=test >&2
# dependency:build-classpath writes relative to the module
[ -f runtime/jmh-classpath.txt ] && mv runtime/jmh-classpath.txt "$cp_file"

main=org.openjdk.jmh.Main
if [ "${1:-}" = --main ]; then
  main=$2
  shift 2
fi
exec "$JAVA_HOME/bin/java" --add-exports java.base/jdk.internal.vm=ALL-UNNAMED \
  -cp "runtime/target/jmh-classes:runtime/target/classes:$(cat "$cp_file")" \
  "$main" "$@"
