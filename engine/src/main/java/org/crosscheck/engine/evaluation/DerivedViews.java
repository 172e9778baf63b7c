// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.derivation.AnatomyCategories;
import org.crosscheck.engine.derivation.DerivedCase;
import org.crosscheck.engine.derivation.ImagingCategories;
import org.crosscheck.engine.facts.AcsRisk;

/**
 * The {@code derived} section: the case's categories, limited to those its criteria use (revascularization by
 * setting, or imaging).
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
    return new DerivedView(name(d.setting()), null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, d.lvef(), null, null, d.priorCabg(), null, null, null, null, null, null, null, null, null, null,
        null, name(i.symptoms()), name(i.question()), name(i.cadProbability()), name(i.suspectedCondition()),
        name(i.acuity()), name(i.acsProbability()), name(i.ischemiaStatus()), name(i.heartFailureStatus()),
        name(i.cabgInterval()), name(i.pciInterval()), i.priorRevascularization(), i.daysSinceSameTest());
  }

  private static DerivedView revascularization(DerivedCase d) {
    boolean stable = d.setting() == null || d.setting() == Setting.STABLE;
    boolean acs = d.setting() == null || d.setting() != Setting.STABLE;
    AnatomyCategories a = d.anatomy();
    AcsRisk acsRisk = d.acsRisk();
    boolean stemi = d.setting() == null || d.setting() == Setting.STEMI;
    boolean uaNstemi = d.setting() == null || d.setting() == Setting.UNSTABLE_ANGINA || d.setting() == Setting.NSTEMI;
    return new DerivedView(
        name(d.setting()),
        stable ? name(d.column()) : null,
        a == null ? null : a.vessels(),
        a == null ? null : a.proximalLad(),
        a == null ? null : a.leftMain(),
        a == null ? null : a.singleCto(),
        a == null ? null : a.vesselsWithBorderline(),
        a == null || !a.borderlineUnevaluated() ? null : true,
        a == null || !a.borderlineFfrSignificant() ? null : true,
        a == null || !a.borderlineFfrNotSignificant() ? null : true,
        name(d.risk()),
        d.testUsed() == null ? null : name(d.testUsed().modality()),
        d.testUsed() == null ? null : d.testUsed().date(),
        stable ? name(d.therapy()) : null,
        name(d.lvFunction()),
        d.lvef(),
        stable ? name(d.cadBurden()) : null,
        d.syntaxScore(),
        d.priorCabg(),
        d.grafts() == null ? null : d.grafts().svgDisease(),
        d.grafts() == null ? null : d.grafts().allGraftsPatent(),
        d.grafts() == null ? null : d.grafts().ungraftedNativeDisease(),
        d.setting() == null || d.setting() == Setting.STEMI ? name(d.stemiTiming()) : null,
        stemi ? name(d.instability()) : null,
        uaNstemi ? name(acsRisk) : null,
        acs ? d.shock() : null,
        acs ? name(d.reperfusion()) : null,
        acs ? name(d.target()) : null,
        uaNstemi ? name(d.targetSpan()) : null,
        acs ? name(d.phase()) : null,
        null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
