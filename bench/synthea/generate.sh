#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The realistic test corpus (issue 13): Synthea 3.3.0 (Maven Central) writes FHIR R4 records of PATIENTS patients aged
# 55-90; orders.py keeps those with coronary disease and adds to each record one draft order (PCI, stress SPECT MPI or
# CCTA) and a Coverage. Everything goes under target/synthea/ (not committed); --sample also rewrites the small
# sample that the fhir module's tests read (fhir/src/test/resources/synthea/).
#   bench/synthea/generate.sh [--patients 300] [--seed 1313] [--sample]
# On this machine: ~2.5 min for 300 patients on 2 cores (run it through the team's build lock when the machine is
# shared). Needs Java 17 and python3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
patients=300 seed=1313 sample=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --patients) patients="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --sample) sample=true; shift ;;
    *) echo "usage: $0 [--patients N] [--seed S] [--sample]" >&2; exit 2 ;;
  esac
done
out="$root/target/synthea"
mkdir -p "$out"
"$root/mvnw" -B -ntp -q -f "$root/bench/synthea/pom.xml" dependency:build-classpath \
  -Dmdep.outputFile="$out/classpath.txt" >&2
rm -rf "$out/output"
# -r, -e: a fixed reference and end date, so that the same seed gives the same records on any day
java -Xmx4g -cp "$(cat "$out/classpath.txt")" App -p "$patients" -s "$seed" -cs "$seed" -r 20260301 -e 20260301 -a 55-90 \
  --exporter.baseDirectory="$out/output" --exporter.fhir.export=true --exporter.hospital.fhir.export=false \
  --exporter.practitioner.fhir.export=false --exporter.csv.export=false --generate.only_alive_patients=true \
  > "$out/synthea.log"
args=("$out/output/fhir" "$out/orders.fhir.ndjson" --seed "$seed")
if [[ "$sample" == true ]]; then
  args+=(--sample 12 "$root/fhir/src/test/resources/synthea/orders-sample.fhir.ndjson.gz")
fi
python3 "$root/bench/synthea/orders.py" "${args[@]}"
echo "corpus: $out/orders.fhir.ndjson ($(du -h "$out/orders.fhir.ndjson" | cut -f1))"
