// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.input;

import java.util.Locale;

/**
 * The formats an audit reads, chosen by the file name with any {@code .gz} removed: {@code .ndjson}, {@code .jsonl}
 * or {@code .json} is NDJSON of case format v1 (one case per line); {@code .csv} is one case per row under a header
 * of case field paths (see {@link CsvCaseMapper}). Gzip is recognized by its magic bytes, whatever the name.
 */
public enum InputFormat {
  NDJSON,
  CSV;

  public static InputFormat of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl") || name.endsWith(".json")) {
      return NDJSON;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    throw new IllegalArgumentException("input '" + fileName + "': unknown format; name it *.ndjson, *.jsonl, *.json "
        + "or *.csv (optionally .gz)");
  }
}
