#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Load test of CDS Hooks order-sign with full prefetch on loopback: starts the service (embedded default, or the
# PostgreSQL in SPRING_DATASOURCE_URL) with a test EHR's key as a CDS client (JWT required), warms up, then sends
# order-sign at RATE/s for SECONDS and prints throughput and latency percentiles.
#   bench/cds-load-test.sh [RATE=200] [SECONDS=30]      (CROSSCHECK_SERVICE_OPTS: the service's JVM options)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rate=${1:-200}
seconds=${2:-30}
port=${PORT:-18080}
# built when missing with package (the jars in target/), never install (which writes the shared ~/.m2)
[[ -f api/target/crosscheck-api.jar && -d bench/target/lib ]] ||
  ./mvnw -q -B -pl api,bench -am package -DskipTests
cp="bench/target/classes:bench/target/lib/*"
keys=bench/results/cds-keys
java -cp "$cp" org.crosscheck.bench.CdsHooksLoadTest keys "$keys"
source bench/service.sh
start_service "$port" --crosscheck.cds-hooks.require-jwt=true \
  --crosscheck.cds-hooks.clients[0].iss=https://ehr.bench.example \
  "--crosscheck.cds-hooks.clients[0].jwks=$(cat "$keys/jwks.json")"
# warm-up, then the measured run
java -cp "$cp" org.crosscheck.bench.CdsHooksLoadTest "http://localhost:$port" "$rate" 20 "$keys" > /dev/null
java -cp "$cp" org.crosscheck.bench.CdsHooksLoadTest "http://localhost:$port" "$rate" "$seconds" "$keys"
