#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Audit benchmarks on this machine: `crosscheck audit` (CLI, both cores) and the Spark job in local[2] through
# SparkSubmit, on N synthetic cases (default 1,000,000; seed 1), NDJSON in, every output written.
# Prints wall time, cases/s and peak RSS (GNU time). Data and outputs go to bench/results/audit/ (not committed).
#   bench/audit-bench.sh [cases] [cli|spark|both]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cases=${1:-1000000}
which=${2:-both}
work="$root/bench/results/audit"
mkdir -p "$work"
input="$work/cases-$cases.ndjson"
command -v /usr/bin/time > /dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

# package, never install (~/.m2 is left as it is); the CLI's jar also makes the synthetic input
if [[ "$which" != spark || ! -f "$input" ]]; then
  (cd "$root" && ./mvnw -q -B -pl cli -am package -DskipTests)
fi
if [[ "$which" == spark || "$which" == both ]]; then
  # the audit module's test classpath, filtered below
  (cd "$root" && ./mvnw -q -B -pl audit -am package -DskipTests dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$work/audit.classpath")
fi
if [[ ! -f "$input" ]]; then
  start=$(date +%s%N)
  "$root/bin/crosscheck" synth --cases "$cases" --seed 1 --out "$input"
  echo "synth: $cases cases in $(( ($(date +%s%N) - start) / 1000000 )) ms ($(du -h "$input" | cut -f1))"
fi

report() {  # name, seconds, rss-kb
  awk -v n="$cases" -v name="$1" -v s="$2" -v rss="$3" \
    'BEGIN { printf "%s: %d cases in %.1f s = %.0f cases/s, peak RSS %.0f MB\n", name, n, s, n / s, rss / 1024 }'
}

# each run starts with no dirty pages to write back: the CLI's 2.9 GB of outputs, still being written back when the
# Spark run started, made that run slower (42-43 s against 33.5-37.3 s; bench/README.md, fifth pass)
if [[ "$which" == cli || "$which" == both ]]; then
  rm -rf "$work/cli-out"
  sync
  /usr/bin/time -f "%e %M" -o "$work/cli.time" "$root/bin/crosscheck" audit --in "$input" --out "$work/cli-out" \
    > "$work/cli.stdout" 2> "$work/cli.stderr"
  read -r seconds rss < "$work/cli.time"
  report "cli audit (bin/crosscheck, 2 workers)" "$seconds" "$rss"
fi

if [[ "$which" == spark || "$which" == both ]]; then
  # Spark's classpath as a distribution has it: the audit module's test classpath without our code, Drools, KIE,
  # Jackson 3, test libraries (the same filter as SparkSubmitIT)
  spark_cp=$(tr ':' '\n' < "$work/audit.classpath" | grep -v -e /org/crosscheck/ -e /crosscheck- -e /org/drools/ \
    -e /org/kie/ -e /tools/jackson/ -e /org/mvel/ -e /com/github/javaparser/ -e /org/eclipse/jdt/ -e /org/junit/ \
    -e /org/assertj/ -e /org/seleniumhq/ | paste -sd:)
  opens=$(sed -n 's:.*<spark.jvm.options>\(-XX.*\)</spark.jvm.options>.*:\1:p' "$root/audit/pom.xml")
  rm -rf "$work/spark-out"
  sync
  # the collector and JIT options of the CLI's launcher, bin/crosscheck (ParallelGC: the engine allocates much and G1's
  # barriers cost it ~15%; less inlining: C2's warm-up); on a cluster, put them in spark.executor.extraJavaOptions
  jvm="-XX:+UseParallelGC -XX:InlineSmallCode=500 -XX:FreqInlineSize=100"
  # Spark's default driver memory, 1g: with 2g the heap grew to ~1.2 GB of RSS (0.86 GB at 1g) for ~1 s more system
  # time and no gain (bench/README.md, eleventh pass)
  # shellcheck disable=SC2086
  SPARK_LOCAL_IP=127.0.0.1 /usr/bin/time -f "%e %M" -o "$work/spark.time" java $opens $jvm -Xmx1g \
    -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit --master 'local[2]' --driver-memory 1g \
    --conf spark.ui.enabled=false --class org.crosscheck.audit.spark.SparkAudit \
    "$root/audit/target/crosscheck-audit-spark.jar" --in "$input" --out "$work/spark-out" \
    > "$work/spark.stdout" 2> "$work/spark.stderr"
  read -r seconds rss < "$work/spark.time"
  report "spark local[2] (SparkSubmit, shaded jar)" "$seconds" "$rss"
fi
