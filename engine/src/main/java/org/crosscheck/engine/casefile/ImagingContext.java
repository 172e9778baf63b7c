// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * `imaging`: the clinical question of an imaging request. {@code question}, {@code cadProbability}
 * and {@code symptoms} are the v1 fields; the others are optional additions for the ACR criteria
 * (which variant of a topic applies) and for the repeat-test policy ({@code
 * newOrWorseningSymptoms}: documented true when symptoms are new or have changed since the last
 * test).
 */
public record ImagingContext(
    ImagingQuestion question,
    CadProbability cadProbability,
    ImagingSymptoms symptoms,
    Acuity acuity,
    SuspectedCondition suspectedCondition,
    AcsProbability acsProbability,
    Boolean ischemiaExcluded,
    HeartFailureStatus heartFailureStatus,
    Boolean newOrWorseningSymptoms) {}
