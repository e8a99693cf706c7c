#!/usr/bin/env bash
# Benchmark of `newsgraph validate`: N generated articles (the plain-text test fixture with a different headline and
# URL each), converted to N-Quads, then validated (SHACL + vocabulary check). Prints the figures.
# Usage: bench/validate.sh [N (default 10000)]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fixture="$here/src/test/resources/validate/article.txt"
mkdir -p "$work/in"
python3 - "$fixture" "$work/in" "$n" <<'PY'
import sys
text, out, n = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2], int(sys.argv[3])
for i in range(n):
    with open(f"{out}/a{i}.txt", "w", encoding="utf-8") as f:
        f.write(text.replace("Night Ferry Trial", f"Night Ferry Trial {i}").replace("-a 10231", f"-a {i}"))
PY
"$here/newsgraph" convert --stream -o "$work/all.nq" "$work/in" 2>/dev/null
quads=$(wc -l < "$work/all.nq")
# %e wall, %U user, %S system seconds, %M max RSS in KB. CPU time is the steadier figure on a shared machine.
/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$here/newsgraph" validate -q -o "$work/report.ttl" "$work/all.nq" 2> "$work/err" || true
read -r wall user sys rss < "$work/time"
cpu=$(echo "$user + $sys" | bc)
echo "articles:        $n"
echo "quads:           $quads"
echo "summary:         $(grep -E 'conform' "$work/err")"
echo "wall time:       $wall s (JVM start, parsing, SHACL, vocabulary check, report)"
echo "CPU time:        $cpu s (user $user + sys $sys)"
echo "quads/CPU-s:     $(echo "$quads / $cpu" | bc)"
echo "max RSS:         $(( rss / 1024 )) MB"
echo "load average:    $(cut -d' ' -f1-3 /proc/loadavg)"
