#!/usr/bin/env bash
# Saved-query latency benchmark: generates ARTICLES (default 100000) synthetic articles as N-Quads, loads them with
# TDB2's phased loader into WORKDIR (default: a temp dir), builds the text index, and prints p50/p95 per query.
# Re-running with the same WORKDIR reuses the loaded store. Figures: docs/bench-queries.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >&2
exec java -Xmx${BENCH_HEAP:-6g} -XX:+UseParallelGC ${BENCH_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" \
  org.newsgraph.query.bench.QueryBench "$@"
