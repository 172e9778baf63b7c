// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * The categories the rating used ({@code derived} in the output). A category that is unknown, or
 * that the case's setting does not use, is left out; unknowns are listed in the decision's missing
 * or unresolved data.
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
    Integer daysSinceSameTest) {

  /**
   * A builder: each view sets the categories its setting uses; the rest stay null (left out of the
   * output).
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Sets categories by name, so a view states what it reports and nothing else. */
  public static final class Builder {
    private String setting;
    private String symptomColumn;
    private Integer diseasedVessels;
    private Boolean proximalLad;
    private Boolean leftMain;
    private Boolean chronicTotalOcclusion;
    private Integer vesselsIncludingBorderline;
    private Boolean borderlineWithoutFfr;
    private Boolean borderlineFfrSignificant;
    private Boolean borderlineFfrNotSignificant;
    private String noninvasiveRisk;
    private String noninvasiveTestModality;
    private LocalDate noninvasiveTestDate;
    private String therapy;
    private String lvFunction;
    private Integer lvef;
    private String cadBurden;
    private Integer syntaxScore;
    private Boolean priorCabg;
    private Boolean svgDisease;
    private Boolean allGraftsPatent;
    private Boolean ungraftedNativeDisease;
    private String stemiTiming;
    private String instability;
    private String acsRisk;
    private Boolean cardiogenicShock;
    private String reperfusion;
    private String targetRelation;
    private String targetSpan;
    private String hospitalPhase;
    private String imagingSymptoms;
    private String imagingQuestion;
    private String cadProbability;
    private String suspectedCondition;
    private String acuity;
    private String acsProbability;
    private String ischemiaStatus;
    private String heartFailureStatus;
    private String timeSinceCabg;
    private String timeSincePci;
    private Boolean priorRevascularization;
    private Integer daysSinceSameTest;

    private Builder() {}

    public Builder setting(String value) {
      setting = value;
      return this;
    }

    public Builder symptomColumn(String value) {
      symptomColumn = value;
      return this;
    }

    public Builder diseasedVessels(Integer value) {
      diseasedVessels = value;
      return this;
    }

    public Builder proximalLad(Boolean value) {
      proximalLad = value;
      return this;
    }

    public Builder leftMain(Boolean value) {
      leftMain = value;
      return this;
    }

    public Builder chronicTotalOcclusion(Boolean value) {
      chronicTotalOcclusion = value;
      return this;
    }

    public Builder vesselsIncludingBorderline(Integer value) {
      vesselsIncludingBorderline = value;
      return this;
    }

    public Builder borderlineWithoutFfr(Boolean value) {
      borderlineWithoutFfr = value;
      return this;
    }

    public Builder borderlineFfrSignificant(Boolean value) {
      borderlineFfrSignificant = value;
      return this;
    }

    public Builder borderlineFfrNotSignificant(Boolean value) {
      borderlineFfrNotSignificant = value;
      return this;
    }

    public Builder noninvasiveRisk(String value) {
      noninvasiveRisk = value;
      return this;
    }

    public Builder noninvasiveTestModality(String value) {
      noninvasiveTestModality = value;
      return this;
    }

    public Builder noninvasiveTestDate(LocalDate value) {
      noninvasiveTestDate = value;
      return this;
    }

    public Builder therapy(String value) {
      therapy = value;
      return this;
    }

    public Builder lvFunction(String value) {
      lvFunction = value;
      return this;
    }

    public Builder lvef(Integer value) {
      lvef = value;
      return this;
    }

    public Builder cadBurden(String value) {
      cadBurden = value;
      return this;
    }

    public Builder syntaxScore(Integer value) {
      syntaxScore = value;
      return this;
    }

    public Builder priorCabg(Boolean value) {
      priorCabg = value;
      return this;
    }

    public Builder svgDisease(Boolean value) {
      svgDisease = value;
      return this;
    }

    public Builder allGraftsPatent(Boolean value) {
      allGraftsPatent = value;
      return this;
    }

    public Builder ungraftedNativeDisease(Boolean value) {
      ungraftedNativeDisease = value;
      return this;
    }

    public Builder stemiTiming(String value) {
      stemiTiming = value;
      return this;
    }

    public Builder instability(String value) {
      instability = value;
      return this;
    }

    public Builder acsRisk(String value) {
      acsRisk = value;
      return this;
    }

    public Builder cardiogenicShock(Boolean value) {
      cardiogenicShock = value;
      return this;
    }

    public Builder reperfusion(String value) {
      reperfusion = value;
      return this;
    }

    public Builder targetRelation(String value) {
      targetRelation = value;
      return this;
    }

    public Builder targetSpan(String value) {
      targetSpan = value;
      return this;
    }

    public Builder hospitalPhase(String value) {
      hospitalPhase = value;
      return this;
    }

    public Builder imagingSymptoms(String value) {
      imagingSymptoms = value;
      return this;
    }

    public Builder imagingQuestion(String value) {
      imagingQuestion = value;
      return this;
    }

    public Builder cadProbability(String value) {
      cadProbability = value;
      return this;
    }

    public Builder suspectedCondition(String value) {
      suspectedCondition = value;
      return this;
    }

    public Builder acuity(String value) {
      acuity = value;
      return this;
    }

    public Builder acsProbability(String value) {
      acsProbability = value;
      return this;
    }

    public Builder ischemiaStatus(String value) {
      ischemiaStatus = value;
      return this;
    }

    public Builder heartFailureStatus(String value) {
      heartFailureStatus = value;
      return this;
    }

    public Builder timeSinceCabg(String value) {
      timeSinceCabg = value;
      return this;
    }

    public Builder timeSincePci(String value) {
      timeSincePci = value;
      return this;
    }

    public Builder priorRevascularization(Boolean value) {
      priorRevascularization = value;
      return this;
    }

    public Builder daysSinceSameTest(Integer value) {
      daysSinceSameTest = value;
      return this;
    }

    public DerivedView build() {
      return new DerivedView(
          setting,
          symptomColumn,
          diseasedVessels,
          proximalLad,
          leftMain,
          chronicTotalOcclusion,
          vesselsIncludingBorderline,
          borderlineWithoutFfr,
          borderlineFfrSignificant,
          borderlineFfrNotSignificant,
          noninvasiveRisk,
          noninvasiveTestModality,
          noninvasiveTestDate,
          therapy,
          lvFunction,
          lvef,
          cadBurden,
          syntaxScore,
          priorCabg,
          svgDisease,
          allGraftsPatent,
          ungraftedNativeDisease,
          stemiTiming,
          instability,
          acsRisk,
          cardiogenicShock,
          reperfusion,
          targetRelation,
          targetSpan,
          hospitalPhase,
          imagingSymptoms,
          imagingQuestion,
          cadProbability,
          suspectedCondition,
          acuity,
          acsProbability,
          ischemiaStatus,
          heartFailureStatus,
          timeSinceCabg,
          timeSincePci,
          priorRevascularization,
          daysSinceSameTest);
    }
  }
}
