// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A case in case format v1 (see docs/case.schema.json). Field names are a public contract. For the
 * data that choose a criterion row, {@code null} means unknown and an empty list means none; {@code
 * priorCabg} and {@code priorPci} absent mean none.
 *
 * <p>Optional fields added to format v1 for the imaging criteria: {@code
 * incompleteRevascularization} (documented true: the last revascularization left significant
 * disease untreated) and {@code priorImaging} (earlier cardiac imaging tests, for the repeat-test
 * policy). {@code recordedReview} (optional, for audits of historical cases) is what a clinician
 * reviewer recorded; evaluation ignores it.
 *
 * <p>{@code title} and {@code expected} are used by the clinical vignettes only; evaluation ignores
 * them.
 */
public record CaseFile(
    String caseId,
    LocalDate asOf,
    Patient patient,
    ProcedureRequest request,
    Presentation presentation,
    Therapy therapy,
    List<StressTest> stressTests,
    Anatomy anatomy,
    Integer lvef,
    PriorCabg priorCabg,
    List<PriorPci> priorPci,
    ImagingContext imaging,
    Boolean incompleteRevascularization,
    List<PriorImaging> priorImaging,
    RecordedReview recordedReview,
    String title,
    Expected expected) {

  public CaseFile {
    stressTests = copy(stressTests);
    priorPci = copy(priorPci);
    priorImaging = copy(priorImaging);
  }

  /**
   * An unmodifiable copy that keeps {@code null} items, so that the validator names them by their
   * path.
   */
  static <T> List<T> copy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  public CaseFile withRequest(ProcedureRequest value) {
    return new CaseFile(
        caseId,
        asOf,
        patient,
        value,
        presentation,
        therapy,
        stressTests,
        anatomy,
        lvef,
        priorCabg,
        priorPci,
        imaging,
        incompleteRevascularization,
        priorImaging,
        recordedReview,
        title,
        expected);
  }

  public CaseFile withTherapy(Therapy value) {
    return new CaseFile(
        caseId,
        asOf,
        patient,
        request,
        presentation,
        value,
        stressTests,
        anatomy,
        lvef,
        priorCabg,
        priorPci,
        imaging,
        incompleteRevascularization,
        priorImaging,
        recordedReview,
        title,
        expected);
  }

  public CaseFile withStressTests(List<StressTest> value) {
    return new CaseFile(
        caseId,
        asOf,
        patient,
        request,
        presentation,
        therapy,
        value,
        anatomy,
        lvef,
        priorCabg,
        priorPci,
        imaging,
        incompleteRevascularization,
        priorImaging,
        recordedReview,
        title,
        expected);
  }

  public CaseFile withAnatomy(Anatomy value) {
    return new CaseFile(
        caseId,
        asOf,
        patient,
        request,
        presentation,
        therapy,
        stressTests,
        value,
        lvef,
        priorCabg,
        priorPci,
        imaging,
        incompleteRevascularization,
        priorImaging,
        recordedReview,
        title,
        expected);
  }
}
