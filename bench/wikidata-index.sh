#!/usr/bin/env bash
# Benchmark of `index build --wikidata` (not a test): generates a synthetic Wikidata dump of N items (default
# 1,000,000) in the official format into WORKDIR (default target/bench), builds the index with a 2 GB heap cap and
# prints items/s, seconds per million items, the heap pools' peak, the index size and lookups/s. Figures:
# docs/benchmarks.md.   bench/wikidata-index.sh [N] [WORKDIR] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >&2
exec java ${BENCH_JAVA_OPTS:--Xmx2g -XX:+UseParallelGC} -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" \
  org.newsgraph.link.bench.WikidataBench "${1:-1000000}" "${2:-target/bench}" ${3:-}
