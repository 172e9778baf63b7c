#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Load test of the service on loopback, bounded in time: starts the service (embedded default, or the PostgreSQL in
# SPRING_DATASOURCE_URL), then POST /api/v1/evaluations at RATE/s and POST /api/v1/screenings (each sent twice with
# one Idempotency-Key) for SECONDS each, and prints throughput and latency percentiles.
#   bench/load-test.sh [EVALUATION_RATE=500] [SCREENING_RATE=100] [SECONDS=30]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rate=${1:-500}
screening_rate=${2:-100}
seconds=${3:-30}
port=${PORT:-18080}
[[ -f api/target/crosscheck-api.jar && -d bench/target/lib ]] || ./mvnw -q -B -DskipTests install
log=$(mktemp)
PORT=$port java -Xms1g -Xmx1g -XX:+UseParallelGC -jar api/target/crosscheck-api.jar > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null && break
  sleep 0.5
done
curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null || { cat "$log"; exit 1; }
cp="bench/target/classes:bench/target/lib/*"
# warm-up, then the measured runs
java -cp "$cp" org.crosscheck.bench.HttpLoadTest "http://localhost:$port" evaluations "$rate" 15 > /dev/null
java -cp "$cp" org.crosscheck.bench.HttpLoadTest "http://localhost:$port" evaluations "$rate" "$seconds"
java -cp "$cp" org.crosscheck.bench.HttpLoadTest "http://localhost:$port" screenings "$screening_rate" "$seconds"
