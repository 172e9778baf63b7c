#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Wall-clock time of `bin/crosscheck evaluate` on one case, from JVM start to exit, N runs (default 10).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=${1:-10}
"$root/bin/crosscheck" evaluate "$root/docs/examples/pci-stable-two-vessel.json" > /dev/null   # build if needed
times=()
for ((i = 0; i < runs; i++)); do
  start=$(date +%s%N)
  "$root/bin/crosscheck" evaluate "$root/docs/examples/pci-stable-two-vessel.json" > /dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cold start of bin/crosscheck evaluate (ms, $runs runs): min ${sorted[0]}, median ${sorted[$((runs / 2))]}, max ${sorted[$((runs - 1))]}"
