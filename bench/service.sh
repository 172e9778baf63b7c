# SPDX-License-Identifier: Apache-2.0
# Sourced by the load tests: start_service PORT [service arguments...] starts the service jar (SERVICE_JAR, default
# api/target/crosscheck-api.jar; JVM options from CROSSCHECK_SERVICE_OPTS, default a fixed 1 GB heap with the parallel
# collector and the C1 compiler only), stops it when the script exits, and waits until it is ready (its log is
# printed if it never is).
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
    java "${opts[@]}" -jar "${SERVICE_JAR:-api/target/crosscheck-api.jar}" "$@" > "$log" 2>&1 &
  service_pid=$!
  trap 'kill $service_pid 2>/dev/null; wait $service_pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null && return 0
    sleep 0.5
  done
  cat "$log"
  return 1
}

# service_cpu: the service's CPU time so far in clock ticks, one line per thread group ("GROUP USER SYSTEM"; a group
# is a thread name with its numbers as N: http-nio-N-exec-N, GC Thread#N, ...), and "(process) USER SYSTEM" for the
# whole process, threads ended included.
service_cpu() {
  local pid=${1:-$service_pid}
  awk '{ line = $0; name = line; sub(/^[^(]*\(/, "", name); sub(/\)[^)]*$/, "", name); gsub(/[0-9]+/, "N", name)
         sub(/^.*\) /, "", line); split(line, f, " "); u[name] += f[12]; s[name] += f[13] }
       END { for (n in u) print n "\t" u[n] "\t" s[n] }' /proc/"$pid"/task/*/stat
  awk '{ sub(/^.*\) /, ""); split($0, f, " "); print "(process)\t" f[12] "\t" f[13] }' /proc/"$pid"/stat
}

# cpu_per_request BEFORE AFTER REQUESTS: from two service_cpu outputs, the CPU (user + system) per request in ms,
# for the process and each thread group that took at least 1% of it.
cpu_per_request() {
  awk -F'\t' -v n="$3" -v tick="$(getconf CLK_TCK)" '
    FNR == NR { u[$1] = $2; s[$1] = $3; next }
    { du = $2 - u[$1]; ds = $3 - s[$1]; ms = (du + ds) * 1000 / tick / n
      if ($1 == "(process)") { total = ms; tu = du * 1000 / tick / n; ts = ds * 1000 / tick / n }
      else if (ms > 0) groups[$1] = ms }
    END { printf "service CPU per request: %.2f ms (user %.2f, system %.2f)\n", total, tu, ts
          for (g in groups) if (groups[g] >= total / 100) printf "  %-24s %.3f ms\n", g, groups[g] }' "$1" "$2"
}
