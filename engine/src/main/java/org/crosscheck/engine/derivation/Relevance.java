// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.facts.FieldSet;
import org.crosscheck.engine.facts.ScenarioCodes;

/**
 * Which categories the criteria test: whether a criteria row that can still match a partly known
 * scenario tests one of some scenario fields. Answered from the criteria tables themselves ({@code
 * org.crosscheck.engine.ruleset.CriteriaRows}), so that an unknown is asked for only where a
 * remaining row tests it.
 */
public interface Relevance {

  /**
   * Every category is relevant wherever it is unknown (tests of the completion mechanism without
   * rule sets).
   */
  Relevance ALL = (scenario, unknownFields, fields) -> true;

  /**
   * @param scenario the scenario as known so far, as field codes (the {@code unknownFields} hold
   *     placeholders)
   * @param unknownFields fields whose value is still open: a row's condition on them can still hold
   * @param fields the fields of the category in question
   * @return whether a row compatible with the known fields tests one of {@code fields}
   */
  boolean testsAny(ScenarioCodes scenario, FieldSet unknownFields, FieldSet fields);

  /**
   * Whether any row of the procedure (null: of any procedure) tests one of {@code fields}, whatever
   * the rest of the scenario: when none does, {@link #testsAny} is false for these fields and the
   * scenarios need not be built.
   */
  default boolean mayTest(Procedure procedure, FieldSet fields) {
    return true;
  }
}
