// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import org.crosscheck.engine.casefile.AcsProbability;
import org.crosscheck.engine.casefile.Acuity;
import org.crosscheck.engine.casefile.CadProbability;
import org.crosscheck.engine.casefile.HeartFailureStatus;
import org.crosscheck.engine.casefile.ImagingQuestion;
import org.crosscheck.engine.casefile.ImagingSymptoms;
import org.crosscheck.engine.casefile.SuspectedCondition;
import org.crosscheck.engine.facts.CabgInterval;
import org.crosscheck.engine.facts.IschemiaStatus;
import org.crosscheck.engine.facts.PciInterval;

/**
 * The categories the imaging criteria use (a {@code null} is unknown), derived by {@link
 * ImagingDerivation}.
 *
 * @param daysSinceSameTest days since the most recent earlier test of the requested procedure, or
 *     null
 */
public record ImagingCategories(
    ImagingSymptoms symptoms,
    ImagingQuestion question,
    CadProbability cadProbability,
    SuspectedCondition suspectedCondition,
    Acuity acuity,
    AcsProbability acsProbability,
    IschemiaStatus ischemiaStatus,
    HeartFailureStatus heartFailureStatus,
    CabgInterval cabgInterval,
    PciInterval pciInterval,
    boolean priorRevascularization,
    boolean incompleteRevascularization,
    boolean priorHighRiskPci,
    boolean silentIschemiaRisk,
    boolean newOrWorseningSymptoms,
    Integer daysSinceSameTest) {}
