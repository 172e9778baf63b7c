// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

import org.crosscheck.engine.casefile.AcsProbability;
import org.crosscheck.engine.casefile.Acuity;
import org.crosscheck.engine.casefile.CadProbability;
import org.crosscheck.engine.casefile.HeartFailureStatus;
import org.crosscheck.engine.casefile.ImagingQuestion;
import org.crosscheck.engine.casefile.ImagingSymptoms;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.casefile.Reperfusion;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.casefile.SuspectedCondition;
import org.crosscheck.engine.casefile.Urgency;

/**
 * One fully specified clinical scenario, in the categories the criteria are written in. The
 * criteria rule bases match scenarios and insert a {@link CriterionMatch} for each criterion cell
 * that applies.
 *
 * <p>A case with unknown data yields one scenario per combination of the possible values of its
 * unknown categories (see {@code org.crosscheck.engine.derivation.Completions}); a case without
 * unknowns yields exactly one. A category that does not concern the case's setting is {@code null},
 * and no criterion for that setting tests it.
 *
 * @param id identifies the scenario within one rule session
 * @param vessels number of LAD/LCX/RCA territories with a significant stenosis (the left main is
 *     apart)
 * @param vesselsWithBorderline territories with a significant or a borderline (50-60%) stenosis
 * @param singleCto a chronic total occlusion of one artery without other stenoses (indications
 *     24-29)
 * @param borderlineUnevaluated a borderline stenosis without FFR or IVUS (indication 21)
 * @param borderlineFfrSignificant a borderline stenosis with FFR <= 0.80 or significant IVUS
 *     (indication 22)
 * @param borderlineFfrNotSignificant a borderline stenosis whose FFR/IVUS is not significant
 *     (indication 23)
 * @param svgDisease a significant (>= 70%) stenosis in a saphenous vein graft (indications 50-55)
 * @param allGraftsPatent every graft below 70% (indications 56-61)
 * @param ungraftedNativeDisease a significant native stenosis in a territory that no graft reaches
 *     (56-61)
 * @param shock cardiogenic shock documented (indication 13)
 * @param recurrentIschemia recurrent ischemic symptoms or high-risk stress findings (indication 8)
 * @param imagingSymptoms symptoms of an imaging request (NONE = asymptomatic)
 * @param priorRevascularization a prior CABG or PCI
 * @param targetLesions whether every requested target has a documented lesion (for the review
 *     policy)
 * @param exclusionOfIschemia the ischemia status ({@code IschemiaStatus}: the case's {@code
 *     imaging.ischemiaExcluded}, the output's {@code derived.ischemiaStatus}); not named {@code
 *     is...}: Drools reads an accessor whose name starts with "is" as a boolean getter, and the
 *     rule fails to build
 */
public record Scenario(
    int id,
    Procedure procedure,
    Urgency urgency,
    Setting setting,
    SymptomColumn column,
    NoninvasiveRisk risk,
    TherapyLevel therapy,
    LvFunction lvFunction,
    int vessels,
    boolean proximalLad,
    boolean leftMain,
    boolean singleCto,
    int vesselsWithBorderline,
    boolean borderlineUnevaluated,
    boolean borderlineFfrSignificant,
    boolean borderlineFfrNotSignificant,
    CadBurden cadBurden,
    boolean priorCabg,
    boolean svgDisease,
    boolean allGraftsPatent,
    boolean ungraftedNativeDisease,
    StemiTiming stemiTiming,
    Instability instability,
    AcsRisk acsRisk,
    boolean shock,
    Reperfusion reperfusion,
    TargetRelation target,
    TargetSpan targetSpan,
    HospitalPhase phase,
    boolean recurrentIschemia,
    ImagingSymptoms imagingSymptoms,
    ImagingQuestion imagingQuestion,
    CadProbability cadProbability,
    SuspectedCondition suspectedCondition,
    Acuity acuity,
    AcsProbability acsProbability,
    IschemiaStatus exclusionOfIschemia,
    HeartFailureStatus heartFailureStatus,
    CabgInterval cabgInterval,
    PciInterval pciInterval,
    boolean priorRevascularization,
    boolean incompleteRevascularization,
    boolean priorHighRiskPci,
    boolean silentIschemiaRisk,
    TargetLesions targetLesions) {}
