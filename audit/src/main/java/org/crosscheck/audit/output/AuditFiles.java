// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.output;

/** The names of an audit's outputs in its output directory. */
public final class AuditFiles {
  public static final String EVALUATIONS = "evaluations.ndjson";
  public static final String EVALUATIONS_CSV = "evaluations.csv";
  public static final String ERRORS = "errors.ndjson";
  public static final String SUMMARY = "summary.json";
  public static final String REPORT = "report.html";

  /** Spark only: the flat rows as Parquet. */
  public static final String EVALUATIONS_PARQUET = "evaluations.parquet";

  private AuditFiles() {}
}
