#!/usr/bin/env bash
# Bounded loopback load test of the server: ARTICLES (default 20000) generated articles in a TDB2 store (built as
# bench/queries.sh builds it, reused from WORKDIR), served on 127.0.0.1 at a free port; CLIENTS (default 16) threads
# send saved-query and SPARQL requests for SECONDS (default 60); prints requests/s, p50/p95/p99 and errors.
# Only 127.0.0.1 traffic. Figures: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >&2
uptime >&2
java -Xmx${BENCH_HEAP:-6g} ${BENCH_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" \
  org.newsgraph.query.bench.ServerLoadBench "$@"
uptime >&2
