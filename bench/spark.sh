#!/usr/bin/env bash
# Spark job vs convert (not a test): the same N real-text articles (default 2,000: news-fair-v2's 120 texts cycled,
# each copy its own article, one JSON Lines file) with full NLP and offline linking, converted by
# `newsgraph convert --threads CORES` and by `newsgraph spark --master local[CORES]`, each in its own JVM (start-up,
# CoreNLP loading and Spark's context included), alternating for BENCH_ROUNDS rounds (default 1). Prints wall and
# CPU seconds, articles/s and articles per CPU-second, and the ratios spark/convert of both. Both write gzipped N-Quads
# (`convert -o convert.nq.gz`, the job its `part-*.nq.gz`), so both pay for the same compression.
# Usage: bench/spark.sh [N] [CORES]   (BENCH_ARGS: more options for both, e.g. --no-link)
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
# Wall and CPU seconds of each run (/usr/bin/time): on a shared machine the CPU-normalised ratio (articles per
# CPU-second) is the steadier one; both are printed.
run() { /usr/bin/time -f "%e %U %S" -o "$OUT/time.txt" "$@" 2>&1 | grep -v JenaXMLInput | tail -1; cat "$OUT/time.txt"; }
for r in $(seq 1 "${BENCH_ROUNDS:-1}"); do
  rm -rf "$OUT/spark-out" "$OUT/convert.nq" "$OUT/convert.nq.gz"
  uptime
  c=$(run ./newsgraph convert ${BENCH_ARGS:-} --threads "$CORES" -o "$OUT/convert.nq.gz" "$CORPUS"); echo "$c" | head -1
  s=$(run ./newsgraph spark ${BENCH_ARGS:-} --master "local[$CORES]" --out "$OUT/spark-out" "$CORPUS"); echo "$s" | head -1
  uptime
  echo "$c" | tail -1 > "$OUT/c.txt"; echo "$s" | tail -1 > "$OUT/s.txt"
  awk -v n="$N" -v r="$r" 'NR == FNR { cw = $1; cc = $2 + $3; next } { sw = $1; sc = $2 + $3 }
  END {
    printf "round %d: convert %.1f s wall, %.0f CPU s, %.1f articles/s, %.2f articles/CPU-s; ", r, cw, cc, n / cw, n / cc;
    printf "spark %.1f s wall, %.0f CPU s, %.1f articles/s, %.2f articles/CPU-s; ", sw, sc, n / sw, n / sc;
    printf "spark/convert wall %.2f, CPU-normalised %.2f\n", cw / sw, cc / sc;
  }' "$OUT/c.txt" "$OUT/s.txt"
done
