#!/usr/bin/env bash
# WARC reading benchmark (not a test): writes a crawl-like .warc.gz of PAGES pages (default 10,000: request, HTML page,
# image, some 404s and redirects; about 0.7 GB of records, 0.3 GB gzipped) into WORKDIR (default target/bench) and
# reads it as `convert -f jsonl` does, with a 256 MB heap to show that the archive streams. Prints pages/s, MB/s and
# the peak heap. Run it under the benchmark lock: flock /tmp/ng-bench.lock bench/warc.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
exec java ${BENCH_JAVA_OPTS:--Xmx256m -XX:ActiveProcessorCount=2 -XX:+UseParallelGC} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.newsgraph.bench.WarcBench "${1:-10000}" "${2:-target/bench}"
