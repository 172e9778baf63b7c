#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the JMH benchmarks on this machine and writes JSON results under bench/results/ (not committed).
#   bench/run-jmh.sh                 all benchmarks, 1 thread, then the end-to-end ones on 2 threads, then latency
#   bench/run-jmh.sh Lookup -t 1     any JMH arguments
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [[ ! -d bench/target/lib ]]; then
  ./mvnw -q -B -DskipTests install
fi
cp="bench/target/classes:bench/target/lib/*"
mkdir -p bench/results
jmh() { java -cp "$cp" org.openjdk.jmh.Main "$@"; }
if [[ $# -gt 0 ]]; then
  jmh "$@"
  exit
fi
stamp=$(date +%Y%m%d-%H%M%S)
jmh 'LookupBenchmark|EvaluationBenchmark' -t 1 -rf json -rff "bench/results/$stamp-1thread.json"
jmh 'EvaluationBenchmark' -t 2 -rf json -rff "bench/results/$stamp-2threads.json"
# latency percentiles of one case in-process (what a service call pays inside the JVM)
jmh 'EvaluationBenchmark.singleCase' -p whatIf=true -bm sample -tu us -t 1 -rf json -rff "bench/results/$stamp-latency.json"
