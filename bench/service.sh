# SPDX-License-Identifier: Apache-2.0
# Sourced by the load tests: start_service PORT [service arguments...] starts the service jar (JVM options from
# CROSSCHECK_SERVICE_OPTS, default a fixed 1 GB heap with the parallel collector), stops it when the script exits,
# and waits until it is ready (its log is printed if it never is).
start_service() {
  local port=$1
  shift
  local log
  log=$(mktemp)
  local opts
  read -r -a opts <<< "${CROSSCHECK_SERVICE_OPTS:--Xms1g -Xmx1g -XX:+UseParallelGC}"
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
