#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Load test of the service on loopback, bounded in time: starts the service (embedded default, or the PostgreSQL in
# SPRING_DATASOURCE_URL), then POST /api/v1/evaluations at RATE/s and POST /api/v1/screenings (each sent twice with
# one Idempotency-Key) for SECONDS each, each after a warm-up at its rate in the same client (WARMUP seconds,
# default 15), and prints throughput and latency percentiles. PIN=1: the service on cpu 1, the client on cpu 0.
#   bench/load-test.sh [EVALUATION_RATE=500] [SCREENING_RATE=100] [SECONDS=30]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rate=${1:-500}
screening_rate=${2:-100}
seconds=${3:-30}
port=${PORT:-18080}
warm=${WARMUP:-15}
# built when missing with package (the jars in target/), never install (which writes the shared ~/.m2)
[[ -f api/target/crosscheck-api.jar && -d bench/target/lib ]] ||
  ./mvnw -q -B -pl api,bench -am package -DskipTests
source bench/service.sh
start_service "$port"
cp="bench/target/classes:bench/target/lib/*"
client=(java -cp "$cp")
if [[ ${PIN:-0} == 1 ]]; then
  taskset -a -cp 1 "$service_pid" > /dev/null
  client=(taskset -c 0 java -cp "$cp")
fi
# each run after its warm-up in the same client JVM (reported as "warm-up")
"${client[@]}" org.crosscheck.bench.HttpLoadTest "http://localhost:$port" evaluations "$rate" "$seconds" "$warm"
"${client[@]}" org.crosscheck.bench.HttpLoadTest "http://localhost:$port" screenings "$screening_rate" "$seconds" \
  "$warm"
