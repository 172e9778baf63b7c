// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir.dtr;

import java.util.List;

/**
 * One question of the documentation form: a case field the engine lists as missing data, in
 * clinical words, with its answer type, answer list, unit and range taken from the case schema.
 * {@code linkId} is the case field path, so that an answer names the field it documents.
 *
 * @param linkId the case field path (e.g. {@code presentation.ccsClass}, {@code
 *     stressTests[0].riskCategory})
 * @param text the question in clinical words
 * @param kind the answer type
 * @param options the answer list (choice and multiple choice), each a case value and its wording
 * @param unit the UCUM unit of a number (e.g. {@code %}), or null
 * @param min the smallest accepted number, or null
 * @param max the largest accepted number, or null
 * @param children the questions of a group (a stress test, a stenosis, a graft), in order
 */
public record Question(
    String linkId,
    String text,
    Kind kind,
    List<Option> options,
    String unit,
    Double min,
    Double max,
    List<Question> children) {

  public Question {
    options = List.copyOf(options);
    children = List.copyOf(children);
  }

  /** How a question is answered. */
  public enum Kind {
    /** One answer of a list (an enum; the CCS class). */
    CHOICE,
    /** Several answers of a list (drug classes, segments); NONE documents the empty list. */
    MULTIPLE_CHOICE,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    DATE,
    /** A group answered once (the most recent stress test). */
    GROUP,
    /**
     * A group answered as many times as there are items (stenoses, grafts), with a "none" question.
     */
    REPEATING_GROUP
  }

  /** One answer of a list: the value the case takes ({@code code}) and its wording. */
  public record Option(String code, String label) {}

  /**
   * The answer code that documents an empty list ("no anti-anginal drug", "no stress test was
   * performed").
   */
  public static final String NONE = "NONE";
}
