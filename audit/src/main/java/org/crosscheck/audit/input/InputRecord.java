// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.input;

import java.io.Serializable;

/**
 * One record of an audit input: where it is (source and line, 1-based) and the case as JSON bytes
 * (or, when {@code fhirBundle}, a FHIR R4 Bundle that is mapped to the case first), or why the
 * record could not even be read as a case ({@code readError}, e.g. a CSV row with the wrong number
 * of cells; with {@code tooLarge}, a record over the size limit).
 */
public record InputRecord(
    String source, long line, byte[] json, String readError, boolean fhirBundle, boolean tooLarge)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public static InputRecord of(String source, long line, byte[] json) {
    return new InputRecord(source, line, json, null, false, false);
  }

  /** A FHIR R4 Bundle (JSON) to map to a case before it is read. */
  public static InputRecord fhir(String source, long line, byte[] bundleJson) {
    return new InputRecord(source, line, bundleJson, null, true, false);
  }

  /** True when a line is only spaces and tabs: it carries no record. */
  public static boolean isBlank(byte[] line) {
    return isBlank(line, line.length);
  }

  static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  public static InputRecord unreadable(String source, long line, String reason) {
    return new InputRecord(source, line, null, reason, false, false);
  }

  /**
   * A record larger than the configured limit: not read (its bytes are skipped, never held),
   * reported with its line so that the run goes on ({@code TOO_LARGE}).
   */
  public static InputRecord tooLarge(String source, long line, long bytes, long limit) {
    return new InputRecord(
        source,
        line,
        null,
        "the record is "
            + bytes
            + " bytes, more than the limit of "
            + limit
            + " bytes (--max-record-bytes)",
        false,
        true);
  }

  /** The bytes this record holds in memory (for sizing chunks). */
  public long weight() {
    return json == null ? 64 : json.length;
  }
}
