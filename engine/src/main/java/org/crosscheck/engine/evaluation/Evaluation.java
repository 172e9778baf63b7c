// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * Evaluation output v1 (DESIGN.md). The JSON property order is the declaration order of these
 * records; the same input and rule-set versions give byte-identical JSON.
 *
 * @param evaluatedAt the case's {@code asOf}: nothing reads the wall clock
 */
public record Evaluation(
    String caseId,
    LocalDate evaluatedAt,
    Provenance provenance,
    DerivedView derived,
    List<Finding> findings,
    Decision decision,
    List<WhatIf> whatIf,
    List<InterpretationNote> interpretations,
    List<String> warnings) {

  public Evaluation {
    findings = List.copyOf(findings);
    whatIf = List.copyOf(whatIf);
    interpretations = List.copyOf(interpretations);
    warnings = List.copyOf(warnings);
  }

  /**
   * An interpretation of the criteria that is not published text (see {@code Interpretation}),
   * named by a finding.
   */
  public record InterpretationNote(String id, String text) {}

  /**
   * Engine version, the rule sets used (id, version, SHA-256 of their sources) and the SHA-256 of
   * the input.
   */
  public record Provenance(String engineVersion, List<RuleSetRef> ruleSets, String inputSha256) {
    public Provenance {
      ruleSets = List.copyOf(ruleSets);
    }
  }

  public record RuleSetRef(String id, String version, String sha256) {}

  /**
   * What was decided: the outcome, the tier it rests on, every reason (stable codes), the field
   * paths whose absence holds the decision ({@code missingData}) and the unknown ones that change
   * nothing ({@code unresolvedData}).
   */
  public record Decision(
      Outcome outcome,
      String tier,
      List<Reason> reasons,
      List<String> missingData,
      List<String> unresolvedData) {
    public Decision {
      reasons = List.copyOf(reasons);
      missingData = List.copyOf(missingData);
      unresolvedData = List.copyOf(unresolvedData);
    }
  }

  public record Reason(String code, String text) {}

  /**
   * A change to the case and what the request would then be. {@code field} is the case field it
   * concerns; {@code value}, present when the change is a documented value (an FFR result, a stress
   * test, the anti-anginal classes, another procedure), is that field's new JSON value (a
   * hypothesis: never to be written into a record as documented). A what-if over a missing item's
   * categories has no value: the data must be documented.
   *
   * <p>For clients that show what-ifs in their own words, without parsing {@code change}: {@code
   * kind} is the category of an unknown item (a {@code Category} name such as {@code
   * SYMPTOM_COLUMN}) or the kind of a documented change ({@code FFR_RESULT}, {@code
   * NONINVASIVE_TEST}, {@code THERAPY}, {@code PROCEDURE}, {@code NO_TEST}); {@code valueCode} is
   * the value's code where it has one (an enum name, an FFR value, a procedure); {@code label} is
   * the value in words.
   */
  public record WhatIf(
      String change,
      String field,
      @JsonInclude(JsonInclude.Include.NON_NULL) Object value,
      String kind,
      @JsonInclude(JsonInclude.Include.NON_NULL) String valueCode,
      String label,
      WouldBe wouldBe) {}

  /** The tier and outcome under a what-if, and the criteria that would decide it. */
  public record WouldBe(String tier, Outcome outcome, List<String> criteria) {
    public WouldBe {
      criteria = List.copyOf(criteria);
    }
  }
}
