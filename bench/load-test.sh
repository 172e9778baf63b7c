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
# built when missing with package (the jars in target/), never install (which writes the shared ~/.m2)
[[ -f api/target/crosscheck-api.jar && -d bench/target/lib ]] ||
  ./mvnw -q -B -pl api,bench -am package -DskipTests
source bench/service.sh
start_service "$port"
cp="bench/target/classes:bench/target/lib/*"
# warm-up, then the measured runs
java -cp "$cp" org.crosscheck.bench.HttpLoadTest "http://localhost:$port" evaluations "$rate" 15 > /dev/null
java -cp "$cp" org.crosscheck.bench.HttpLoadTest "http://localhost:$port" evaluations "$rate" "$seconds"
java -cp "$cp" org.crosscheck.bench.HttpLoadTest "http://localhost:$port" screenings "$screening_rate" "$seconds"
