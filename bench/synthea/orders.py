#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Turns Synthea FHIR R4 patient records into order bundles for Crosscheck: one line of NDJSON per patient with
coronary disease, holding the patient's whole record as Synthea exported it plus one draft ServiceRequest (PCI,
stress SPECT MPI or CCTA) and an active Coverage.

Usage: orders.py SYNTHEA_FHIR_DIR OUT.fhir.ndjson[.gz] [--seed N] [--sample N SAMPLE.fhir.ndjson.gz]

Standard library only, deterministic for a given input and seed (patients in file-name order, one random generator).
What is ours, not Synthea's: the order (its code, priority, reason and date) and the Coverage. The record is left as
exported (a transaction Bundle becomes a collection Bundle: its 'request' elements are dropped), so the references
stay Synthea's own (urn:uuid: and conditional 'Practitioner?identifier=...').
"""
import argparse
import gzip
import json
import os
import random
import uuid

# Conditions that make a patient "with coronary disease" (SNOMED CT, as Synthea 3.3.0's modules write them)
CORONARY = {
    "414545008": "Ischemic heart disease",
    "399211009": "History of myocardial infarction",
    "399261000": "History of coronary artery bypass grafting",
    "22298006": "Myocardial infarction",
    "401303003": "Acute ST segment elevation myocardial infarction",
    "401314000": "Acute non-ST segment elevation myocardial infarction",
    "4557003": "Preinfarction syndrome",
}

ORDERS = [
    ("PCI", "http://www.ama-assn.org/go/cpt", "92928",
     "Percutaneous transcatheter placement of intracoronary stent(s), with coronary angioplasty when performed; "
     "single major coronary artery or branch"),
    ("STRESS_SPECT_MPI", "http://www.ama-assn.org/go/cpt", "78452",
     "Myocardial perfusion imaging, tomographic (SPECT); multiple studies at rest and/or stress"),
    ("CCTA", "http://www.ama-assn.org/go/cpt", "75574",
     "Computed tomographic angiography, heart, coronary arteries and bypass grafts, with contrast"),
]

# Reasons an ordering clinician may give on an imaging order (None: no reason given), SNOMED CT / ICD-10-CM
IMAGING_REASONS = [
    None,
    ("http://snomed.info/sct", "29857009", "Chest pain"),
    ("http://snomed.info/sct", "194828000", "Angina"),
    ("http://snomed.info/sct", "267036007", "Dyspnea"),
    ("http://hl7.org/fhir/sid/icd-10-cm", "R07.9", "Chest pain, unspecified"),
    ("http://hl7.org/fhir/sid/icd-10-cm", "Z09", "Encounter for follow-up examination after completed treatment"),
]


def coronary(record):
    for e in record.get("entry", []):
        r = e.get("resource", {})
        if r.get("resourceType") == "Condition":
            status = (r.get("clinicalStatus", {}).get("coding") or [{}])[0].get("code")
            if status == "active" and any(c.get("code") in CORONARY for c in r.get("code", {}).get("coding", [])):
                return True
    return False


def last_encounter(record):
    """The latest Encounter (by period.start): the order is written at that visit, by its practitioner."""
    best = None
    for e in record.get("entry", []):
        r = e.get("resource", {})
        if r.get("resourceType") == "Encounter" and r.get("period", {}).get("start"):
            if best is None or r["period"]["start"] > best["period"]["start"]:
                best = r
    return best


def order_bundle(record, rng):
    patient = next(e["resource"] for e in record["entry"] if e["resource"]["resourceType"] == "Patient")
    encounter = last_encounter(record)
    kind, system, code, display = rng.choice(ORDERS)
    sr_id = str(uuid.UUID(int=rng.getrandbits(128)))
    cov_id = str(uuid.UUID(int=rng.getrandbits(128)))
    authored = encounter["period"]["start"][:10]
    sr = {
        "resourceType": "ServiceRequest", "id": sr_id, "status": "draft", "intent": "order",
        "priority": "urgent" if rng.random() < 0.1 else "routine",
        "code": {"coding": [{"system": system, "code": code, "display": display}]},
        "subject": {"reference": "urn:uuid:" + patient["id"]},
        "encounter": {"reference": "urn:uuid:" + encounter["id"]},
        "authoredOn": authored,
    }
    participant = (encounter.get("participant") or [{}])[0].get("individual")
    if participant:
        sr["requester"] = participant
    if kind != "PCI":
        reason = rng.choice(IMAGING_REASONS)
        if reason:
            sr["reasonCode"] = [{"coding": [{"system": reason[0], "code": reason[1], "display": reason[2]}]}]
    coverage = {
        "resourceType": "Coverage", "id": cov_id, "status": "active",
        "beneficiary": {"reference": "urn:uuid:" + patient["id"]},
        "payor": [{"display": "Crosscheck test payer"}],
    }
    entries = [{"fullUrl": e["fullUrl"], "resource": e["resource"]} for e in record["entry"]]
    entries.append({"fullUrl": "urn:uuid:" + sr_id, "resource": sr})
    entries.append({"fullUrl": "urn:uuid:" + cov_id, "resource": coverage})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}, kind


def open_out(path):
    return gzip.open(path, "wt", encoding="utf-8") if path.endswith(".gz") else open(path, "w", encoding="utf-8")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("fhir_dir")
    p.add_argument("out")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--sample", nargs=2, metavar=("N", "FILE"))
    args = p.parse_args()
    rng = random.Random(args.seed)
    files = sorted(f for f in os.listdir(args.fhir_dir) if f.endswith(".json")
                   and not f.startswith(("hospitalInformation", "practitionerInformation")))
    lines = []
    kinds = {}
    with open_out(args.out) as out:
        for name in files:
            with open(os.path.join(args.fhir_dir, name), encoding="utf-8") as f:
                record = json.load(f)
            if not coronary(record):
                continue
            bundle, kind = order_bundle(record, rng)
            line = json.dumps(bundle, separators=(",", ":"), ensure_ascii=False)
            out.write(line + "\n")
            kinds[kind] = kinds.get(kind, 0) + 1
            lines.append((len(line), kind, line))
    print(f"{len(lines)} order bundles of {len(files)} patients: {kinds}")
    if args.sample:
        # the sample: the smallest bundles, the same number of each order kind, in corpus order
        n = int(args.sample[0])
        chosen = set()
        for kind in sorted(kinds):
            chosen.update(id(t) for t in sorted((t for t in lines if t[1] == kind), key=lambda t: t[0])[:n // 3])
        with open_out(args.sample[1]) as out:
            for t in lines:
                if id(t) in chosen:
                    out.write(t[2] + "\n")
        print(f"sample: {len(chosen)} bundles in {args.sample[1]}")


if __name__ == "__main__":
    main()
