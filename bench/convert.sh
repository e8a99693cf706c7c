#!/usr/bin/env bash
# Benchmark of metadata-only conversion (not a test): generates N articles of JSON Lines (default 100,000) in
# WORKDIR (default target/bench) and converts them to N-Quads, printing articles/s, quads/s and peak heap.
#   bench/convert.sh [N] [WORKDIR]
# Heap and cores are fixed to the targets: -Xmx512m, 2 processors (override with BENCH_JAVA_OPTS).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
work="${2:-target/bench}"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
exec java ${BENCH_JAVA_OPTS:--Xmx512m -XX:ActiveProcessorCount=2 -XX:+UseParallelGC} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.newsgraph.bench.ConvertBench "$n" "$work"
