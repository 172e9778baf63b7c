# SPDX-License-Identifier: Apache-2.0
# Sourced by the load tests: start_service PORT [service arguments...] starts the service jar (JVM options from
# CROSSCHECK_SERVICE_OPTS, default a fixed 1 GB heap with the parallel collector and the C1 compiler only), stops it
# when the script exits, and waits until it is ready (its log is printed if it never is).
# C1 only (-XX:TieredStopAtLevel=1): on two cores C2's compilations took 0.3-1.0 ms of CPU per request for minutes
# after start (the JIT, not the request, saturated the core); C1-compiled code costs ~1.3 ms per evaluation from
# the first seconds on (bench/README.md, 2026-12-07).
start_service() {
  local port=$1
  shift
  local log
  log=$(mktemp)
  local opts
  read -r -a opts <<< "${CROSSCHECK_SERVICE_OPTS:--Xms1g -Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1}"
  # the embedded default's data in a fresh folder per run (not the user's ~/.crosscheck), unless one is given
  CROSSCHECK_DATA_DIR=${CROSSCHECK_DATA_DIR:-$(mktemp -d)} PORT=$port \
    java "${opts[@]}" -jar api/target/crosscheck-api.jar "$@" > "$log" 2>&1 &
  service_pid=$!
  trap 'kill $service_pid 2>/dev/null; wait $service_pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null && return 0
    sleep 0.5
  done
  cat "$log"
  return 1
}
