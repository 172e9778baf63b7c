// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.derivation.AnatomyCategories;
import org.crosscheck.engine.derivation.DerivedCase;
import org.crosscheck.engine.derivation.ImagingCategories;

/**
 * The {@code derived} section: the case's categories, limited to those its criteria use
 * (revascularization by setting, or imaging).
 */
final class DerivedViews {

  private DerivedViews() {}

  static DerivedView of(DerivedCase d) {
    boolean imagingRequest = d.procedure() != Procedure.PCI && d.procedure() != Procedure.CABG;
    return imagingRequest ? imaging(d) : revascularization(d);
  }

  /** An imaging request: its setting, LVEF, history and the imaging categories. */
  private static DerivedView imaging(DerivedCase d) {
    ImagingCategories i = d.imaging();
    return DerivedView.builder()
        .setting(name(d.setting()))
        .lvef(d.lvef())
        .priorCabg(d.priorCabg())
        .imagingSymptoms(name(i.symptoms()))
        .imagingQuestion(name(i.question()))
        .cadProbability(name(i.cadProbability()))
        .suspectedCondition(name(i.suspectedCondition()))
        .acuity(name(i.acuity()))
        .acsProbability(name(i.acsProbability()))
        .ischemiaStatus(name(i.ischemiaStatus()))
        .heartFailureStatus(name(i.heartFailureStatus()))
        .timeSinceCabg(name(i.cabgInterval()))
        .timeSincePci(name(i.pciInterval()))
        .priorRevascularization(i.priorRevascularization())
        .daysSinceSameTest(i.daysSinceSameTest())
        .build();
  }

  /**
   * A revascularization request: the categories of its setting's table (all of them when the
   * setting is unknown).
   */
  private static DerivedView revascularization(DerivedCase d) {
    Setting setting = d.setting();
    boolean stable = setting == null || setting == Setting.STABLE;
    boolean acs = setting == null || setting != Setting.STABLE;
    boolean stemi = setting == null || setting == Setting.STEMI;
    boolean uaNstemi =
        setting == null || setting == Setting.UNSTABLE_ANGINA || setting == Setting.NSTEMI;
    DerivedView.Builder view =
        DerivedView.builder()
            .setting(name(setting))
            .noninvasiveRisk(name(d.risk()))
            .lvFunction(name(d.lvFunction()))
            .lvef(d.lvef())
            .syntaxScore(d.syntaxScore())
            .priorCabg(d.priorCabg());
    AnatomyCategories a = d.anatomy();
    if (a != null) {
      view.diseasedVessels(a.vessels())
          .proximalLad(a.proximalLad())
          .leftMain(a.leftMain())
          .chronicTotalOcclusion(a.singleCto())
          .vesselsIncludingBorderline(a.vesselsWithBorderline())
          .borderlineWithoutFfr(a.borderlineUnevaluated() ? true : null)
          .borderlineFfrSignificant(a.borderlineFfrSignificant() ? true : null)
          .borderlineFfrNotSignificant(a.borderlineFfrNotSignificant() ? true : null);
    }
    if (d.testUsed() != null) {
      view.noninvasiveTestModality(name(d.testUsed().modality()))
          .noninvasiveTestDate(d.testUsed().date());
    }
    if (d.grafts() != null) {
      view.svgDisease(d.grafts().svgDisease())
          .allGraftsPatent(d.grafts().allGraftsPatent())
          .ungraftedNativeDisease(d.grafts().ungraftedNativeDisease());
    }
    if (stable) {
      view.symptomColumn(name(d.column()))
          .therapy(name(d.therapy()))
          .cadBurden(name(d.cadBurden()));
    }
    if (stemi) {
      view.stemiTiming(name(d.stemiTiming())).instability(name(d.instability()));
    }
    if (uaNstemi) {
      view.acsRisk(name(d.acsRisk())).targetSpan(name(d.targetSpan()));
    }
    if (acs) {
      view.cardiogenicShock(d.shock())
          .reperfusion(name(d.reperfusion()))
          .targetRelation(name(d.target()))
          .hospitalPhase(name(d.phase()));
    }
    return view.build();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
