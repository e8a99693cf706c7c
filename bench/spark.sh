#!/usr/bin/env bash
# Spark job vs convert (not a test): the same N real-text articles (default 2,000: news-fair-v2's 120 texts cycled,
# each copy its own article, one JSON Lines file) with full NLP and offline linking, converted by
# `newsgraph convert --threads CORES` and by `newsgraph spark --master local[CORES]`, each in its own JVM (start-up,
# CoreNLP loading and Spark's context included), alternating for BENCH_ROUNDS rounds (default 1). Prints wall
# seconds, articles/s and the ratio spark/convert of throughput.
# Usage: bench/spark.sh [N] [CORES]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-2000}"
CORES="${2:-2}"
OUT=target/bench
mkdir -p "$OUT"
mvn -B -q -o -DskipTests package >&2
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
CORPUS="$OUT/real-$N.jsonl"
[ -f "$CORPUS" ] || java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.newsgraph.bench.RealTextCorpus \
  ../shared/data/gold/news-fair-v2.benchmark.jsonl "$N" "$CORPUS"
export NEWSGRAPH_HEAP="${NEWSGRAPH_HEAP:-4g}"
now() { date +%s.%N; }
for r in $(seq 1 "${BENCH_ROUNDS:-1}"); do
  rm -rf "$OUT/spark-out" "$OUT/convert.nq.gz"
  uptime
  t0=$(now)
  ./newsgraph convert --threads "$CORES" -o "$OUT/convert.nq.gz" "$CORPUS" 2>&1 | tail -1
  t1=$(now)
  ./newsgraph spark --master "local[$CORES]" --out "$OUT/spark-out" "$CORPUS" 2>&1 | tail -1
  t2=$(now)
  awk -v n="$N" -v r="$r" -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
    cv = b - a; sp = c - b;
    printf "round %d: convert %.1f s, %.1f articles/s; spark %.1f s, %.1f articles/s; spark/convert %.2f\n", r, cv, n / cv, sp, n / sp, cv / sp;
  }'
done
