// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import java.io.Serializable;

/**
 * What became of one input record: evaluated ({@code evaluationJson} and {@code record}) or
 * rejected ({@code errorJson} and {@code rejection}). Never both, never neither.
 */
public record ProcessedRecord(
    String source,
    long line,
    byte[] evaluationJson,
    AuditRecord record,
    byte[] errorJson,
    Rejection rejection)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Why a record was not evaluated. */
  public enum Rejection {
    /** The record could not be read as a case (e.g. a CSV row with the wrong number of cells). */
    UNREADABLE,
    /**
     * The case was read but is not valid case format v1 (JSON syntax, field types, required
     * fields).
     */
    INVALID_CASE,
    /**
     * A FHIR bundle from which no case can be made (not a Bundle, no ServiceRequest, no Patient,
     * unknown order).
     */
    INVALID_FHIR,
    /** The engine failed on a valid case: a defect, reported rather than lost. */
    ENGINE_ERROR,
    /**
     * The record is larger than the configured limit (--max-record-bytes): skipped, reported with
     * its line.
     */
    TOO_LARGE
  }

  public boolean evaluated() {
    return record != null;
  }
}
