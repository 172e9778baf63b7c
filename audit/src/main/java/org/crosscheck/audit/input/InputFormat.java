// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.input;

import java.util.Locale;

/**
 * The formats an audit reads, chosen by the file name with any {@code .gz} removed: {@code
 * .fhir.ndjson} or {@code .fhir.jsonl} is NDJSON of FHIR R4 Bundles (mapped by the fhir module);
 * {@code .ndjson}, {@code .jsonl} or {@code .json} is NDJSON of case format v1 (one case per line);
 * {@code .csv} is one case per row under a header of case field paths (see {@link CsvCaseMapper}).
 * Gzip is recognized by its magic bytes, whatever the name.
 */
public enum InputFormat {
  NDJSON,
  /**
   * NDJSON of FHIR R4 Bundles ({@code *.fhir.ndjson}, {@code *.fhir.jsonl}): one patient and order
   * per line.
   */
  FHIR_NDJSON,
  CSV;

  public static InputFormat of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".fhir.ndjson") || name.endsWith(".fhir.jsonl")) {
      return FHIR_NDJSON;
    }
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl") || name.endsWith(".json")) {
      return NDJSON;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    throw new IllegalArgumentException(
        "input '"
            + fileName
            + "': unknown format; name it *.ndjson, *.jsonl, *.json, "
            + "*.csv, or *.fhir.ndjson for FHIR bundles (optionally .gz)");
  }
}
