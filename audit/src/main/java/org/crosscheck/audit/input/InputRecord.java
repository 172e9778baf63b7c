// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.input;

import java.io.Serializable;

/**
 * One record of an audit input: where it is (source and line, 1-based) and the case as JSON bytes (or, when
 * {@code fhirBundle}, a FHIR R4 Bundle that is mapped to the case first), or why the record could not even be read as
 * a case ({@code readError}, e.g. a CSV row with the wrong number of cells).
 */
public record InputRecord(String source, long line, byte[] json, String readError, boolean fhirBundle)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public static InputRecord of(String source, long line, byte[] json) {
    return new InputRecord(source, line, json, null, false);
  }

  /** A FHIR R4 Bundle (JSON) to map to a case before it is read. */
  public static InputRecord fhir(String source, long line, byte[] bundleJson) {
    return new InputRecord(source, line, bundleJson, null, true);
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
    return new InputRecord(source, line, null, reason, false);
  }
}
