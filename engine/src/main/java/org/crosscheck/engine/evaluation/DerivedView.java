// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * The categories the rating used ({@code derived} in the output). A category that is unknown, or that the case's
 * setting does not use, is left out; unknowns are listed in the decision's missing or unresolved data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DerivedView(
    String setting,
    String symptomColumn,
    Integer diseasedVessels,
    Boolean proximalLad,
    Boolean leftMain,
    Boolean chronicTotalOcclusion,
    Integer vesselsIncludingBorderline,
    Boolean borderlineWithoutFfr,
    Boolean borderlineFfrSignificant,
    Boolean borderlineFfrNotSignificant,
    String noninvasiveRisk,
    String noninvasiveTestModality,
    LocalDate noninvasiveTestDate,
    String therapy,
    String lvFunction,
    Integer lvef,
    String cadBurden,
    Integer syntaxScore,
    Boolean priorCabg,
    Boolean svgDisease,
    Boolean allGraftsPatent,
    Boolean ungraftedNativeDisease,
    String stemiTiming,
    String instability,
    String acsRisk,
    Boolean cardiogenicShock,
    String reperfusion,
    String targetRelation,
    String targetSpan,
    String hospitalPhase,
    String imagingSymptoms,
    String imagingQuestion,
    String cadProbability,
    String suspectedCondition,
    String acuity,
    String acsProbability,
    String ischemiaStatus,
    String heartFailureStatus,
    String timeSinceCabg,
    String timeSincePci,
    Boolean priorRevascularization,
    Integer daysSinceSameTest) {}
