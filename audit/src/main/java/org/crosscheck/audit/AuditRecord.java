// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.Party;
import org.crosscheck.engine.casefile.ProcedureRequest;
import org.crosscheck.engine.evaluation.DerivedView;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Finding;

/**
 * One evaluated case as a flat row ({@code evaluations.csv}) and the unit of the audit's
 * aggregates.
 *
 * @param criteria the criteria the decision rests on, {@code ruleSet/criterion} (findings of the
 *     decision's tier)
 * @param reasons the decision's reason codes
 * @param recordedAppropriate what a reviewer recorded ({@code recordedReview.appropriate}), or null
 * @param imagingScenario an imaging request's scenario as the criteria read it ({@link
 *     #scenarioOf}), else null; not a column of {@code evaluations.csv}: it groups the imaging
 *     requests no criterion rates in the report
 */
public record AuditRecord(
    String source,
    long line,
    String caseId,
    String procedureDate,
    String quarter,
    String provider,
    String facility,
    String procedure,
    String urgency,
    CaseCategory category,
    String outcome,
    String tier,
    List<String> criteria,
    List<String> reasons,
    List<String> missingData,
    Boolean recordedAppropriate,
    String imagingScenario)
    implements Serializable {

  private static final long serialVersionUID = 2L;

  /** The CSV columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "source",
          "line",
          "caseId",
          "procedureDate",
          "quarter",
          "provider",
          "facility",
          "procedure",
          "urgency",
          "category",
          "outcome",
          "tier",
          "criteria",
          "reasons",
          "missingData",
          "recordedAppropriate");

  public AuditRecord {
    criteria = List.copyOf(criteria);
    reasons = List.copyOf(reasons);
    missingData = List.copyOf(missingData);
  }

  public static AuditRecord of(String source, long line, CaseFile c, Evaluation e) {
    String tier = e.decision().tier();
    // loops, not streams: this runs once per audited case (its two stream pipelines were ~4% of a
    // 1M audit's allocation)
    List<String> criteria = new ArrayList<>(2);
    if (tier != null) {
      for (Finding f : e.findings()) {
        if (tier.equals(f.tier())) {
          String criterion = criterion(f);
          if (!criteria.contains(criterion)) {
            criteria.add(criterion);
          }
        }
      }
    }
    List<String> reasons = new ArrayList<>(e.decision().reasons().size());
    for (Evaluation.Reason reason : e.decision().reasons()) {
      reasons.add(reason.code());
    }
    ProcedureRequest request = c.request();
    CaseCategory category = CaseCategory.of(c);
    return new AuditRecord(
        source,
        line,
        c.caseId(),
        c.asOf().toString(),
        quarterOf(c.asOf()),
        id(request == null ? null : request.requester()),
        id(request == null ? null : request.facility()),
        request == null || request.procedure() == null ? null : request.procedure().name(),
        request == null || request.urgency() == null ? null : request.urgency().name(),
        category,
        e.decision().outcome().name(),
        tier,
        criteria,
        reasons,
        e.decision().missingData(),
        c.recordedReview() == null ? null : c.recordedReview().appropriate(),
        category == CaseCategory.IMAGING ? scenarioOf(c, e.derived()) : null);
  }

  /** The fields of a scenario key, in order ({@code -} for unknown). */
  public static final List<String> SCENARIO_FIELDS =
      List.of("procedure", "question", "symptoms", "suspectedCondition", "priorRevascularization");

  /**
   * {@code CCTA|CHEST_PAIN_EVALUATION|LIKELY_ANGINAL|CAD|true}: the request and the categories that
   * choose a row.
   */
  static String scenarioOf(CaseFile c, DerivedView d) {
    return String.join(
        "|",
        orDash(c.request().procedure()),
        orDash(d.imagingQuestion()),
        orDash(d.imagingSymptoms()),
        orDash(d.suspectedCondition()),
        orDash(d.priorRevascularization()));
  }

  private static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }

  /** {@link AuditDefinition#QUARTER}: e.g. {@code 2025-Q3}. */
  public static String quarterOf(java.time.LocalDate date) {
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }

  private static String criterion(Finding f) {
    return f.ruleSet() + "/" + f.criterion();
  }

  private static String id(Party party) {
    return party == null || party.id() == null || party.id().isBlank()
        ? AuditDefinition.NOT_RECORDED
        : party.id();
  }

  /** The row's cells, in {@link #COLUMNS} order; lists are joined with {@code ;}. */
  public List<String> cells() {
    return Arrays.asList(
        source,
        Long.toString(line),
        caseId,
        procedureDate,
        quarter,
        provider,
        facility,
        procedure,
        urgency,
        category.name(),
        outcome,
        tier,
        String.join(";", criteria),
        String.join(";", reasons),
        String.join(";", missingData),
        recordedAppropriate == null ? null : recordedAppropriate.toString());
  }
}
