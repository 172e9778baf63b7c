#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The rule step against the hand-coded lookup (issue 16, aim 3) as alternating single-fork pairs of
# LookupBenchmark.droolsEngineLookup and LookupBenchmark.handCoded, each pair's ratio, then the median ratio.
# Pairs, not one long run of each: the Drools fork lands at one of two speeds (the JIT's inlining, stable within a
# fork) and the machine's speed drifts by minutes; a pair measures both sides under the same conditions.
#   bench/lookup-ratio.sh [pairs]     (default 12; ~20 s a pair)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
pairs=${1:-12}
if [[ ! -d bench/target/lib ]]; then
  ./mvnw -q -B -DskipTests install
fi
cp="bench/target/classes:bench/target/lib/*"
score() {  # benchmark method -> ops/s of one fork
  java -cp "$cp" org.openjdk.jmh.Main "LookupBenchmark.$1" -t 1 -f 1 -wi 3 -w 1s -i 3 -r 1s |
    awk '/^LookupBenchmark/ { print $4 }'
}
ratios=()
for k in $(seq 1 "$pairs"); do
  drools=$(score droolsEngineLookup)
  hand=$(score handCoded)
  ratio=$(awk -v d="$drools" -v h="$hand" 'BEGIN { printf "%.1f", h / d }')
  ratios+=("$ratio")
  awk -v k="$k" -v d="$drools" -v h="$hand" -v r="$ratio" \
    'BEGIN { printf "pair %2d: Drools %.2f M/s, hand-coded %.2f M/s, ratio %sx\n", k, d / 1e6, h / 1e6, r }'
done
printf '%s\n' "${ratios[@]}" | sort -n |
  awk '{ r[NR] = $1 } END { m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2;
    printf "median ratio %.1fx over %d pairs (%.1f-%.1fx)\n", m, NR, r[1], r[NR] }'
