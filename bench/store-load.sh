#!/usr/bin/env bash
# Load benchmark: generates N synthetic articles as N-Quads (default 100,000, about 1.9 M quads), loads them with
# `newsgraph load` into a fresh store and with Jena's `tdb2.tdbloader` into another fresh directory, in the same
# run, and prints quads/s for both and the ratio, for BENCH_ROUNDS rounds (default 3), then the median ratio.
# BENCH_XLOADER=1 adds `newsgraph load --xloader` (Jena's tdb2.xloader, then the text and article index) each round.
# Usage: bench/store-load.sh [N] [HEAP]
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
ROUNDS="${BENCH_ROUNDS:-3}"

now() { date +%s.%N; }
# Rounds alternate the two loaders, so that a slow spell of the machine falls on both; the ratio of each round is
# printed, then the median of the rounds.
: > "$OUT/store-load.rounds"
for r in $(seq 1 "$ROUNDS"); do
  rm -rf "$OUT/newsgraph-store" "$OUT/tdbloader-store"
  sync   # the previous run's writes go to disk before the clock starts, not during the next run
  t0=$(now)
  java -Xmx"$HEAP" $JOPTS -cp "$CP" org.newsgraph.cli.Main load --verbose "$CORPUS" --store "$OUT/newsgraph-store" 2>&1 | grep "bulk load" || true
  t1=$(now)
  sync
  t1s=$(now)
  java -Xmx"$HEAP" $JOPTS -cp "$CP" tdb2.tdbloader --loc "$OUT/tdbloader-store" "$CORPUS" >/dev/null 2>&1
  t2=$(now)
  if [ -n "${BENCH_XLOADER:-}" ]; then   # a third loader: load --xloader (Jena's tdb2.xloader, then text + article index)
    rm -rf "$OUT/xloader-store"
    sync
    t3=$(now)
    java -Xmx"$HEAP" $JOPTS -cp "$CP" org.newsgraph.cli.Main load --xloader "$CORPUS" --store "$OUT/xloader-store" 2>&1 | grep "tdb2.xloader" || true
    t4=$(now)
    awk -v q="$QUADS" -v a="$t3" -v b="$t4" 'BEGIN { printf "  load --xloader %.1f s, %.0f quads/s (with text and article index)\n", b - a, q / (b - a) }' \
      | tee -a "$OUT/store-load.xloader"
  fi
  awk -v q="$QUADS" -v r="$r" -v a="$t0" -v b="$t1" -v b2="$t1s" -v c="$t2" 'BEGIN {
    ng = b - a; tl = c - b2;
    printf "round %d: newsgraph %.1f s, %.0f quads/s; tdbloader %.1f s, %.0f quads/s; ratio %.2f\n", r, ng, q / ng, tl, q / tl, tl / ng;
  }' | tee -a "$OUT/store-load.rounds"
done

awk -v q="$QUADS" '{ for (i = 1; i <= NF; i++) if ($i == "ratio") r[NR] = $(i + 1) + 0; n = NR }
END {
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (r[j] < r[i]) { t = r[i]; r[i] = r[j]; r[j] = t }
  med = (n % 2) ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2;
  printf "quads: %d, rounds: %d\n", q, n;
  printf "ratio newsgraph/tdbloader: min %.2f, median %.2f, max %.2f (target >= 0.80)\n", r[1], med, r[n];
}' "$OUT/store-load.rounds"
du -sh "$OUT/newsgraph-store" "$OUT/newsgraph-store/text" "$OUT/tdbloader-store"
[ -z "${BENCH_XLOADER:-}" ] || du -sh "$OUT/xloader-store" "$OUT/xloader-store/text"
