#!/usr/bin/env bash
# Load benchmark: generates N synthetic articles as N-Quads (default 100,000, about 1.9 M quads), loads them with
# `newsgraph load` into a fresh store and with Jena's `tdb2.tdbloader` into another fresh directory, in the same
# run, and prints quads/s for both and the ratio. Usage: bench/store-load.sh [N] [HEAP]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
HEAP="${2:-4g}"
# Both loaders run with the same JVM options: the parallel collector, as the newsgraph launcher uses (BENCH_JOPTS).
JOPTS="${BENCH_JOPTS:--XX:+UseParallelGC}"
OUT=target/bench
mkdir -p "$OUT"
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/cp.txt)"
CORPUS="$OUT/corpus-$N.nq"
[ -f "$CORPUS" ] || java -cp "$CP" org.newsgraph.bench.CorpusGenerator "$N" "$CORPUS"
QUADS=$(wc -l < "$CORPUS")
rm -rf "$OUT/newsgraph-store" "$OUT/tdbloader-store"

now() { date +%s.%N; }
t0=$(now)
java -Xmx"$HEAP" $JOPTS -cp "$CP" org.newsgraph.cli.Main load "$CORPUS" --store "$OUT/newsgraph-store" 2>&1 | tail -3
t1=$(now)
java -Xmx"$HEAP" $JOPTS -cp "$CP" tdb2.tdbloader --loc "$OUT/tdbloader-store" "$CORPUS" 2>&1 | tail -2
t2=$(now)

awk -v q="$QUADS" -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
  ng = b - a; tl = c - b;
  printf "quads: %d\n", q;
  printf "newsgraph load (TDB2 + text index): %.1f s, %.0f quads/s\n", ng, q / ng;
  printf "tdb2.tdbloader (TDB2 only):         %.1f s, %.0f quads/s\n", tl, q / tl;
  printf "ratio newsgraph/tdbloader:          %.2f (target >= 0.80)\n", (q / ng) / (q / tl);
}'
du -sh "$OUT/newsgraph-store" "$OUT/tdbloader-store"
