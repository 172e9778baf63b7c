#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Load test of CDS Hooks order-sign with full prefetch on loopback: starts the service (embedded default, or the
# PostgreSQL in SPRING_DATASOURCE_URL) with a test EHR's key as a CDS client (JWT required), warms up, then sends
# order-sign at RATE/s for SECONDS and prints throughput and latency percentiles. The warm-up (WARMUP seconds,
# default 20) is at RATE in the same client; then the service's CPU per request over the measured run. PIN=1: the
# service on cpu 1, the client on cpu 0. JWT=0: no client JWT (the service started with require-jwt=false), to measure
# what verifying the client's JWT costs.
#   bench/cds-load-test.sh [RATE=200] [SECONDS=30]      (CROSSCHECK_SERVICE_OPTS: the service's JVM options)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rate=${1:-200}
seconds=${2:-30}
port=${PORT:-18080}
warm=${WARMUP:-20}
# built when missing with package (the jars in target/), never install (which writes the shared ~/.m2)
[[ -f api/target/crosscheck-api.jar && -d bench/target/lib ]] ||
  ./mvnw -q -B -pl api,bench -am package -DskipTests
cp="bench/target/classes:bench/target/lib/*"
keys=bench/results/cds-keys
java -cp "$cp" org.crosscheck.bench.CdsHooksLoadTest keys "$keys"
source bench/service.sh
jwt=true
[[ ${JWT:-1} == 0 ]] && jwt=false
start_service "$port" --crosscheck.cds-hooks.require-jwt=$jwt \
  --crosscheck.cds-hooks.clients[0].iss=https://ehr.bench.example \
  "--crosscheck.cds-hooks.clients[0].jwks=$(cat "$keys/jwks.json")"
client=(java -Dcrosscheck.bench.jwt=$jwt -cp "$cp")
if [[ ${PIN:-0} == 1 ]]; then
  taskset -a -cp 1 "$service_pid" > /dev/null
  client=(taskset -c 0 "${client[@]}")
fi
# the measured run after its warm-up in the same client JVM (reported as "warm-up"); the service's CPU is taken when
# the warm-up's report is printed and when the measured run's is (both after their drain)
before=bench/results/cds-cpu-before.tsv
after=bench/results/cds-cpu-after.tsv
service_cpu > "$before"
"${client[@]}" org.crosscheck.bench.CdsHooksLoadTest "http://localhost:$port" "$rate" "$seconds" "$keys" "$warm" |
  while IFS= read -r line; do
    printf '%s\n' "$line"
    case $line in
      warm-up:*) service_cpu > "$before" ;;
      order-sign:*) service_cpu > "$after" ;;
    esac
  done
cpu_per_request "$before" "$after" $((rate * seconds))
